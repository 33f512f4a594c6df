// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/MessageBar.h"
#include "time/SntpClient.h"

#include <QTimer>

namespace tessera::ui {

// Codes are only as right as the computer's clock. This bar asks a time server (SNTP) at start
// and every few hours, says by how much the clock is off when it is off enough to matter, and
// offers to compute codes with the measured offset for this session.
class ClockCheckBar : public MessageBar
{
    Q_OBJECT
public:
    explicit ClockCheckBar(QWidget* parent = nullptr);

    // Checks against `server` now and every few hours; an empty server stops the checks.
    void startChecks(const QString& server);
    const QString& server() const { return m_server; }
    // As the settings say: checks against `server` when `check` is on, none when it is off;
    // running checks restart only when the server changes.
    void follow(bool check, const QString& server);
    // What a check found: above the threshold the bar shows; a clock put right meanwhile drops
    // an earlier correction.
    void handleOffset(const time::ClockOffset& offset);

    // Codes are computed this many seconds ahead of the local clock (0 unless corrected).
    qint64 correction() const { return m_correction; }
    void setCorrection(qint64 seconds);

    // "1 min 40 s" style.
    static QString describeSeconds(qint64 seconds);

signals:
    void correctionChanged(qint64 seconds);

private:
    time::SntpClient* m_sntp = nullptr;
    QTimer m_timer;
    QString m_server;
    qint64 m_measured = 0;
    qint64 m_correction = 0;
};

} // namespace tessera::ui
