// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "TokenIssuer.h"
#include "pool/UserPool.h"

#include <QJsonObject>

namespace tessera::pool::local {

// Devices a user asks to be remembered, as Cognito remembers them: ConfirmDevice keeps the SRP
// verifier of the device's random password (DeviceSecretVerifierConfig) and remembers the device
// unless the pool's DeviceConfiguration waits for the user's word, which UpdateDeviceStatus (and
// AdminUpdateDeviceStatus) gives or takes back. A remembered device with a verifier proves itself
// at sign-in (DeviceSignIn) before it may skip MFA.
class RememberedDevices
{
public:
    explicit RememberedDevices(EngineServices& services) : m_services(services) {}

    PoolResult confirmDevice(const QJsonObject& request);
    PoolResult updateDeviceStatus(const QJsonObject& request);
    // GetDevice, ListDevices and ForgetDevice, each authorised by the user's access token.
    PoolResult getDevice(const QJsonObject& request);
    PoolResult listDevices(const QJsonObject& request);
    PoolResult forgetDevice(const QJsonObject& request);

    // The user's device as AWS's DeviceType: DeviceKey, DeviceAttributes (device_name,
    // device_status, last_ip_used), and its create, last-modified and last-authenticated dates.
    static QJsonObject deviceJson(const DeviceRecord& device, qint64 now);
    // {"Device": ...} for the user's device with that key; ResourceNotFound when there is none.
    static PoolResult getOne(EngineServices& services, const QString& poolId,
                             const QString& username, const QString& deviceKey);
    // One page of the user's devices, oldest first, for `operation` (ListDevices or
    // AdminListDevices: Limit, PaginationToken).
    static PoolResult listPage(EngineServices& services, const QString& operation,
                               const QString& poolId, const QString& username,
                               const QJsonObject& request);
    // Forgets the user's device: it is no longer remembered, and no longer skips MFA.
    static PoolResult forget(EngineServices& services, const QString& poolId,
                             const QString& username, const QString& deviceKey);

    // DeviceRememberedStatus ("remembered" or "not_remembered") set on the user's device.
    static PoolResult setStatus(EngineServices& services, const QString& poolId,
                                const QString& username, const QJsonObject& request);
    // Whether sign-ins through the pool are given a device key (NewDeviceMetadata): under a
    // DeviceConfiguration, as on AWS, or Tessera's remember-device policy.
    static bool tracksDevices(const UserPool& pool);
    // Until when a device remembered `now` stays so: the pool's RememberDeviceDays, else until
    // it is forgotten.
    static qint64 rememberedUntil(const UserPool& pool, qint64 now);

private:
    EngineServices& m_services;
    TokenIssuer m_tokens{m_services};
};

} // namespace tessera::pool::local
