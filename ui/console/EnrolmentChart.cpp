// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentChart.h"

#include "PoolSession.h"
#include "pool/EnrolmentScan.h"
#include "pool/PoolBackend.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tessera::ui::console {

namespace {

// "about 34 minutes", "about 20 seconds".
QString durationWords(qint64 seconds)
{
    if (seconds < 120) {
        return EnrolmentChart::tr("about %n second(s)", nullptr, int(seconds));
    }
    if (seconds < 2 * 3600) {
        return EnrolmentChart::tr("about %n minute(s)", nullptr, int((seconds + 59) / 60));
    }
    return EnrolmentChart::tr("about %n hour(s)", nullptr, int((seconds + 3599) / 3600));
}

} // namespace

EnrolmentChart::EnrolmentChart(PoolSession& session, pool::RequestPacer& pacer, QWidget* parent)
    : QWidget(parent), m_session(session), m_pacer(pacer)
{
    auto* layout = new QVBoxLayout(this);
    m_caption = new QLabel;
    m_caption->setWordWrap(true);
    m_caption->setAccessibleName(tr("Enrolment summary"));
    layout->addWidget(m_caption);

    m_setUp = new QBarSet(tr("Set up"));
    m_preferred = new QBarSet(tr("Preferred"));
    auto* series = new QBarSeries;
    series->append(m_setUp);
    series->append(m_preferred);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart = new QChart;
    m_chart->addSeries(series);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundVisible(false);
    auto* categories = new QBarCategoryAxis;
    categories->append({tr("No factor"), tr("TOTP app"), tr("SMS"), tr("Email")});
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    m_axis = new QValueAxis;
    m_axis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_axis);
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Users per factor"));
    m_view->setAccessibleDescription(
        tr("Bars: how many users have set up each factor, and how many prefer it. The summary "
           "above says the same in words."));
    m_view->setMinimumHeight(260);
    layout->addWidget(m_view, 1);
    applyPalette();

    auto* buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Re&fresh"));
    m_refresh->setAccessibleName(tr("Refresh chart"));
    m_fullCount = new QPushButton(tr("Count e&very user…"));
    m_fullCount->setAccessibleName(tr("Count every user"));
    m_fullCount->setAccessibleDescription(
        tr("Reads every user's factors; says how many requests that takes before it starts."));
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_fullCount);
    layout->addLayout(buttons);

    m_offer = new QWidget;
    auto* offer = new QHBoxLayout(m_offer);
    offer->setContentsMargins(0, 0, 0, 0);
    m_estimate = new QLabel;
    m_estimate->setWordWrap(true);
    m_estimate->setAccessibleName(tr("Full count cost"));
    m_start = new QPushButton(tr("&Start full count"));
    m_start->setAccessibleName(tr("Start full count"));
    m_notNow = new QPushButton(tr("Not now"));
    m_notNow->setAccessibleName(tr("Not now"));
    offer->addWidget(m_estimate, 1);
    offer->addWidget(m_start);
    offer->addWidget(m_notNow);
    m_offer->hide();
    layout->addWidget(m_offer);

    auto* running = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Full count progress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel count"));
    m_cancel->setAccessibleName(tr("Cancel full count"));
    m_cancel->hide();
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    layout->addLayout(running);

    connect(m_refresh, &QPushButton::clicked, this, &EnrolmentChart::refresh);
    connect(m_fullCount, &QPushButton::clicked, this, &EnrolmentChart::offerFullCount);
    connect(m_start, &QPushButton::clicked, this, &EnrolmentChart::startFullCount);
    connect(m_notNow, &QPushButton::clicked, m_offer, &QWidget::hide);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_scan) {
            m_scan->cancel();
        }
    });
}

EnrolmentChart::~EnrolmentChart() = default;

void EnrolmentChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void EnrolmentChart::applyPalette()
{
    // Qt Charts draws with its own theme colours: the text follows the window's instead.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    m_chart->legend()->setLabelColor(text);
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_setUp->setLabelColor(text);
    m_preferred->setLabelColor(text);
}

void EnrolmentChart::setPool(const QString& poolId, qint64 estimatedUsers)
{
    if (m_scan && m_poolId != poolId) {
        m_scan->cancel();
        m_scan.reset();
    }
    m_poolId = poolId;
    m_estimatedUsers = estimatedUsers;
    m_summary.reset();
    m_offer->hide();
    refresh();
}

void EnrolmentChart::setSampleSource(std::function<pool::EnrolmentSummary()> sample)
{
    m_sample = std::move(sample);
}

QString EnrolmentChart::caption() const
{
    return m_caption->text();
}

