// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInSessions.h"

#include <QJsonObject>

#include <optional>

namespace tessera::pool::local {

// Device SRP, as Cognito asks it of a remembered device: after the password, a sign-in whose
// DEVICE_KEY names a device the user confirmed (ConfirmDevice) and remembers is challenged with
// DEVICE_SRP_AUTH; the client's SRP_A gets DEVICE_PASSWORD_VERIFIER (SALT, SRP_B,
// SECRET_BLOCK), and its PASSWORD_CLAIM_SIGNATURE is checked with Cognito's SRP-6a variant, the
// device group key in place of the pool name and the device key in place of the user. Only then
// does the device count as remembered, so that MFA may be skipped.
class DeviceSignIn
{
public:
    static const QString kDeviceSrpAuth;
    static const QString kDevicePasswordVerifier;

    DeviceSignIn(EngineServices& services, SignInSessions& sessions)
        : m_services(services), m_sessions(sessions)
    {}

    // Whether the attempt's device must prove itself before MFA is decided.
    bool wantsProof(const SignInAttempt& attempt);
    // The DEVICE_SRP_AUTH challenge.
    PoolResult challenge(SignInAttempt& attempt);
    // DEVICE_SRP_AUTH answered (DEVICE_KEY, SRP_A): the DEVICE_PASSWORD_VERIFIER challenge.
    PoolResult srpStep(SignInAttempt& attempt, const QJsonObject& responses);
    // DEVICE_PASSWORD_VERIFIER answered: nothing when the claim holds (the caller carries on to
    // MFA), else the refusal, the sign-in ended.
    std::optional<PoolResult> verifierStep(SignInAttempt& attempt, const QJsonObject& responses);

private:
    // The attempt's device, when it is the user's, confirmed with a verifier.
    std::optional<DeviceRecord> confirmedDevice(const SignInAttempt& attempt);

    EngineServices& m_services;
    SignInSessions& m_sessions;
};

} // namespace tessera::pool::local
