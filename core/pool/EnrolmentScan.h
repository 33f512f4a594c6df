// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enrolment.h"
#include "MfaStatusSource.h"
#include "PageWalk.h"
#include "PoolError.h"
#include "RequestPacer.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tessera::pool {

class PoolBackend;

// Counts who has which factor over a whole pool on a backend that answers per user (Cognito):
// every ListUsers page, then AdminGetUser for each user, all through a RequestPacer. Slow on a
// big pool, so a person sees the cost first (estimate()), the progress while it runs, and can
// cancel it.
class EnrolmentScan : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrolmentScan)

public:
    // What a full scan will cost.
    struct Estimate
    {
        qint64 users = 0;
        qint64 listRequests = 0;
        qint64 userRequests = 0;
        qint64 seconds = 0;
        qint64 requests() const { return listRequests + userRequests; }
    };
    static Estimate estimate(qint64 users, int requestsPerSecond);

    // `backend` and `pacer` must outlive the scan.
    EnrolmentScan(PoolBackend& backend, QString userPoolId, RequestPacer& pacer,
                  QObject* parent = nullptr);
    ~EnrolmentScan() override;

    void start();
    // Stops every read; finished() follows with RequestCanceled.
    void cancel();
    bool isRunning() const { return m_running; }
    // Users listed so far, and those whose factors were read.
    qint64 listed() const { return m_listed; }
    qint64 read() const { return m_source.cachedCount(); }
    int requestsSent() const { return m_walk.pages() + m_source.requestsSent(); }
    // Once finished: the summary (users whose factors could not be read are left out, counted
    // in failed(), and the summary is then not exact), or the error that stopped the scan
    // (RequestCanceled when cancelled). Before: RequestCanceled.
    Expected<EnrolmentSummary, PoolError> result() const;
    qint64 failed() const { return m_failed; }

signals:
    void progress(qint64 read, qint64 listed, bool listingDone);
    // The scan ended: result() says how.
    void finished();

private:
    void nextPage();
    void maybeFinish();
    void finish(Expected<EnrolmentSummary, PoolError> outcome);

    PoolBackend& m_backend;
    QString m_poolId;
    RequestPacer& m_pacer;
    MfaStatusSource m_source;
    PageWalk m_walk;
    RequestPacer::Ticket m_listTicket = 0;
    qint64 m_listed = 0;
    qint64 m_failed = 0;
    bool m_running = false;
    std::optional<Expected<EnrolmentSummary, PoolError>> m_result;
};

} // namespace tessera::pool
