// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaStatusSource.h"

#include "PoolBackend.h"
#include "util/WhenFinished.h"

#include <utility>

namespace tessera::pool {

MfaStatusSource::MfaStatusSource(PoolBackend& backend, QString userPoolId, RequestPacer& pacer,
                                 QObject* parent)
    : QObject(parent), m_backend(backend), m_poolId(std::move(userPoolId)), m_pacer(pacer),
      m_clock(otp::systemClock())
{}

MfaStatusSource::~MfaStatusSource()
{
    for (const RequestPacer::Ticket ticket : std::as_const(m_pending)) {
        if (ticket != 0) {
            m_pacer.cancel(ticket);
        }
    }
}

UserFactors MfaStatusSource::factorsOf(const PoolUser& user)
{
    UserFactors factors =
        UserFactors::fromSettingList(user.userMfaSettingList, user.preferredMfaSetting);
    for (const MfaOption& option : user.mfaOptions) {
        if (option.deliveryMedium == QLatin1String("SMS")) {
            factors.sms = true;
        }
    }
    return factors;
}

void MfaStatusSource::want(const QStringList& usernames)
{
    QStringList missing;
    for (const QString& username : usernames) {
        if (!m_cache.contains(username) && !m_pending.contains(username) &&
            !missing.contains(username)) {
            missing << username;
        }
    }
    if (missing.isEmpty()) {
        return;
    }
    if (m_mode == Mode::PerUser) {
        for (const QString& username : std::as_const(missing)) {
            readOne(username);
        }
        return;
    }
    // One batch at a time: while one is read, later wants wait (and may scroll away), so fast
    // scrolling does not pile queries up in front of the backend's other work.
    for (const QString& username : std::as_const(missing)) {
        m_pending.insert(username, 0);
    }
    m_batchQueue << missing;
    if (!m_batchInFlight) {
        readBatch(std::exchange(m_batchQueue, {}));
    }
}

void MfaStatusSource::readBatch(const QStringList& usernames)
{
    m_batchInFlight = true;
    ++m_requests;
    whenFinished(
        m_backend.userFactors(m_poolId, usernames), this,
        [this, usernames](const Expected<QMap<QString, UserFactors>, PoolError>& found) {
            m_batchInFlight = false;
            for (const QString& username : usernames) {
                m_pending.remove(username);
            }
            if (!found && found.failure().type == QLatin1String(errors::kUnsupportedOperation) &&
                m_mode == Mode::Unknown) {
                // Not a batch backend: read each user, paced. This first request is not one
                // the backend served, so it does not count.
                --m_requests;
                m_mode = Mode::PerUser;
                const QStringList waiting = std::exchange(m_batchQueue, {});
                for (const QString& username : waiting) {
                    m_pending.remove(username);
                }
                want(usernames + waiting);
                return;
            }
            m_mode = Mode::Batch;
            for (const QString& username : usernames) {
                if (!found) {
                    emit statusFailed(username, found.failure());
                } else if (found->contains(username)) {
                    store(username, found->value(username));
                } else {
                    emit statusFailed(username, PoolError::userNotFound());
                }
            }
            readQueuedBatch();
        },
        [this, usernames] {
            m_batchInFlight = false;
            for (const QString& username : usernames) {
                m_pending.remove(username);
            }
            readQueuedBatch();
        });
}

void MfaStatusSource::readQueuedBatch()
{
    if (!m_batchInFlight && !m_batchQueue.isEmpty()) {
        readBatch(std::exchange(m_batchQueue, {}));
    }
}

void MfaStatusSource::readOne(const QString& username)
{
    auto paced = m_pacer.schedule<PoolUser>(
        [this, username] {
            ++m_requests;
            return m_backend.adminGetUser(m_poolId, username);
        },
        m_urgency);
    m_pending.insert(username, paced.ticket);
    const RequestPacer::Ticket ticket = paced.ticket;
    whenFinished(paced.future, this,
                 [this, username, ticket](const Expected<PoolUser, PoolError>& user) {
                     // A newer read of the same user (after forget()) owns the entry.
                     if (m_pending.value(username) == ticket) {
                         m_pending.remove(username);
                     } else {
                         return;
                     }
                     if (user) {
                         store(username, factorsOf(*user));
                     } else if (user.failure().type != QLatin1String(errors::kRequestCanceled)) {
                         emit statusFailed(username, user.failure());
                     }
                 });
}

void MfaStatusSource::store(const QString& username, const UserFactors& factors)
{
    m_cache.insert(username, {factors, m_clock()});
    emit statusRead(username);
}

void MfaStatusSource::keepOnly(const QSet<QString>& usernames)
{
    m_batchQueue.removeIf([&](const QString& username) {
        if (usernames.contains(username)) {
            return false;
        }
        m_pending.remove(username);
        return true;
    });
    QList<RequestPacer::Ticket> dropped;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value() != 0 && !usernames.contains(it.key())) {
            dropped << it.value();
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    for (const RequestPacer::Ticket ticket : std::as_const(dropped)) {
        m_pacer.cancel(ticket);
    }
}

void MfaStatusSource::forget(const QString& username)
{
    m_cache.remove(username);
}

void MfaStatusSource::forgetAll()
{
    m_cache.clear();
}

std::optional<MfaStatus> MfaStatusSource::status(const QString& username) const
{
    const auto found = m_cache.constFind(username);
    if (found == m_cache.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

EnrolmentSummary MfaStatusSource::sampled() const
{
    EnrolmentSummary summary;
    for (const MfaStatus& status : m_cache) {
        summary.add(status.factors);
    }
    return summary;
}

} // namespace tessera::pool
