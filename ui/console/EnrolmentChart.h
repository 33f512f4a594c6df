// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/Enrolment.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QValueAxis;

namespace tessera::pool {
class EnrolmentScan;
class RequestPacer;
} // namespace tessera::pool

namespace tessera::ui::console {

class PoolSession;

// A bar chart of a pool's users per factor: how many have set up each factor and how many
// prefer it. Exact where the backend counts every user at once (the local engine); elsewhere
// sampled from the users read so far, until the person asks for a full count, which states its
// request count and duration first, shows progress and can be cancelled.
class EnrolmentChart : public QWidget
{
    Q_OBJECT

public:
    // Full counts go through `pacer`, shared with the users table so the two keep one rate.
    EnrolmentChart(PoolSession& session, pool::RequestPacer& pacer, QWidget* parent = nullptr);
    ~EnrolmentChart() override;

    // The pool to chart, and its size as the pool reports it (EstimatedNumberOfUsers).
    void setPool(const QString& poolId, qint64 estimatedUsers);
    // Where a sample comes from on a per-user backend: the users the table has read.
    void setSampleSource(std::function<pool::EnrolmentSummary()> sample);
    // Reads the summary again (exact), or takes the sample again.
    void refresh();

    const std::optional<pool::EnrolmentSummary>& summary() const { return m_summary; }
    QString caption() const;

signals:
    // A summary is on the chart.
    void summaryShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void showSummary(const pool::EnrolmentSummary& summary, const QString& caption);
    void offerFullCount();
    void startFullCount();
    void fullCountFinished();

    PoolSession& m_session;
    pool::RequestPacer& m_pacer;
    std::function<pool::EnrolmentSummary()> m_sample;
    std::unique_ptr<pool::EnrolmentScan> m_scan;
    QString m_poolId;
    qint64 m_estimatedUsers = 0;
    std::optional<pool::EnrolmentSummary> m_summary;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QBarSet* m_setUp = nullptr;
    QBarSet* m_preferred = nullptr;
    QValueAxis* m_axis = nullptr;
    QLabel* m_caption = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_fullCount = nullptr;
    QWidget* m_offer = nullptr;
    QLabel* m_estimate = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_notNow = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace tessera::ui::console
