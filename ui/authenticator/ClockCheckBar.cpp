// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClockCheckBar.h"

#include <QPushButton>

#include <chrono>
#include <cstdlib>

namespace tessera::ui {

namespace {

// How often the clock is checked again after the check at start.
constexpr int kClockCheckMs = 4 * 60 * 60 * 1000;

} // namespace

ClockCheckBar::ClockCheckBar(QWidget* parent)
    : MessageBar(Tone::Warning, parent), m_sntp(new time::SntpClient(this))
{
    setObjectName(QStringLiteral("clockBar"));
    connect(addButton(tr("Correct codes"), QStringLiteral("correctClock")), &QPushButton::clicked,
            this, [this] {
                setCorrection(m_measured);
                hide();
            });
    connect(addButton(tr("Dismiss"), QStringLiteral("dismissClock")), &QPushButton::clicked, this,
            &QWidget::hide);
    connect(m_sntp, &time::SntpClient::measured, this, &ClockCheckBar::handleOffset);
    // A failed check says nothing: an offline computer's codes may well be right.
    m_timer.setInterval(kClockCheckMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_sntp->query(m_server); });
}

void ClockCheckBar::startChecks(const QString& server)
{
    m_server = server.trimmed();
    if (m_server.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_sntp->query(m_server);
    m_timer.start();
}

void ClockCheckBar::follow(bool check, const QString& server)
{
    if (const QString wanted = check ? server : QString(); wanted != m_server) {
        startChecks(wanted);
    }
}

void ClockCheckBar::handleOffset(const time::ClockOffset& offset)
{
    const auto seconds = qint64(std::chrono::round<std::chrono::seconds>(offset.offset).count());
    if (!time::isClockOff(offset)) {
        // The clock was put right meanwhile: a correction would now make codes wrong.
        if (m_correction != 0) {
            setCorrection(0);
        }
        hide();
        return;
    }
    if (seconds == m_correction) {
        return;
    }
    m_measured = seconds;
    setText(
        (seconds > 0 ? tr("This computer's clock is %1 behind %2. Codes may be rejected.")
                     : tr("This computer's clock is %1 ahead of %2. Codes may be rejected."))
            .arg(describeSeconds(seconds), m_server.isEmpty() ? tr("the time server") : m_server));
    show();
}

void ClockCheckBar::setCorrection(qint64 seconds)
{
    m_correction = seconds;
    emit correctionChanged(seconds);
}

QString ClockCheckBar::describeSeconds(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 60) {
        return tr("%n second(s)", nullptr, int(seconds));
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace tessera::ui
