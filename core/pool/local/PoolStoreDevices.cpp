// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: the devices users sign in from, and which are remembered.
#include "PoolStore.h"

#include "pool/JsonFields.h"

namespace tessera::pool::local {

namespace {

DeviceRecord deviceFrom(const QSqlQuery& query)
{
    DeviceRecord device;
    device.deviceKey = query.value(0).toString();
    device.name = query.value(1).toString();
    device.created = query.value(2).toLongLong();
    device.lastSeen = query.value(3).toLongLong();
    device.rememberedUntil = query.value(4).toLongLong();
    device.lastIp = query.value(5).toString();
    device.groupKey = query.value(6).toString();
    device.srpSalt = query.value(7).toString();
    device.srpVerifier = query.value(8).toString();
    return device;
}

} // namespace

Expected<void, PoolError> PoolStore::addDevice(const QString& poolId, const QString& username,
                                               const DeviceRecord& device)
{
    return exec(
        QStringLiteral("INSERT INTO devices (device_key, pool_id, username, name, created, "
                       "last_seen, remembered_until, last_ip, group_key, srp_salt, srp_verifier) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {device.deviceKey, poolId, username, device.name, device.created, device.lastSeen,
         device.rememberedUntil, device.lastIp, device.groupKey, device.srpSalt,
         device.srpVerifier});
}

Expected<std::optional<DeviceRecord>, PoolError>
PoolStore::loadDevice(const QString& deviceKey, const QString& poolId, const QString& username)
{
    auto query = run(
        QStringLiteral("SELECT device_key, name, created, last_seen, "
                       "remembered_until, last_ip, group_key, srp_salt, srp_verifier FROM devices "
                       "WHERE device_key = ? AND pool_id = ? AND username = ?"),
        {deviceKey, poolId, username});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return std::optional<DeviceRecord>();
    }
    return std::optional<DeviceRecord>(deviceFrom(*query));
}

Expected<QList<DeviceRecord>, PoolError> PoolStore::listDevices(const QString& poolId,
                                                                const QString& username)
{
    auto query = run(
        QStringLiteral("SELECT device_key, name, created, last_seen, "
                       "remembered_until, last_ip, group_key, srp_salt, srp_verifier FROM devices "
                       "WHERE pool_id = ? AND username = ? ORDER BY created"),
        {poolId, username});
    if (!query) {
        return query.failure();
    }
    QList<DeviceRecord> devices;
    while (query->next()) {
        devices.append(deviceFrom(*query));
    }
    return devices;
}

Expected<void, PoolError> PoolStore::touchDevice(const QString& deviceKey, qint64 lastSeen,
                                                 const QString& lastIp)
{
    return exec(
        QStringLiteral("UPDATE devices SET last_seen = ?, last_ip = ? WHERE device_key = ?"),
        {lastSeen, lastIp, deviceKey});
}

Expected<void, PoolError> PoolStore::confirmDevice(const QString& deviceKey,
                                                   const DeviceRecord& confirmed)
{
    return exec(QStringLiteral("UPDATE devices SET name = ?, srp_salt = ?, srp_verifier = ?, "
                               "remembered_until = ? WHERE device_key = ?"),
                {confirmed.name, confirmed.srpSalt, confirmed.srpVerifier,
                 confirmed.rememberedUntil, deviceKey});
}

Expected<void, PoolError> PoolStore::setDeviceRememberedUntil(const QString& deviceKey,
                                                              qint64 rememberedUntil)
{
    return exec(QStringLiteral("UPDATE devices SET remembered_until = ? WHERE device_key = ?"),
                {rememberedUntil, deviceKey});
}

Expected<void, PoolError> PoolStore::deleteDevice(const QString& deviceKey, const QString& poolId,
                                                  const QString& username)
{
    return exec(QStringLiteral("DELETE FROM devices WHERE device_key = ? AND pool_id = ? AND "
                               "username = ?"),
                {deviceKey, poolId, username});
}

} // namespace tessera::pool::local
