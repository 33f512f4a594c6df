// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WebAuthnRecords.h"
#include "pool/AuthEvent.h"
#include "pool/Enrolment.h"
#include "pool/MfaConfig.h"
#include "pool/PoolError.h"
#include "pool/PoolUser.h"
#include "pool/RiskConfig.h"
#include "pool/UserFilter.h"
#include "pool/UserPool.h"
#include "pool/UserPoolClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

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
    // The password's SRP salt and verifier (hex) for USER_SRP_AUTH; empty for a password set
    // before the store had them (schema 4), which then signs in with USER_PASSWORD_AUTH only.
    QString srpSalt;
    QString srpVerifier;

    // The public view, with UserMFASettingList and PreferredMfaSetting filled in.
    PoolUser publicUser() const;
};

// Which secret a failed sign-in attempt guessed: the password, a code (TOTP, SMS or email, for
// MFA or as a passwordless first factor), or a passkey's assertion, counted apart so that knowing
// the password never resets the count of wrong codes.
enum class AttemptKind
{
    Password,
    Code,
    Passkey
};

// A user's recent failures of one kind, as the attempt limiter keeps them.
struct FailureCount
{
    int failures = 0;
    qint64 lastFailure = 0;
    // No attempt is looked at before this time (epoch seconds); 0 when not locked out.
    qint64 lockedUntil = 0;
};

// A message the engine would have sent: an SMS or email code, or an invitation.
struct OutboxMessage
{
    QString userPoolId;
    QString username;
    QString medium; // SMS or EMAIL
    QString destination;
    QString message;
    qint64 time = 0;

    QJsonObject toJson() const;
};

// A pending sign-in: the challenge the user must answer and what the flow keeps between steps.
struct SessionRecord
{
    QString id;
    QString poolId;
    QString clientId;
    QString username;
    QString challenge;
    qint64 expires = 0;
    int attempts = 0;
    QJsonObject state;
};

// A device a user signed in from; remembered (MFA skipped) until `rememberedUntil`.
struct DeviceRecord
{
    QString deviceKey;
    QString name;
    qint64 created = 0;
    qint64 lastSeen = 0;
    qint64 rememberedUntil = 0;
    QString lastIp;
    // DeviceGroupKey, given with the key; with device SRP, the group key is the SRP "pool name".
    QString groupKey;
    // Set by ConfirmDevice (device SRP, DEVICE_SRP_AUTH): the salt and verifier, in hex.
    QString srpSalt;
    QString srpVerifier;
};

// A refresh token, kept only as the SHA-256 of the token the client holds.
struct RefreshTokenRecord
{
    QString tokenHash;
    QString poolId;
    QString clientId;
    QString username;
    QString deviceKey;
    qint64 expires = 0;
};

// Where a successful sign-in came from, for the risk engine's "seen before" signals.
struct SignInOrigin
{
    QString ipAddress;
    QString device;
};

// The key that signs the store's tokens.
struct SigningKey
{
    QString keyId;
    QByteArray privatePem;
};

// One local pool store: a SQLite file (WAL, a busy timeout, a versioned schema migrated on open)
// and the rows of pools, clients, users, sessions, outbox and auth events. Each thread gets its
// own connection, as Qt Sql requires; every operation runs in one write transaction taken up
// front (BEGIN IMMEDIATE), so two processes writing at once queue rather than lose an update.
class PoolStore
{
    Q_DECLARE_TR_FUNCTIONS(tessera::pool::local::PoolStore)

public:
    static constexpr int kSchemaVersion = 7;

    explicit PoolStore(QString path);
    ~PoolStore();
    PoolStore(const PoolStore&) = delete;
    PoolStore& operator=(const PoolStore&) = delete;

    const QString& path() const { return m_path; }

    // Opens this thread's connection and creates or migrates the schema. A new store (and the
    // folders missing above it) is created owner-only before SQLite opens it, so that neither it
    // nor the -wal, -shm and -journal files SQLite gives the same mode is ever readable by
    // another user of the computer.
    Expected<void, PoolError> open();
    // Empty when only the owner can read and write the store and its companion files;
    // otherwise which are exposed and the command that makes them private again.
    QString exposureWarning() const;
    // The schema version in the file (0 for a new file).
    int storedVersion();
    // SQLite's own check of the whole file (PRAGMA integrity_check): nothing when it is sound,
    // InternalErrorException with what SQLite found otherwise.
    Expected<void, PoolError> checkIntegrity();

