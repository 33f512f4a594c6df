// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: the connection, the schema and its migrations, transactions (users:
// PoolStoreUsers.cpp).
#include "PoolStore.h"
#include "PoolStoreSql.h"

#include "pool/JsonFields.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tessera::pool::local {

using storesql::bindable;
using storesql::storeError;

namespace {

// The first schema. Kept verbatim: a new store is built by running every migration from here,
// so the path a store from the first release takes is the path every test takes.
const char* const kSchemaV1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (1)",
    "CREATE TABLE pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL, "
    "mfa TEXT NOT NULL)",
    "CREATE TABLE clients (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE users (pool_id TEXT NOT NULL, username TEXT NOT NULL, sub TEXT NOT NULL, "
    "attributes TEXT NOT NULL, status TEXT NOT NULL, enabled INTEGER NOT NULL, "
    "created INTEGER NOT NULL, modified INTEGER NOT NULL, password_hash TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY (pool_id, username))",
};

// Version 2: per-user MFA state, sign-in sessions, the outbox, auth events, devices, risk
// configurations, refresh tokens, the signing key, and indexes for ListUsers filters.
const char* const kSchemaV2[] = {
    "ALTER TABLE users ADD COLUMN password_set_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN mfa TEXT NOT NULL DEFAULT '{}'",
    "CREATE INDEX users_sub ON users (pool_id, sub)",
    "CREATE INDEX users_email ON users (pool_id, json_extract(attributes, '$.email'))",
    "CREATE INDEX users_phone ON users (pool_id, json_extract(attributes, '$.phone_number'))",
    "CREATE TABLE sessions (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, client_id TEXT NOT NULL, "
    "username TEXT NOT NULL, challenge TEXT NOT NULL, expires INTEGER NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, pool_id TEXT NOT NULL, "
    "username TEXT NOT NULL, medium TEXT NOT NULL, destination TEXT NOT NULL, "
    "message TEXT NOT NULL, time INTEGER NOT NULL)",
    "CREATE TABLE auth_events (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, username TEXT NOT NULL, "
    "time INTEGER NOT NULL, ip TEXT NOT NULL DEFAULT '', device TEXT NOT NULL DEFAULT '', "
    "response TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX auth_events_user ON auth_events (pool_id, username, time)",
    "CREATE INDEX auth_events_ip ON auth_events (ip, time)",
    "CREATE TABLE devices (device_key TEXT PRIMARY KEY, pool_id TEXT NOT NULL, "
    "username TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL, "
    "last_seen INTEGER NOT NULL, remembered_until INTEGER NOT NULL DEFAULT 0, "
    "last_ip TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX devices_user ON devices (pool_id, username)",
    "CREATE TABLE risk_configs (pool_id TEXT NOT NULL, client_id TEXT NOT NULL DEFAULT '', "
    "data TEXT NOT NULL, PRIMARY KEY (pool_id, client_id))",
    "CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, pool_id TEXT NOT NULL, "
    "client_id TEXT NOT NULL, username TEXT NOT NULL, device_key TEXT NOT NULL DEFAULT '', "
    "expires INTEGER NOT NULL)",
    "CREATE TABLE signing_keys (kid TEXT PRIMARY KEY, private_pem TEXT NOT NULL, "
    "created INTEGER NOT NULL)",
    "UPDATE schema_version SET version = 2",
};

// Version 3: failed sign-in attempts per user, for the lockout Cognito applies.
const char* const kSchemaV3[] = {
    "CREATE TABLE sign_in_failures (pool_id TEXT NOT NULL, username TEXT NOT NULL, "
    "kind TEXT NOT NULL, failures INTEGER NOT NULL, last_failure INTEGER NOT NULL, "
    "locked_until INTEGER NOT NULL, PRIMARY KEY (pool_id, username, kind))",
    "UPDATE schema_version SET version = 3",
};

// Version 4: the SRP verifier of each user's password (USER_SRP_AUTH), beside its scrypt hash.
const char* const kSchemaV4[] = {
    "ALTER TABLE users ADD COLUMN srp_salt TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE users ADD COLUMN srp_verifier TEXT NOT NULL DEFAULT ''",
    "UPDATE schema_version SET version = 4",
};

// Version 5: device SRP (ConfirmDevice): each device's group key and the SRP verifier of its
// random password.
const char* const kSchemaV5[] = {
    "ALTER TABLE devices ADD COLUMN group_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN srp_salt TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN srp_verifier TEXT NOT NULL DEFAULT ''",
    "UPDATE schema_version SET version = 5",
};

