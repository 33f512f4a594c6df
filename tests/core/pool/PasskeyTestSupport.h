// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the passkey tests: Base64url as WebAuthn's JSON forms carry it, the JSON a browser
// sends for a registration, and a pool with passkeys turned on.
#include "PoolTestSupport.h"
#include "pool/webauthn/SoftwareAuthenticator.h"

#include <QJsonDocument>

namespace tessera::pool::test {

inline const QString kPasskeyRpId = QStringLiteral("example.com");

inline QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

// The RegistrationResponseJSON a browser sends for `registration`.
inline QJsonObject
registrationJson(const webauthn::SoftwareAuthenticator::Registration& registration)
{
    return {{"id", b64(registration.credentialId)},
            {"rawId", b64(registration.credentialId)},
            {"type", "public-key"},
            {"authenticatorAttachment", "cross-platform"},
            {"response", QJsonObject{{"clientDataJSON", b64(registration.clientDataJson)},
                                     {"attestationObject", b64(registration.attestationObject)},
                                     {"transports", QJsonArray{"usb"}}}}};
}

// The CREDENTIAL (AuthenticationResponseJSON as text) a browser sends for the WEB_AUTHN
// challenge `challenge`, signed by `key` for `username`.
inline QString assertionFor(const QJsonObject& challenge, webauthn::SoftwareAuthenticator& key,
                            const QByteArray& username = "alice")
{
    const QJsonObject options =
        QJsonDocument::fromJson(challenge["ChallengeParameters"]
                                    .toObject()["CREDENTIAL_REQUEST_OPTIONS"]
                                    .toString()
                                    .toUtf8())
            .object();
    const auto assertion =
        key.getAssertion(options["rpId"].toString(), unb64(options["challenge"]), username, {});
    const QJsonObject credential{
        {"id", b64(assertion.credentialId)},
        {"rawId", b64(assertion.credentialId)},
        {"type", "public-key"},
        {"response", QJsonObject{{"clientDataJSON", b64(assertion.clientDataJson)},
                                 {"authenticatorData", b64(assertion.authenticatorData)},
                                 {"signature", b64(assertion.signature)},
                                 {"userHandle", b64(assertion.userHandle)}}}};
    return QString::fromUtf8(QJsonDocument(credential).toJson(QJsonDocument::Compact));
}

// WEB_AUTHN among the pool's first factors.
inline void allowPasskeySignIn(PoolFixture& fixture)
{
    fixture.ok("UpdateUserPool",
               {{"UserPoolId", fixture.poolId},
                {"Policies", QJsonObject{{"SignInPolicy",
                                          QJsonObject{{"AllowedFirstAuthFactors",
                                                       QJsonArray{"PASSWORD", "WEB_AUTHN"}}}}}}});
}

// Passkeys on: WEB_AUTHN allowed, and the relying party example.com with `verification`.
inline void enablePasskeys(PoolFixture& fixture,
                           const QString& verification = QStringLiteral("required"))
{
    allowPasskeySignIn(fixture);
    fixture.ok("SetUserPoolMfaConfig",
               {{"UserPoolId", fixture.poolId},
                {"MfaConfiguration", "OFF"},
                {"WebAuthnConfiguration", QJsonObject{{"RelyingPartyId", kPasskeyRpId},
                                                      {"UserVerification", verification}}}});
}

} // namespace tessera::pool::test
