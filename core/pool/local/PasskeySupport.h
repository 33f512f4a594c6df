// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "pool/webauthn/CeremonyVerifier.h"
#include "pool/webauthn/WebAuthnError.h"

#include <QJsonObject>

namespace tessera::pool::local {

// What passkey registration and passkey sign-in share in the local engine: the pool's relying
// party, single-use challenges, and Cognito's error names for the verifier's refusals.
class PasskeySupport
{
public:
    // How long a challenge may be answered: WebAuthn's recommended ceremony timeout.
    static constexpr qint64 kChallengeSeconds = 300;

    explicit PasskeySupport(EngineServices& services) : m_services(services) {}

    // The pool's relying party, when passkeys are on: WEB_AUTHN among its first factors
    // (WebAuthnNotEnabledException otherwise) and a relying party ID in its
    // WebAuthnConfiguration (WebAuthnConfigurationMissingException: the local engine has no
    // domain of its own to default to, as Cognito does).
    Expected<webauthn::RelyingParty, PoolError> relyingParty(const QString& poolId);

    // A fresh challenge for `purpose`, saved for `username`; Base64url.
    Expected<QString, PoolError> issueChallenge(const QString& poolId, const QString& username,
                                                const QString& purpose);
    // The challenge that `clientDataJson` answers, taken (and so spent) if it was issued for
    // this user and purpose and has not expired; WebAuthnChallengeNotFoundException otherwise.
    Expected<QByteArray, PoolError> takeChallenge(const QByteArray& clientDataJson,
                                                  const QString& poolId, const QString& username,
                                                  const QString& purpose);

    // Cognito's error for a refusal of the verifier (the message is the verifier's).
    static PoolError poolError(const webauthn::WebAuthnError& error);
    // A member of WebAuthn's JSON forms in Base64url, decoded; an InvalidParameterException
    // naming `member` when it is missing or not Base64url.
    static Expected<QByteArray, PoolError>
    base64UrlMember(const QJsonObject& object, const QString& name, const QString& member);
    static QString base64Url(const QByteArray& bytes);

private:
    EngineServices& m_services;
};

} // namespace tessera::pool::local