// Version 6: WebAuthn passkeys (their public keys and counters) and the single-use challenges
// issued for registering and signing in with them.
const char* const kSchemaV6[] = {
    ("CREATE TABLE webauthn_credentials (pool_id TEXT NOT NULL, username TEXT NOT NULL, "
     "credential_id TEXT NOT NULL, public_key BLOB NOT NULL, algorithm INTEGER NOT NULL, "
     "sign_count INTEGER NOT NULL, name TEXT NOT NULL, relying_party_id TEXT NOT NULL, "
     "attachment TEXT NOT NULL, transports TEXT NOT NULL, attestation TEXT NOT NULL, "
     "user_verified INTEGER NOT NULL, created INTEGER NOT NULL, last_used INTEGER NOT NULL, "
     "PRIMARY KEY (pool_id, credential_id))"),
    "CREATE INDEX webauthn_credentials_user ON webauthn_credentials (pool_id, username)",
    ("CREATE TABLE webauthn_challenges (challenge TEXT PRIMARY KEY, pool_id TEXT NOT NULL, "
     "username TEXT NOT NULL, purpose TEXT NOT NULL, expires INTEGER NOT NULL)"),
    "UPDATE schema_version SET version = 6",
};

// Version 7: each user's factors (a bit each: 1 SMS, 2 TOTP, 4 email) and preference beside the
// mfa JSON, indexed, so the enrolment count reads an index, not every user's JSON.
const char* const kSchemaV7[] = {
    "ALTER TABLE users ADD COLUMN mfa_factors INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN mfa_preferred TEXT NOT NULL DEFAULT ''",
    ("UPDATE users SET mfa_factors = (coalesce(json_extract(mfa, '$.sms'), 0) != 0) + "
     "2 * (coalesce(json_extract(mfa, '$.totp'), 0) != 0) + "
     "4 * (coalesce(json_extract(mfa, '$.email'), 0) != 0), "
     "mfa_preferred = coalesce(json_extract(mfa, '$.preferred'), '')"),
    "CREATE INDEX users_enrolment ON users (pool_id, mfa_factors, mfa_preferred)",
    "UPDATE schema_version SET version = 7",
};

// The path as a shell word, so the command in a warning can be pasted as it is.
QString shellWord(const QString& path)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./+:@%-]+$)"));
    if (plain.match(path).hasMatch()) {
        return path;
    }
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

PoolUser UserRecord::publicUser() const
{
    PoolUser shown = user;
    shown.userMfaSettingList = factors::named(smsEnabled, softwareTokenEnabled, emailEnabled);
    shown.preferredMfaSetting = preferred;
    return shown;
}

PoolStore::PoolStore(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(QStringLiteral("tessera-pool-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-'))
{}

PoolStore::~PoolStore()
{
    QMutexLocker locker(&m_mutex);
    for (const QString& name : std::as_const(m_connections)) {
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase PoolStore::database()
{
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // A writer waits this long for another process's transaction instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    {
        QMutexLocker locker(&m_mutex);
        m_connections.append(name);
    }
    if (db.open()) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return db;
}

Expected<QSqlQuery, PoolError> PoolStore::run(const QString& sql, const QVariantList& values)
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        return storeError(QStringLiteral("cannot open %1").arg(m_path), db.lastError());
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return storeError(sql, query.lastError());
    }
    for (const QVariant& value : values) {
        query.addBindValue(bindable(value));
    }
    if (!query.exec()) {
        return storeError(sql, query.lastError());
    }
    return query;
}

Expected<void, PoolError> PoolStore::exec(const QString& sql, const QVariantList& values)
{
    auto result = run(sql, values);
    if (!result) {
        return result.failure();
    }
    return {};
}

int PoolStore::storedVersion()
{
    auto tables = run(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!tables || !tables->next() || tables->value(0).toInt() == 0) {
        return 0;
    }
    auto version = run(QStringLiteral("SELECT version FROM schema_version"));
    if (!version || !version->next()) {
        return 0;
    }
    return version->value(0).toInt();
}

Expected<void, PoolError> PoolStore::checkIntegrity()
{
    auto result = run(QStringLiteral("PRAGMA integrity_check"));
    if (!result) {
        return result.failure();
    }
    QStringList problems;
    while (result->next()) {
        if (const QString line = result->value(0).toString(); line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!problems.isEmpty()) {
        return PoolError::internal(
            QStringLiteral("%1 is damaged: %2").arg(m_path, problems.join(QStringLiteral("; "))));
    }
    return {};
}

Expected<void, PoolError> PoolStore::createPrivately()
{
#if defined(Q_OS_UNIX)
    const QFileInfo info(m_path);
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:") || info.exists() ||
        info.isSymLink()) {
        return {};
    }
    if (const Status made = makePrivateFolders(info.absolutePath()); !made) {
        return PoolError::internal(made.error());
    }
    const QByteArray name = QFile::encodeName(m_path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        // Another process made it first: it is opened as it is, and reported if exposed.
        if (error == EEXIST) {
            return {};
        }
        return PoolError::internal(
            tr("cannot create the pool store %1: %2").arg(m_path, systemErrorText(error)));
    }
    // The mode given to open() loses what the umask holds; 0600 exactly, before any byte.
    const int chmodError = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 ? 0 : errno;
    ::close(fd);
    if (chmodError != 0) {
        return PoolError::internal(tr("cannot make the pool store %1 private: %2")
                                       .arg(m_path, systemErrorText(chmodError)));
    }
#endif
    return {};
}

QString PoolStore::exposureWarning() const
{
#if defined(Q_OS_UNIX)
    QStringList exposed;
    QStringList words;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString path = m_path + QLatin1String(suffix);
        struct stat status
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &status) != 0 ||
            (status.st_mode & (S_IRWXG | S_IRWXO)) == 0) {
            continue;
        }
        exposed.append(QStringLiteral("%1 (%2)").arg(path, octalMode(status.st_mode)));
        words.append(shellWord(path));
    }
    if (exposed.isEmpty()) {
        return {};
    }
    return tr("other users of this computer can read or change the pool store: %1. It holds "
              "users' TOTP secrets, temporary passwords and the key that signs tokens. Make it "
              "private with: chmod 600 %2")
        .arg(exposed.join(QStringLiteral(", ")), words.join(QLatin1Char(' ')));
