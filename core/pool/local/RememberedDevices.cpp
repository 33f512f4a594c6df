// SPDX-License-Identifier: GPL-3.0-or-later
#include "RememberedDevices.h"

#include "PageRequest.h"
#include "pool/JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

#include <limits>

namespace tessera::pool::local {

namespace {

const QString kDeviceKey = QStringLiteral("DeviceKey");

PoolError deviceNotFound()
{
    return PoolError::resourceNotFound(QStringLiteral("Device does not exist."));
}

// A DeviceSecretVerifierConfig member (Base64 of a big-endian number) as hex, or nothing.
QString hexOf(const QJsonObject& config, const QString& name)
{
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]{1,2048}={0,2}$"));
    const QString text = config.value(name).toString();
    if (!base64.match(text).hasMatch()) {
        return {};
    }
    return QString::fromLatin1(QByteArray::fromBase64(text.toLatin1()).toHex());
}

// Where a device stands in a listing (oldest first, then by key): the paging token's text.
QString listingKey(const DeviceRecord& device)
{
    return QStringLiteral("%1|%2")
        .arg(device.created, 20, 10, QLatin1Char('0'))
        .arg(device.deviceKey);
}

} // namespace

QJsonObject RememberedDevices::deviceJson(const DeviceRecord& device, qint64 now)
{
    const QMap<QString, QString> attributes{
        {QStringLiteral("device_name"), device.name},
        {QStringLiteral("last_ip_used"), device.lastIp},
        {QStringLiteral("device_status"), device.rememberedUntil > now
                                              ? QStringLiteral("remembered")
                                              : QStringLiteral("not_remembered")}};
    return QJsonObject{{QStringLiteral("DeviceKey"), device.deviceKey},
                       {QStringLiteral("DeviceAttributes"), json::attributesToJson(attributes)},
                       {QStringLiteral("DeviceCreateDate"), double(device.created)},
                       {QStringLiteral("DeviceLastModifiedDate"),
                        double(std::max(device.created, device.lastSeen))},
                       {QStringLiteral("DeviceLastAuthenticatedDate"), double(device.lastSeen)}};
}

PoolResult RememberedDevices::getOne(EngineServices& services, const QString& poolId,
                                     const QString& username, const QString& deviceKey)
{
    const auto device = services.store.loadDevice(deviceKey, poolId, username);
    if (!device) {
        return device.failure();
    }
    if (!*device) {
        return deviceNotFound();
    }
    return QJsonObject{{QStringLiteral("Device"), deviceJson(**device, services.now())}};
}

PoolResult RememberedDevices::listPage(EngineServices& services, const QString& operation,
                                       const QString& poolId, const QString& username,
                                       const QJsonObject& request)
{
    const auto page = PageRequest::of(operation, request);
    if (!page) {
        return page.failure();
    }
    auto found = services.store.listDevices(poolId, username);
    if (!found) {
        return found.failure();
    }
    // A user has a handful of devices: they are paged here rather than in SQL.
    QList<DeviceRecord> devices = std::move(*found);
    std::sort(devices.begin(), devices.end(), [](const DeviceRecord& a, const DeviceRecord& b) {
        return listingKey(a) < listingKey(b);
    });
    if (page->after()) {
        const QString after = *page->after();
        devices.removeIf([&after](const DeviceRecord& d) { return listingKey(d) <= after; });
    }
    const bool more = page->trim(devices);
    QJsonArray list;
    for (const DeviceRecord& device : std::as_const(devices)) {
        list.append(deviceJson(device, services.now()));
    }
    QJsonObject response{{QStringLiteral("Devices"), list}};
    if (more) {
        page->continueAfter(response, listingKey(devices.last()));
    }
    return response;
}

PoolResult RememberedDevices::forget(EngineServices& services, const QString& poolId,
                                     const QString& username, const QString& deviceKey)
{
    const auto found = services.store.loadDevice(deviceKey, poolId, username);
    if (!found) {
        return found.failure();
    }
    if (!*found) {
        return deviceNotFound();
    }
    if (auto done = services.store.deleteDevice(deviceKey, poolId, username); !done) {
        return done.failure();
    }
    return QJsonObject{};
}

PoolResult RememberedDevices::getDevice(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    return getOne(m_services, user->first, user->second.user.username,
                  request.value(kDeviceKey).toString());
}

PoolResult RememberedDevices::listDevices(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    return listPage(m_services, QStringLiteral("ListDevices"), user->first,
                    user->second.user.username, request);
}

