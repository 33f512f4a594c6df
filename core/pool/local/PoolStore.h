// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaConfig.h"
#include "pool/PoolOutcome.h"
#include "pool/PoolUser.h"
#include "pool/RiskConfig.h"
#include "pool/UserPool.h"
#include "pool/UserPoolClient.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace tessera::pool::local {

// A user as the local engine keeps them: the public PoolUser plus the secrets and counters
// behind it. Secrets stay inside the engine; only PoolUser leaves it.
struct UserRecord
{
    PoolUser user;
    QString passwordHash;
    qint64 passwordSetAt = 0;
    bool smsEnabled = false;
    bool softwareTokenEnabled = false;
    bool emailEnabled = false;
    QString preferred;
    // Base32 TOTP secret, set by AssociateSoftwareToken and made usable by VerifySoftwareToken.
    QString totpSecret;
    bool totpVerified = false;
    // The last TOTP time step accepted: RFC 6238 section 5.2 forbids accepting it twice.
    qint64 totpLastStep = -1;

    // The public view, with UserMFASettingList and PreferredMfaSetting filled in.
    PoolUser publicUser() const;
};

// Which secret a failed sign-in attempt guessed: the password, or an MFA code (TOTP, SMS or
// email), counted apart so that knowing the password never resets the count of wrong codes.
enum class AttemptKind
{
    Password,
    Code
};

// A user's recent failures of one kind, as the attempt limiter keeps them.
struct FailureCount
{
    int failures = 0;
    qint64 lastFailure = 0;
    // No attempt is looked at before this time (epoch seconds); 0 when not locked out.
    qint64 lockedUntil = 0;
};

// One local pool store: a SQLite file (WAL, a busy timeout, a versioned schema migrated on open)
// and the rows of pools, clients, users, sessions, outbox and auth events. Each thread gets its
// own connection, as Qt Sql requires; every operation runs in one write transaction taken up
// front (BEGIN IMMEDIATE), so two processes writing at once queue rather than lose an update.
class PoolStore
{
public:
    static constexpr int kSchemaVersion = 3;

    explicit PoolStore(QString path);
    ~PoolStore();
    PoolStore(const PoolStore&) = delete;
    PoolStore& operator=(const PoolStore&) = delete;

    const QString& path() const { return m_path; }

    // Opens this thread's connection and creates or migrates the schema. A new store (and the
    // folders missing above it) is created owner-only before SQLite opens it, so that neither it
    // nor the -wal, -shm and -journal files SQLite gives the same mode is ever readable by
    // another user of the computer.
    std::optional<PoolError> open();
    // Empty when only the owner can read and write the store and its companion files;
    // otherwise which are exposed and the command that makes them private again.
    QString exposureWarning() const;
    // The schema version in the file (0 for a new file).
    int storedVersion();

    // Runs `work` in one write transaction: rolled back if it fails with InternalErrorException
    // (the store failed), committed otherwise.
    PoolResult transaction(const std::function<PoolResult()>& work);

    // Prepares, binds `values` positionally and executes; the error names the failing statement.
    PoolOutcome<QSqlQuery> run(const QString& sql, const QVariantList& values = {});
    // Executes and reports only success.
    std::optional<PoolError> exec(const QString& sql, const QVariantList& values = {});

    PoolOutcome<UserPool> loadPool(const QString& poolId);
    std::optional<PoolError> savePool(const UserPool& pool);
    PoolOutcome<MfaConfig> loadMfaConfig(const QString& poolId);
    PoolOutcome<UserPoolClient> loadClient(const QString& clientId);
    // The user, or UserNotFoundException.
    PoolOutcome<UserRecord> loadUser(const QString& poolId, const QString& username);
    // Inserts or replaces the user's row.
    std::optional<PoolError> saveUser(const QString& poolId, const UserRecord& record);
    std::optional<PoolError> saveUsers(const QString& poolId, const QList<UserRecord>& records);
    RiskConfig loadRiskConfig(const QString& poolId, const QString& clientId);

    // One more wrong answer in the sign-in session `sessionId`.
    std::optional<PoolError> countSessionAttempt(const QString& sessionId);

    // The user's failed attempts of `kind` (zeros when there are none).
    PoolOutcome<FailureCount> loadFailures(const QString& poolId, const QString& username,
                                           AttemptKind kind);
    std::optional<PoolError> saveFailures(const QString& poolId, const QString& username,
                                          AttemptKind kind, const FailureCount& count);
    std::optional<PoolError> clearFailures(const QString& poolId, const QString& username,
                                           AttemptKind kind);

    QSqlDatabase database();

private:
    std::optional<PoolError> migrate(int from);
    std::optional<PoolError> createPrivately();

    QString m_path;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QStringList m_connections;
};

} // namespace tessera::pool::local
