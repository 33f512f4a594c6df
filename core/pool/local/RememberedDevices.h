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