PoolResult RememberedDevices::forgetDevice(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    return forget(m_services, user->first, user->second.user.username,
                  request.value(kDeviceKey).toString());
}

bool RememberedDevices::tracksDevices(const UserPool& pool)
{
    return pool.deviceConfiguration.has_value() || pool.rememberDeviceDays > 0;
}

qint64 RememberedDevices::rememberedUntil(const UserPool& pool, qint64 now)
{
    return pool.rememberDeviceDays > 0 ? now + qint64(pool.rememberDeviceDays) * 86400
                                       : std::numeric_limits<qint64>::max();
}

PoolResult RememberedDevices::confirmDevice(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    const QString& poolId = user->first;
    const QString& username = user->second.user.username;
    const QString deviceKey = request.value(kDeviceKey).toString();
    auto device = m_services.store.loadDevice(deviceKey, poolId, username);
    if (!device) {
        return device.failure();
    }
    if (!*device) {
        return deviceNotFound();
    }
    const QJsonObject config =
        request.value(QStringLiteral("DeviceSecretVerifierConfig")).toObject();
    DeviceRecord confirmed = **device;
    confirmed.srpSalt = hexOf(config, QStringLiteral("Salt"));
    confirmed.srpVerifier = hexOf(config, QStringLiteral("PasswordVerifier"));
    if (confirmed.srpSalt.isEmpty() || confirmed.srpVerifier.isEmpty()) {
        return PoolError::invalidParameter(
            QStringLiteral("DeviceSecretVerifierConfig needs PasswordVerifier and Salt, each "
                           "Base64, to remember the device (its SRP verifier, as "
                           "amazon-cognito-identity-js computes it)."));
    }
    if (request.contains(QStringLiteral("DeviceName"))) {
        confirmed.name = request.value(QStringLiteral("DeviceName")).toString();
    }
    const auto pool = m_services.store.loadPool(poolId);
    if (!pool) {
        return pool.failure();
    }
    const bool userDecides =
        pool->deviceConfiguration && pool->deviceConfiguration->deviceOnlyRememberedOnUserPrompt;
    confirmed.rememberedUntil = userDecides ? 0 : rememberedUntil(*pool, m_services.now());
    if (auto done = m_services.store.confirmDevice(deviceKey, confirmed); !done) {
        return done.failure();
    }
    return QJsonObject{{QStringLiteral("UserConfirmationNecessary"), userDecides}};
}

PoolResult RememberedDevices::updateDeviceStatus(const QJsonObject& request)
{
    auto user = m_tokens.userOf(request.value(QStringLiteral("AccessToken")).toString());
    if (!user) {
        return user.failure();
    }
    return setStatus(m_services, user->first, user->second.user.username, request);
}

PoolResult RememberedDevices::setStatus(EngineServices& services, const QString& poolId,
                                        const QString& username, const QJsonObject& request)
{
    const QString status = request.value(QStringLiteral("DeviceRememberedStatus")).toString();
    const bool remember = status == QLatin1String("remembered");
    if (!remember && status != QLatin1String("not_remembered")) {
        return PoolError::validation(status, QStringLiteral("deviceRememberedStatus"),
                                     QStringLiteral("Member must satisfy enum value set: "
                                                    "[remembered, not_remembered]"));
    }
    const QString deviceKey = request.value(kDeviceKey).toString();
    const auto device = services.store.loadDevice(deviceKey, poolId, username);
    if (!device) {
        return device.failure();
    }
    if (!*device) {
        return deviceNotFound();
    }
    const auto pool = services.store.loadPool(poolId);
    if (!pool) {
        return pool.failure();
    }
    // Under a DeviceConfiguration a remembered device must prove itself (device SRP), so it
    // needs the verifier ConfirmDevice keeps; a bare device key must not skip MFA.
    if (remember && pool->deviceConfiguration && (*device)->srpVerifier.isEmpty()) {
        return PoolError::invalidParameter(
            QStringLiteral("Device %1 is not confirmed: call ConfirmDevice with its "
                           "DeviceSecretVerifierConfig before remembering it.")
                .arg(PoolError::quotedPrefix(deviceKey)));
    }
    const qint64 until = remember ? rememberedUntil(*pool, services.now()) : 0;
    if (auto done = services.store.setDeviceRememberedUntil(deviceKey, until); !done) {
        return done.failure();
    }
    return QJsonObject{};
}

} // namespace tessera::pool::local