#else
    return {};
#endif
}

Expected<void, PoolError> PoolStore::open()
{
    if (auto done = createPrivately(); !done) {
        return done;
    }
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        return storeError(QStringLiteral("cannot open %1").arg(m_path), db.lastError());
    }
    // Two processes may open a new file at once: the version is read inside the write
    // transaction, so only one of them migrates.
    const auto result = transaction([this]() -> PoolResult {
        const int version = storedVersion();
        if (version > kSchemaVersion) {
            return PoolError::internal(
                QStringLiteral("pool store %1 has schema version %2; this Tessera reads up to %3")
                    .arg(m_path)
                    .arg(version)
                    .arg(kSchemaVersion));
        }
        if (auto done = migrate(version); !done) {
            return done.failure();
        }
        return QJsonObject{};
    });
    if (!result) {
        return result.failure();
    }
    return {};
}

Expected<void, PoolError> PoolStore::migrate(int from)
{
    const auto apply = [this](const auto& statements) -> Expected<void, PoolError> {
        for (const char* statement : statements) {
            if (auto done = exec(QString::fromLatin1(statement)); !done) {
                return done;
            }
        }
        return {};
    };
    if (from < 1) {
        if (auto done = apply(kSchemaV1); !done) {
            return done;
        }
    }
    if (from < 2) {
        if (auto done = apply(kSchemaV2); !done) {
            return done;
        }
    }
    if (from < 3) {
        if (auto done = apply(kSchemaV3); !done) {
            return done;
        }
    }
    if (from < 4) {
        if (auto done = apply(kSchemaV4); !done) {
            return done;
        }
    }
    if (from < 5) {
        if (auto done = apply(kSchemaV5); !done) {
            return done;
        }
    }
    if (from < 6) {
        if (auto done = apply(kSchemaV6); !done) {
            return done;
        }
    }
    if (from < 7) {
        if (auto done = apply(kSchemaV7); !done) {
            return done;
        }
    }
    return {};
}

PoolResult PoolStore::transaction(const std::function<PoolResult()>& work)
{
    if (auto done = exec(QStringLiteral("BEGIN IMMEDIATE")); !done) {
        return done.failure();
    }
    PoolResult result = work();
    // Operations validate before they write, so a refusal leaves nothing half-done and is
    // committed: what it did record (a failed attempt, an auth event) must survive. Only a store
    // failure rolls back.
    if (!result && result.failure().type == QLatin1String(errors::kInternalError)) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto done = exec(QStringLiteral("COMMIT")); !done) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return done.failure();
    }
    return result;
}

PoolResult PoolStore::readTransaction(const std::function<PoolResult()>& work)
{
    if (auto done = exec(QStringLiteral("BEGIN DEFERRED")); !done) {
        return done.failure();
    }
    PoolResult result = work();
    if (auto done = exec(QStringLiteral("COMMIT")); !done) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return done.failure();
    }
    return result;
}

} // namespace tessera::pool::local
