// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: auth events, the outbox, risk configurations and the signing key.
#include "PoolStore.h"

#include "pool/JsonFields.h"

namespace tessera::pool::local {

Expected<void, PoolError> PoolStore::saveAuthEvent(const QString& poolId, const QString& username,
                                                   const AuthEvent& event)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO auth_events (id, pool_id, username, time, "
                               "ip, device, response, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {event.eventId, poolId, username, event.creationDate, event.ipAddress,
                 event.deviceName, event.eventResponse, json::toText(event.toJson())});
}

Expected<std::optional<AuthEvent>, PoolError> PoolStore::loadAuthEvent(const QString& eventId)
{
    auto query = run(QStringLiteral("SELECT data FROM auth_events WHERE id = ?"), {eventId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return std::optional<AuthEvent>();
    }
    return std::optional<AuthEvent>(
        AuthEvent::fromJson(json::fromText(query->value(0).toString())));
}

Expected<QList<QJsonObject>, PoolError> PoolStore::recentAuthEvents(const QString& poolId,
                                                                    const QString& username,
                                                                    int limit, qint64 offset)
{
    auto query = run(QStringLiteral("SELECT data FROM auth_events WHERE pool_id = ? AND "
                                    "username = ? ORDER BY time DESC, rowid DESC "
                                    "LIMIT ? OFFSET ?"),
                     {poolId, username, limit, offset});
    if (!query) {
        return query.failure();
    }
    QList<QJsonObject> events;
    while (query->next()) {
        events.append(json::fromText(query->value(0).toString()));
    }
    return events;
}

Expected<QList<SignInOrigin>, PoolError> PoolStore::passedSignInOrigins(const QString& poolId,
                                                                        const QString& username)
{
    auto query = run(QStringLiteral("SELECT DISTINCT ip, device FROM auth_events WHERE "
                                    "pool_id = ? AND username = ? AND response = 'Pass'"),
                     {poolId, username});
    if (!query) {
        return query.failure();
    }
    QList<SignInOrigin> origins;
    while (query->next()) {
        origins.append({query->value(0).toString(), query->value(1).toString()});
    }
    return origins;
}

Expected<int, PoolError> PoolStore::countFailedSignIns(const QString& poolId,
                                                       const QString& username, qint64 since)
{
    auto query = run(QStringLiteral("SELECT count(*) FROM auth_events WHERE pool_id = ? AND "
                                    "username = ? AND response = 'Fail' AND time >= ?"),
                     {poolId, username, since});
    if (!query) {
        return query.failure();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Expected<int, PoolError> PoolStore::countSignInsFromIp(const QString& ipAddress, qint64 since)
{
    auto query = run(QStringLiteral("SELECT count(*) FROM auth_events WHERE ip = ? AND time >= ?"),
                     {ipAddress, since});
    if (!query) {
        return query.failure();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Expected<void, PoolError> PoolStore::appendOutbox(const OutboxMessage& message)
{
    return exec(QStringLiteral("INSERT INTO outbox (pool_id, username, medium, destination, "
                               "message, time) VALUES (?, ?, ?, ?, ?, ?)"),
                {message.userPoolId, message.username, message.medium, message.destination,
                 message.message, message.time});
}

QJsonObject OutboxMessage::toJson() const
{
    return {
        {QStringLiteral("UserPoolId"), userPoolId}, {QStringLiteral("Username"), username},
        {QStringLiteral("Medium"), medium},         {QStringLiteral("Destination"), destination},
        {QStringLiteral("Message"), message},       {QStringLiteral("Time"), double(time)}};
}

Expected<QList<OutboxMessage>, PoolError> PoolStore::outbox(const QString& poolId)
{
    auto query = run(QStringLiteral("SELECT pool_id, username, medium, destination, message, "
                                    "time FROM outbox WHERE ? = '' OR pool_id = ? ORDER BY id"),
                     {poolId, poolId});
    if (!query) {
        return query.failure();
    }
    QList<OutboxMessage> messages;
    while (query->next()) {
        messages.append({query->value(0).toString(), query->value(1).toString(),
                         query->value(2).toString(), query->value(3).toString(),
                         query->value(4).toString(), query->value(5).toLongLong()});
    }
    return messages;
}

RiskConfig PoolStore::loadRiskConfig(const QString& poolId, const QString& clientId)
{
    // A client's own configuration wins over the pool-wide one, as in Cognito.
    auto query = run(QStringLiteral("SELECT data FROM risk_configs WHERE pool_id = ? AND "
                                    "client_id IN (?, '') ORDER BY client_id DESC LIMIT 1"),
                     {poolId, clientId});
    if (query && query->next()) {
        if (auto config = RiskConfig::fromJson(json::fromText(query->value(0).toString()))) {
            return *config;
        }
    }
    RiskConfig config;
    config.userPoolId = poolId;
    return config;
}

Expected<void, PoolError> PoolStore::saveRiskConfig(const QString& poolId, const QString& clientId,
                                                    const RiskConfig& config)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO risk_configs (pool_id, client_id, data) "
                               "VALUES (?, ?, ?)"),
                {poolId, clientId, json::toText(config.toJson())});
}

Expected<std::optional<SigningKey>, PoolError> PoolStore::loadSigningKey()
{
    auto query =
        run(QStringLiteral("SELECT kid, private_pem FROM signing_keys ORDER BY created LIMIT 1"));
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return std::optional<SigningKey>();
    }
    return std::optional<SigningKey>(
        SigningKey{query->value(0).toString(), query->value(1).toByteArray()});
}

Expected<void, PoolError> PoolStore::saveSigningKey(const SigningKey& key, qint64 created)
{
    return exec(
        QStringLiteral("INSERT INTO signing_keys (kid, private_pem, created) VALUES (?, ?, ?)"),
        {key.keyId, key.privatePem, created});
}

} // namespace tessera::pool::local