void EnrolmentChart::refresh()
{
    if (m_poolId.isEmpty() || m_session.backend() == nullptr) {
        return;
    }
    const QString poolId = m_poolId;
    m_caption->setText(tr("Counting…"));
    m_session.request<pool::EnrolmentSummary>(
        m_session.backend()->enrolmentSummary(poolId), this,
        [this, poolId](const Expected<pool::EnrolmentSummary, pool::PoolError>& counted) {
            if (poolId != m_poolId) {
                return;
            }
            if (counted) {
                m_fullCount->hide();
                showSummary(*counted,
                            tr("All %n user(s) counted.", nullptr, int(counted->counted)));
                return;
            }
            if (counted.failure().type != QLatin1String(pool::errors::kUnsupportedOperation)) {
                m_caption->setText(m_session.explain(counted.failure()));
                return;
            }
            // A per-user backend: what the users table has read.
            m_fullCount->show();
            pool::EnrolmentSummary sample = m_sample ? m_sample() : pool::EnrolmentSummary{};
            sample.poolUsers = m_estimatedUsers;
            showSummary(
                sample,
                tr("Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll "
                   "the users table to read more, or count every user.",
                   nullptr, int(sample.counted))
                    .arg(QLocale().toString(m_estimatedUsers)));
        });
}

void EnrolmentChart::showSummary(const pool::EnrolmentSummary& summary, const QString& caption)
{
    m_summary = summary;
    using pool::factors::kEmail;
    using pool::factors::kSms;
    using pool::factors::kSoftwareToken;
    const QList<qreal> setUp = {
        qreal(summary.withoutFactor), qreal(summary.with(QLatin1String(kSoftwareToken))),
        qreal(summary.with(QLatin1String(kSms))), qreal(summary.with(QLatin1String(kEmail)))};
    const QList<qreal> preferred = {0, qreal(summary.preferring(QLatin1String(kSoftwareToken))),
                                    qreal(summary.preferring(QLatin1String(kSms))),
                                    qreal(summary.preferring(QLatin1String(kEmail)))};
    m_setUp->remove(0, m_setUp->count());
    m_setUp->append(setUp);
    m_preferred->remove(0, m_preferred->count());
    m_preferred->append(preferred);
    const qreal top = *std::max_element(setUp.begin(), setUp.end());
    m_axis->setRange(0, std::max<qreal>(1, top * 1.15));
    m_caption->setText(tr("%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.")
                           .arg(caption)
                           .arg(summary.withoutFactor)
                           .arg(summary.with(QLatin1String(kSoftwareToken)))
                           .arg(summary.with(QLatin1String(kSms)))
                           .arg(summary.with(QLatin1String(kEmail))));
    emit summaryShown();
}

void EnrolmentChart::offerFullCount()
{
    const auto cost =
        pool::EnrolmentScan::estimate(m_estimatedUsers, m_pacer.settings().requestsPerSecond);
    m_estimate->setText(
        tr("A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 "
           "at %n request(s) a second.",
           nullptr, m_pacer.settings().requestsPerSecond)
            .arg(QLocale().toString(cost.users), QLocale().toString(cost.requests()),
                 QLocale().toString(cost.listRequests), QLocale().toString(cost.userRequests),
                 durationWords(cost.seconds)));
    m_offer->show();
    m_start->setFocus();
}

void EnrolmentChart::startFullCount()
{
    m_offer->hide();
    if (m_session.backend() == nullptr || m_poolId.isEmpty()) {
        return;
    }
    m_scan = std::make_unique<pool::EnrolmentScan>(*m_session.backend(), m_poolId, m_pacer);
    connect(m_scan.get(), &pool::EnrolmentScan::progress, this,
            [this](qint64 read, qint64 listed, bool listingDone) {
                m_progress->setMaximum(
                    int(listingDone ? listed : std::max(listed, m_estimatedUsers)));
                m_progress->setValue(int(read));
            });
    connect(m_scan.get(), &pool::EnrolmentScan::finished, this, &EnrolmentChart::fullCountFinished);
    m_progress->setValue(0);
    m_progress->setMaximum(int(std::max<qint64>(1, m_estimatedUsers)));
    m_progress->show();
    m_cancel->show();
    m_fullCount->setEnabled(false);
    m_scan->start();
}

void EnrolmentChart::fullCountFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_fullCount->setEnabled(true);
    const auto result = m_scan->result();
    const int requests = m_scan->requestsSent();
    const qint64 failed = m_scan->failed();
    m_scan.release()->deleteLater();
    if (!result) {
        m_caption->setText(
            result.failure().type == QLatin1String(pool::errors::kRequestCanceled)
                ? tr("Full count cancelled after %n request(s); the chart still shows the sample.",
                     nullptr, requests)
                : m_session.explain(result.failure()));
        return;
    }
    showSummary(*result, failed == 0 ? tr("All %n user(s) counted (a full count, %1 requests).",
                                          nullptr, int(result->counted))
                                           .arg(requests)
                                     : tr("%n user(s) counted; %1 could not be read.", nullptr,
                                          int(result->counted))
                                           .arg(failed));
}

} // namespace tessera::ui::console
