// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentScan.h"

#include "PoolBackend.h"
#include "util/WhenFinished.h"

namespace tessera::pool {

EnrolmentScan::Estimate EnrolmentScan::estimate(qint64 users, int requestsPerSecond)
{
    Estimate cost;
    cost.users = std::max<qint64>(0, users);
    cost.listRequests = std::max<qint64>(1, (cost.users + ListUsersQuery::kMaxLimit - 1) /
                                                ListUsersQuery::kMaxLimit);
    cost.userRequests = cost.users;
    const int rate = std::max(1, requestsPerSecond);
    cost.seconds = (cost.requests() + rate - 1) / rate;
    return cost;
}

EnrolmentScan::EnrolmentScan(PoolBackend& backend, QString userPoolId, RequestPacer& pacer,
                             QObject* parent)
    : QObject(parent), m_backend(backend), m_poolId(std::move(userPoolId)), m_pacer(pacer),
      m_source(backend, m_poolId, pacer)
{
    connect(&m_source, &MfaStatusSource::statusRead, this, [this] {
        emit progress(read(), m_listed, m_walk.finished());
        maybeFinish();
    });
    connect(&m_source, &MfaStatusSource::statusFailed, this, [this] {
        ++m_failed;
        maybeFinish();
    });
}

EnrolmentScan::~EnrolmentScan()
{
    if (m_listTicket != 0) {
        m_pacer.cancel(m_listTicket);
    }
}

void EnrolmentScan::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    nextPage();
}

void EnrolmentScan::nextPage()
{
    ListUsersQuery query;
    query.paginationToken = m_walk.nextToken();
    // Only the username is needed: the factors come from AdminGetUser.
    query.attributesToGet = {QStringLiteral("sub")};
    auto paced = m_pacer.schedule<Page<PoolUser>>(
        [this, query] { return m_backend.listUsers(m_poolId, query); });
    m_listTicket = paced.ticket;
    whenFinished(paced.future, this, [this](const Expected<Page<PoolUser>, PoolError>& page) {
        m_listTicket = 0;
        if (!m_running) {
            return;
        }
        if (!page) {
            finish(page.failure());
            return;
        }
        m_walk.advance(page->nextToken);
        QStringList names;
        for (const PoolUser& user : page->items) {
            names << user.username;
        }
        m_listed += names.size();
        // The next page is asked for at once: the pacer interleaves it with this page's reads.
        if (!m_walk.finished()) {
            nextPage();
        }
        m_source.want(names);
        emit progress(read(), m_listed, m_walk.finished());
        maybeFinish();
    });
}

void EnrolmentScan::maybeFinish()
{
    if (m_running && m_walk.finished() && m_source.pendingCount() == 0) {
        EnrolmentSummary summary = m_source.sampled();
        summary.exact = m_failed == 0;
        summary.poolUsers = m_listed;
        finish(summary);
    }
}

void EnrolmentScan::cancel()
{
    if (!m_running) {
        return;
    }
    // First, so answers the cancelling delivers at once see the scan as over.
    m_running = false;
    if (m_listTicket != 0) {
        m_pacer.cancel(m_listTicket);
        m_listTicket = 0;
    }
    m_source.keepOnly({});
    finish(PoolError{QString::fromLatin1(errors::kRequestCanceled),
                     QStringLiteral("The scan was cancelled.")});
}

void EnrolmentScan::finish(Expected<EnrolmentSummary, PoolError> outcome)
{
    m_running = false;
    m_result = std::move(outcome);
    emit finished();
}

Expected<EnrolmentSummary, PoolError> EnrolmentScan::result() const
{
    if (m_result) {
        return *m_result;
    }
    return PoolError{QString::fromLatin1(errors::kRequestCanceled),
                     QStringLiteral("The scan has not finished.")};
}

} // namespace tessera::pool
