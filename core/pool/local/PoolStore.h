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

// One local pool store: a SQLite file (WAL, a busy timeout, a versioned schema migrated on open)
// and the rows of pools, clients, users, sessions, outbox and auth events. Each thread gets its
// own connection, as Qt Sql requires; every operation runs in one write transaction taken up
// front (BEGIN IMMEDIATE), so two processes writing at once queue rather than lose an update.
class PoolStore
{
public:
    static constexpr int kSchemaVersion = 2;

    explicit PoolStore(QString path);
    ~PoolStore();
    PoolStore(const PoolStore&) = delete;
    PoolStore& operator=(const PoolStore&) = delete;

    const QString& path() const { return m_path; }

    // Opens this thread's connection and creates or migrates the schema.
    std::optional<PoolError> open();
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

    QSqlDatabase database();

private:
    std::optional<PoolError> migrate(int from);

    QString m_path;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QStringList m_connections;
};

} // namespace tessera::pool::local