    // Runs `work` in one write transaction: rolled back if it fails with InternalErrorException
    // (the store failed), committed otherwise.
    PoolResult transaction(const std::function<PoolResult()>& work);
    // Runs `work`, which only reads, in one read transaction (BEGIN DEFERRED): one snapshot of
    // the file, taken beside the writer (WAL), so readers on other threads and processes neither
    // wait for nor block it.
    PoolResult readTransaction(const std::function<PoolResult()>& work);

    // Pools and their clients (PoolStorePools.cpp).
    Expected<void, PoolError> createPool(const UserPool& pool, const MfaConfig& mfa);
    Expected<UserPool, PoolError> loadPool(const QString& poolId);
    // Up to `limit` pools whose ids sort after `afterId`, in id order.
    Expected<QList<UserPool>, PoolError> listPools(const QString& afterId, int limit);
    Expected<void, PoolError> savePool(const UserPool& pool);
    // Removes the pool and every row that belongs to it, in every table.
    Expected<void, PoolError> deleteUserPool(const QString& poolId);
    Expected<MfaConfig, PoolError> loadMfaConfig(const QString& poolId);
    Expected<void, PoolError> saveMfaConfig(const QString& poolId, const MfaConfig& config);
    Expected<void, PoolError> createClient(const QString& poolId, const UserPoolClient& client);
    Expected<UserPoolClient, PoolError> loadClient(const QString& clientId);
    // The pool's clients in client-id order.
    Expected<QList<UserPoolClient>, PoolError> listClients(const QString& poolId);

    // Users (PoolStore.cpp).
    // The user, or UserNotFoundException.
    Expected<UserRecord, PoolError> loadUser(const QString& poolId, const QString& username);
    // Inserts or replaces the user's row.
    Expected<void, PoolError> saveUser(const QString& poolId, const UserRecord& record);
    Expected<void, PoolError> saveUsers(const QString& poolId, const QList<UserRecord>& records);
    Expected<qint64, PoolError> countUsers(const QString& poolId);
    // How many of the pool's users have set up which factor, counted exactly.
    Expected<EnrolmentSummary, PoolError> enrolment(const QString& poolId);
    // The factors of these users (those that exist), read in one query.
    Expected<QMap<QString, UserFactors>, PoolError> userFactors(const QString& poolId,
                                                                const QStringList& usernames);
    // Up to `limit` users in username order, after `afterUsername` when given, matching `filter`
    // when given: one query, however many users a page has. Only what ListUsers shows is read
    // (no password hash, SRP verifier or MFA state), as it is the hot path of a served store.
    Expected<QList<PoolUser>, PoolError> listUsers(const QString& poolId,
                                                   const std::optional<UserFilter>& filter,
                                                   const std::optional<QString>& afterUsername,
                                                   int limit);
    // Removes the user and what is kept for them: sessions, devices, refresh tokens, failures.
    Expected<void, PoolError> deleteUser(const QString& poolId, const QString& username);

    // Sign-in sessions, refresh tokens and failed attempts (PoolStoreSessions.cpp).
    // The session's `attempts` is not read: a new session starts at none.
    Expected<void, PoolError> createSession(const SessionRecord& session);
    // The session, or nothing when there is none with that id.
    Expected<std::optional<SessionRecord>, PoolError> loadSession(const QString& sessionId);
    Expected<void, PoolError> deleteSession(const QString& sessionId);
    // One more wrong answer in the sign-in session `sessionId`.
    Expected<void, PoolError> countSessionAttempt(const QString& sessionId);
    Expected<void, PoolError> saveRefreshToken(const RefreshTokenRecord& token);
    // The token with this hash issued to `clientId`, or nothing.
    Expected<std::optional<RefreshTokenRecord>, PoolError>
    loadRefreshToken(const QString& tokenHash, const QString& clientId);

    // The user's failed attempts of `kind` (zeros when there are none).
    Expected<FailureCount, PoolError> loadFailures(const QString& poolId, const QString& username,
                                                   AttemptKind kind);
    Expected<void, PoolError> saveFailures(const QString& poolId, const QString& username,
                                           AttemptKind kind, const FailureCount& count);
    Expected<void, PoolError> clearFailures(const QString& poolId, const QString& username,
                                            AttemptKind kind);

