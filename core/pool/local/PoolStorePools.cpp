// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: pools, their MFA configuration and their app clients.
#include "PoolStore.h"

#include "pool/JsonFields.h"

namespace tessera::pool::local {

Expected<UserPool, PoolError> PoolStore::loadPool(const QString& poolId)
{
    auto query = run(QStringLiteral("SELECT data FROM pools WHERE id = ?"), {poolId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return PoolError::resourceNotFound(
            QStringLiteral("User pool %1 does not exist.").arg(poolId));
    }
    return UserPool::fromJson(json::fromText(query->value(0).toString()));
}

Expected<void, PoolError> PoolStore::savePool(const UserPool& pool)
{
    return exec(QStringLiteral("UPDATE pools SET name = ?, data = ? WHERE id = ?"),
                {pool.name, json::toText(pool.toJson()), pool.id});
}

Expected<MfaConfig, PoolError> PoolStore::loadMfaConfig(const QString& poolId)
{
    auto query = run(QStringLiteral("SELECT mfa FROM pools WHERE id = ?"), {poolId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return PoolError::resourceNotFound(
            QStringLiteral("User pool %1 does not exist.").arg(poolId));
    }
    return MfaConfig::fromJson(json::fromText(query->value(0).toString()));
}

Expected<UserPoolClient, PoolError> PoolStore::loadClient(const QString& clientId)
{
    auto query = run(QStringLiteral("SELECT data FROM clients WHERE id = ?"), {clientId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return PoolError::clientNotFound(clientId);
    }
    return UserPoolClient::fromJson(json::fromText(query->value(0).toString()));
}

Expected<void, PoolError> PoolStore::createPool(const UserPool& pool, const MfaConfig& mfa)
{
    return exec(QStringLiteral("INSERT INTO pools (id, name, data, mfa) VALUES (?, ?, ?, ?)"),
                {pool.id, pool.name, json::toText(pool.toJson()), json::toText(mfa.toJson())});
}

Expected<QList<UserPool>, PoolError> PoolStore::listPools(const QString& afterId, int limit)
{
    auto query = run(QStringLiteral("SELECT data FROM pools WHERE id > ? ORDER BY id LIMIT ?"),
                     {afterId, limit});
    if (!query) {
        return query.failure();
    }
    QList<UserPool> pools;
    while (query->next()) {
        pools.append(UserPool::fromJson(json::fromText(query->value(0).toString())));
    }
    return pools;
}

Expected<void, PoolError> PoolStore::deleteUserPool(const QString& poolId)
{
    if (auto done = exec(QStringLiteral("DELETE FROM pools WHERE id = ?"), {poolId}); !done) {
        return done;
    }
    // Every table but pools keys its rows by pool_id; a new table holding a pool's rows is added
    // here with it.
    for (const char* table :
         {"clients", "users", "sessions", "outbox", "auth_events", "devices", "risk_configs",
          "refresh_tokens", "sign_in_failures", "webauthn_credentials", "webauthn_challenges"}) {
        if (auto done =
                exec(QStringLiteral("DELETE FROM %1 WHERE pool_id = ?").arg(QLatin1String(table)),
                     {poolId});
            !done) {
            return done;
        }
    }
    return {};
}

Expected<void, PoolError> PoolStore::saveMfaConfig(const QString& poolId, const MfaConfig& config)
{
    return exec(QStringLiteral("UPDATE pools SET mfa = ? WHERE id = ?"),
                {json::toText(config.toJson()), poolId});
}

Expected<void, PoolError> PoolStore::createClient(const QString& poolId,
                                                  const UserPoolClient& client)
{
    return exec(QStringLiteral("INSERT INTO clients (id, pool_id, data) VALUES (?, ?, ?)"),
                {client.clientId, poolId, json::toText(client.toJson())});
}

Expected<QList<UserPoolClient>, PoolError> PoolStore::listClients(const QString& poolId)
{
    auto query =
        run(QStringLiteral("SELECT data FROM clients WHERE pool_id = ? ORDER BY id"), {poolId});
    if (!query) {
        return query.failure();
    }
    QList<UserPoolClient> clients;
    while (query->next()) {
        clients.append(UserPoolClient::fromJson(json::fromText(query->value(0).toString())));
    }
    return clients;
}

} // namespace tessera::pool::local
