// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enrolment.h"
#include "PoolError.h"
#include "PoolUser.h"
#include "RequestPacer.h"
#include "otp/Clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tessera::pool {

class PoolBackend;

// One user's MFA state as read from the backend, and when it was read (Unix seconds).
struct MfaStatus
{
    UserFactors factors;
    qint64 readAt = 0;
};

// Answers which MFA factors each user of one pool has and which one they prefer, for the rows
// a view shows. ListUsers does not return it, so: a backend that answers a whole page at once
// (PoolBackend::userFactors, the local engine's one query) is asked once per want(); any other
// (Cognito) is read with AdminGetUser per user, through a RequestPacer, only for the users
// wanted, each answer cached with the time it was read. Users that scroll away (not in
// keepOnly()) have their pending reads cancelled. Lives on one thread with an event loop.
class MfaStatusSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MfaStatusSource)

public:
    // `backend` and `pacer` must outlive the source.
    MfaStatusSource(PoolBackend& backend, QString userPoolId, RequestPacer& pacer,
                    QObject* parent = nullptr);
    ~MfaStatusSource() override;

    // The factors AdminGetUser's answer says the user has: UserMFASettingList and
    // PreferredMfaSetting, and the legacy MFAOptions (an SMS option is SMS MFA).
    static UserFactors factorsOf(const PoolUser& user);

    // Reads the state of these users unless it is cached or already being read.
    void want(const QStringList& usernames);
    // Cancels the pending reads of every user not in `usernames` (rows that scrolled away).
    void keepOnly(const QSet<QString>& usernames);
    // Forgets what was read (all users, or one whose factors changed).
    void forget(const QString& username);
    void forgetAll();

    std::optional<MfaStatus> status(const QString& username) const;
    bool isPending(const QString& username) const { return m_pending.contains(username); }
    int pendingCount() const { return int(m_pending.size()); }
    int cachedCount() const { return int(m_cache.size()); }
    // Whether the backend answers pages at once (known after the first want()).
    bool readsInBatches() const { return m_mode == Mode::Batch; }
    // Requests this source sent (one per batch, one per AdminGetUser).
    int requestsSent() const { return m_requests; }
    // Who has which factor among the users read so far (exact is false).
    EnrolmentSummary sampled() const;

    void setClock(otp::Clock clock) { m_clock = std::move(clock); }
    // How its per-user reads queue on the pacer: a table's rows on screen go before background
    // work (the default, as for a full count).
    void setUrgency(RequestPacer::Urgency urgency) { m_urgency = urgency; }

signals:
    // The user's state was read (status() has it).
    void statusRead(const QString& username);
    // The user's state could not be read; `error` says why.
    void statusFailed(const QString& username, const tessera::pool::PoolError& error);

private:
    enum class Mode
    {
        Unknown,
        Batch,
        PerUser
    };

    void readBatch(const QStringList& usernames);
    void readQueuedBatch();
    void readOne(const QString& username);
    void store(const QString& username, const UserFactors& factors);

    PoolBackend& m_backend;
    QString m_poolId;
    RequestPacer& m_pacer;
    otp::Clock m_clock;
    Mode m_mode = Mode::Unknown;
    QHash<QString, MfaStatus> m_cache;
    // Username -> the pacer's ticket (0 for a batch read, which cannot be cancelled alone).
    QHash<QString, RequestPacer::Ticket> m_pending;
    int m_requests = 0;
    RequestPacer::Urgency m_urgency = RequestPacer::Urgency::Background;
    // Batch reads: one at a time; the users wanted meanwhile wait here.
    QStringList m_batchQueue;
    bool m_batchInFlight = false;
};

} // namespace tessera::pool