    // Devices (PoolStoreDevices.cpp).
    Expected<void, PoolError> addDevice(const QString& poolId, const QString& username,
                                        const DeviceRecord& device);
    // The user's device with this key, or nothing.
    Expected<std::optional<DeviceRecord>, PoolError>
    loadDevice(const QString& deviceKey, const QString& poolId, const QString& username);
    // The user's devices, oldest first.
    Expected<QList<DeviceRecord>, PoolError> listDevices(const QString& poolId,
                                                         const QString& username);
    Expected<void, PoolError> touchDevice(const QString& deviceKey, qint64 lastSeen,
                                          const QString& lastIp);
    // ConfirmDevice: the device's name and SRP verifier, and until when it is remembered.
    Expected<void, PoolError> confirmDevice(const QString& deviceKey,
                                            const DeviceRecord& confirmed);
    Expected<void, PoolError> setDeviceRememberedUntil(const QString& deviceKey,
                                                       qint64 rememberedUntil);
    Expected<void, PoolError> deleteDevice(const QString& deviceKey, const QString& poolId,
                                           const QString& username);

    // Auth events, the outbox, risk configurations and the signing key (PoolStoreEvents.cpp).
    // Inserts or replaces the event with the same id.
    Expected<void, PoolError> saveAuthEvent(const QString& poolId, const QString& username,
                                            const AuthEvent& event);
    Expected<std::optional<AuthEvent>, PoolError> loadAuthEvent(const QString& eventId);
    // The user's events as saved, newest first, `limit` of them from `offset`.
    Expected<QList<QJsonObject>, PoolError>
    recentAuthEvents(const QString& poolId, const QString& username, int limit, qint64 offset);
    // The distinct places the user signed in from successfully.
    Expected<QList<SignInOrigin>, PoolError> passedSignInOrigins(const QString& poolId,
                                                                 const QString& username);
    // The user's failed sign-ins at or after `since`.
    Expected<int, PoolError> countFailedSignIns(const QString& poolId, const QString& username,
                                                qint64 since);
    // Sign-in events from `ipAddress`, in any pool, at or after `since`.
    Expected<int, PoolError> countSignInsFromIp(const QString& ipAddress, qint64 since);
    Expected<void, PoolError> appendOutbox(const OutboxMessage& message);
    // The messages of `poolId` (of every pool when it is empty), oldest first.
    Expected<QList<OutboxMessage>, PoolError> outbox(const QString& poolId);
    RiskConfig loadRiskConfig(const QString& poolId, const QString& clientId);
    // Inserts or replaces the configuration of the pool (an empty `clientId`) or of one client.
    Expected<void, PoolError> saveRiskConfig(const QString& poolId, const QString& clientId,
                                             const RiskConfig& config);
    // The oldest signing key, or nothing in a new store.
    Expected<std::optional<SigningKey>, PoolError> loadSigningKey();
    Expected<void, PoolError> saveSigningKey(const SigningKey& key, qint64 created);

    // WebAuthn passkeys and their challenges (PoolStoreWebAuthn.cpp).
    Expected<void, PoolError> addWebAuthnCredential(const WebAuthnCredentialRecord& credential);
    // The pool's credential with this ID (whoever holds it), or nothing.
    Expected<std::optional<WebAuthnCredentialRecord>, PoolError>
    loadWebAuthnCredential(const QString& poolId, const QString& credentialId);
    // The user's credentials, oldest first.
    Expected<QList<WebAuthnCredentialRecord>, PoolError>
    listWebAuthnCredentials(const QString& poolId, const QString& username);
    // Records a sign-in with the credential: its new signature counter and when.
    Expected<void, PoolError> touchWebAuthnCredential(const QString& poolId,
                                                      const QString& credentialId, qint64 signCount,
                                                      qint64 lastUsed);
    // Whether the user had the credential (it is gone now either way).
    Expected<bool, PoolError> deleteWebAuthnCredential(const QString& poolId,
                                                       const QString& username,
                                                       const QString& credentialId);
    Expected<void, PoolError> saveWebAuthnChallenge(const WebAuthnChallengeRecord& challenge);
    // The challenge, removed as it is read so it answers one ceremony only; nothing when it was
    // never issued or was used already. Expired challenges of every user go at the same time.
    Expected<std::optional<WebAuthnChallengeRecord>, PoolError>
    takeWebAuthnChallenge(const QString& challenge, qint64 now);

    QSqlDatabase database();

private:
    // Prepares, binds `values` positionally and executes; the error names the failing statement.
    Expected<QSqlQuery, PoolError> run(const QString& sql, const QVariantList& values = {});
    // Executes and reports only success.
    Expected<void, PoolError> exec(const QString& sql, const QVariantList& values = {});
    Expected<void, PoolError> migrate(int from);
    Expected<void, PoolError> createPrivately();

    QString m_path;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QStringList m_connections;
};

} // namespace tessera::pool::local
