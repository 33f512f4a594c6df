// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: sign-in sessions, refresh tokens and failed attempts.
#include "PoolStore.h"

#include "pool/JsonFields.h"

namespace tessera::pool::local {

namespace {

QString kindName(AttemptKind kind)
{
    switch (kind) {
    case AttemptKind::Password:
        return QStringLiteral("password");
    case AttemptKind::Code:
        break;
    case AttemptKind::Passkey:
        return QStringLiteral("passkey");
    }
    return QStringLiteral("code");
}

} // namespace

Expected<void, PoolError> PoolStore::createSession(const SessionRecord& session)
{
    return exec(QStringLiteral("INSERT INTO sessions (id, pool_id, client_id, username, challenge, "
                               "expires, attempts, state) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
                {session.id, session.poolId, session.clientId, session.username, session.challenge,
                 session.expires, json::toText(session.state)});
}

Expected<std::optional<SessionRecord>, PoolError> PoolStore::loadSession(const QString& sessionId)
{
    auto query = run(QStringLiteral("SELECT pool_id, client_id, username, challenge, expires, "
                                    "attempts, state FROM sessions WHERE id = ?"),
                     {sessionId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return std::optional<SessionRecord>();
    }
    SessionRecord session;
    session.id = sessionId;
    session.poolId = query->value(0).toString();
    session.clientId = query->value(1).toString();
    session.username = query->value(2).toString();
    session.challenge = query->value(3).toString();
    session.expires = query->value(4).toLongLong();
    session.attempts = query->value(5).toInt();
    session.state = json::fromText(query->value(6).toString());
    return std::optional<SessionRecord>(std::move(session));
}

Expected<void, PoolError> PoolStore::deleteSession(const QString& sessionId)
{
    return exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
}

Expected<void, PoolError> PoolStore::countSessionAttempt(const QString& sessionId)
{
    return exec(QStringLiteral("UPDATE sessions SET attempts = attempts + 1 WHERE id = ?"),
                {sessionId});
}

Expected<FailureCount, PoolError> PoolStore::loadFailures(const QString& poolId,
                                                          const QString& username, AttemptKind kind)
{
    auto query = run(QStringLiteral("SELECT failures, last_failure, locked_until FROM "
                                    "sign_in_failures WHERE pool_id = ? AND username = ? AND "
                                    "kind = ?"),
                     {poolId, username, kindName(kind)});
    if (!query) {
        return query.failure();
    }
    FailureCount count;
    if (query->next()) {
        count.failures = query->value(0).toInt();
        count.lastFailure = query->value(1).toLongLong();
        count.lockedUntil = query->value(2).toLongLong();
    }
    return count;
}

Expected<void, PoolError> PoolStore::saveFailures(const QString& poolId, const QString& username,
                                                  AttemptKind kind, const FailureCount& count)
{
    return exec(
        QStringLiteral("INSERT OR REPLACE INTO sign_in_failures (pool_id, username, kind, "
                       "failures, last_failure, locked_until) VALUES (?, ?, ?, ?, ?, ?)"),
        {poolId, username, kindName(kind), count.failures, count.lastFailure, count.lockedUntil});
}

Expected<void, PoolError> PoolStore::clearFailures(const QString& poolId, const QString& username,
                                                   AttemptKind kind)
{
    return exec(QStringLiteral("DELETE FROM sign_in_failures WHERE pool_id = ? AND username = ? "
                               "AND kind = ?"),
                {poolId, username, kindName(kind)});
}

Expected<void, PoolError> PoolStore::saveRefreshToken(const RefreshTokenRecord& token)
{
    return exec(QStringLiteral("INSERT INTO refresh_tokens (token_hash, pool_id, client_id, "
                               "username, device_key, expires) VALUES (?, ?, ?, ?, ?, ?)"),
                {token.tokenHash, token.poolId, token.clientId, token.username, token.deviceKey,
                 token.expires});
}

Expected<std::optional<RefreshTokenRecord>, PoolError>
PoolStore::loadRefreshToken(const QString& tokenHash, const QString& clientId)
{
    auto query = run(QStringLiteral("SELECT pool_id, username, expires, device_key FROM "
                                    "refresh_tokens WHERE token_hash = ? AND client_id = ?"),
                     {tokenHash, clientId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return std::optional<RefreshTokenRecord>();
    }
    RefreshTokenRecord token;
    token.tokenHash = tokenHash;
    token.clientId = clientId;
    token.poolId = query->value(0).toString();
    token.username = query->value(1).toString();
    token.expires = query->value(2).toLongLong();
    token.deviceKey = query->value(3).toString();
    return std::optional<RefreshTokenRecord>(std::move(token));
}

} // namespace tessera::pool::local
