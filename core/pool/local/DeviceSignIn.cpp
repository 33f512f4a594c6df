// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSignIn.h"

#include "pool/CognitoSrp.h"

namespace tessera::pool::local {

namespace {

const QString kUsernameKey = QStringLiteral("USERNAME");
const QString kDeviceKey = QStringLiteral("DEVICE_KEY");

} // namespace

const QString DeviceSignIn::kDeviceSrpAuth = QStringLiteral("DEVICE_SRP_AUTH");
const QString DeviceSignIn::kDevicePasswordVerifier = QStringLiteral("DEVICE_PASSWORD_VERIFIER");

std::optional<DeviceRecord> DeviceSignIn::confirmedDevice(const SignInAttempt& attempt)
{
    if (attempt.deviceKey.isEmpty()) {
        return std::nullopt;
    }
    const auto device = m_services.store.loadDevice(attempt.deviceKey, attempt.pool.id,
                                                    attempt.record.user.username);
    if (!device || !*device || (*device)->srpVerifier.isEmpty()) {
        return std::nullopt;
    }
    return **device;
}

bool DeviceSignIn::wantsProof(const SignInAttempt& attempt)
{
    const auto device = confirmedDevice(attempt);
    return device && device->rememberedUntil > m_services.now();
}

PoolResult DeviceSignIn::challenge(SignInAttempt& attempt)
{
    return m_sessions.challenge(attempt, kDeviceSrpAuth,
                                {{kUsernameKey, attempt.record.user.username}});
}

PoolResult DeviceSignIn::srpStep(SignInAttempt& attempt, const QJsonObject& responses)
{
    const QString deviceKey = responses.value(kDeviceKey).toString();
    if (deviceKey.isEmpty()) {
        return PoolError::missingParameter(kDeviceKey);
    }
    const QString clientPublic = responses.value(QStringLiteral("SRP_A")).toString();
    if (clientPublic.isEmpty()) {
        return PoolError::missingParameter(QStringLiteral("SRP_A"));
    }
    const auto device = confirmedDevice(attempt);
    if (!device || deviceKey != attempt.deviceKey) {
        return PoolError::resourceNotFound(QStringLiteral("Device does not exist."));
    }
    const auto server = srp::Server::create(device->srpVerifier, clientPublic, m_services.random);
    if (!server) {
        return PoolError::invalidParameter(QStringLiteral("SRP_A is not a valid SRP value."));
    }
    attempt.state.insert(QStringLiteral("srpA"), clientPublic);
    attempt.state.insert(QStringLiteral("srpb"), server->secretHex());
    PoolResult challenge = m_sessions.challenge(attempt, kDevicePasswordVerifier,
                                                {{QStringLiteral("SALT"), device->srpSalt},
                                                 {QStringLiteral("SRP_B"), server->publicHex()},
                                                 {kUsernameKey, attempt.record.user.username},
                                                 {kDeviceKey, deviceKey}});
    if (challenge) {
        QJsonObject sent = challenge->value(QStringLiteral("ChallengeParameters")).toObject();
        sent.insert(QStringLiteral("SECRET_BLOCK"), SignInSessions::secretBlock(attempt.sessionId));
        challenge->insert(QStringLiteral("ChallengeParameters"), sent);
    }
    return challenge;
}

std::optional<PoolResult> DeviceSignIn::verifierStep(SignInAttempt& attempt,
                                                     const QJsonObject& responses)
{
    const auto claim = SignInSessions::srpClaim(attempt, responses);
    if (!claim) {
        return claim.failure();
    }
    const auto device = confirmedDevice(attempt);
    const auto server =
        device ? srp::Server::fromSecretHex(device->srpVerifier,
                                            attempt.state.value(QStringLiteral("srpA")).toString(),
                                            attempt.state.value(QStringLiteral("srpb")).toString())
               : std::nullopt;
    for (const char* key : {"srpA", "srpb"}) {
        attempt.state.remove(QLatin1String(key));
    }
    if (!server || !server->checkClaim(device->groupKey, device->deviceKey, claim->secretBlock,
                                       claim->timestamp, claim->signature)) {
        return m_sessions.fail(
            attempt, PoolError::notAuthorized(QStringLiteral("Incorrect username or password.")),
            {});
    }
    return std::nullopt;
}

} // namespace tessera::pool::local
