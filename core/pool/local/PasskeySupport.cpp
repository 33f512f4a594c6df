// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasskeySupport.h"

#include "pool/SignInPolicy.h"

#include <QJsonDocument>

namespace tessera::pool::local {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

Expected<webauthn::RelyingParty, PoolError> PasskeySupport::relyingParty(const QString& poolId)
{
    const auto pool = m_services.store.loadPool(poolId);
    if (!pool) {
        return pool.failure();
    }
    if (!pool->signInPolicy.allows(QString::fromLatin1(firstFactors::kWebAuthn))) {
        return PoolError{
            QStringLiteral("WebAuthnNotEnabledException"),
            QStringLiteral("Passkeys are not enabled for this user pool: add WEB_AUTHN "
                           "to Policies.SignInPolicy.AllowedFirstAuthFactors.")};
    }
    const auto mfa = m_services.store.loadMfaConfig(poolId);
    if (!mfa) {
        return mfa.failure();
    }
    if (!mfa->webAuthn || mfa->webAuthn->relyingPartyId.isEmpty()) {
        return PoolError{QStringLiteral("WebAuthnConfigurationMissingException"),
                         QStringLiteral("The user pool has no passkey relying party ID: set "
                                        "WebAuthnConfiguration.RelyingPartyId with "
                                        "SetUserPoolMfaConfig.")};
    }
    return webauthn::RelyingParty{mfa->webAuthn->relyingPartyId,
                                  {},
                                  mfa->webAuthn->userVerification == UserVerification::Required};
}

Expected<QString, PoolError> PasskeySupport::issueChallenge(const QString& poolId,
                                                            const QString& username,
                                                            const QString& purpose)
{
    const QString challenge = m_services.randomToken(32);
    if (challenge.isEmpty()) {
        return PoolError::internal(QStringLiteral("the random source failed"));
    }
    if (auto done = m_services.store.saveWebAuthnChallenge(
            {challenge, poolId, username, purpose, m_services.now() + kChallengeSeconds});
        !done) {
        return done.failure();
    }
    return challenge;
}

Expected<QByteArray, PoolError> PasskeySupport::takeChallenge(const QByteArray& clientDataJson,
                                                              const QString& poolId,
                                                              const QString& username,
                                                              const QString& purpose)
{
    const QString answered = QJsonDocument::fromJson(clientDataJson)
                                 .object()
                                 .value(QStringLiteral("challenge"))
                                 .toString();
    const PoolError notFound{QStringLiteral("WebAuthnChallengeNotFoundException"),
                             QStringLiteral("The passkey answers a challenge that was not issued "
                                            "for this step, was used already or has expired: "
                                            "start again.")};
    if (answered.isEmpty()) {
        return notFound;
    }
    auto taken = m_services.store.takeWebAuthnChallenge(answered, m_services.now());
    if (!taken) {
        return taken.failure();
    }
    const auto& record = *taken;
    if (!record || record->poolId != poolId || record->username != username ||
        record->purpose != purpose || record->expires <= m_services.now()) {
        return notFound;
    }
    return QByteArray::fromBase64(answered.toLatin1(), QByteArray::Base64UrlEncoding);
}

PoolError PasskeySupport::poolError(const webauthn::WebAuthnError& error)
{
    using webauthn::Refusal;
    switch (error.reason) {
    case Refusal::ChallengeMismatch:
    case Refusal::ChallengeUnknown:
        return {QStringLiteral("WebAuthnChallengeNotFoundException"), error.message};
    case Refusal::RpIdMismatch:
        return {QStringLiteral("WebAuthnRelyingPartyMismatchException"), error.message};
    case Refusal::OriginMismatch:
        return {QStringLiteral("WebAuthnOriginNotAllowedException"), error.message};
    case Refusal::UnsupportedAlgorithm:
    case Refusal::UnsupportedAttestation:
        return {QStringLiteral("WebAuthnCredentialNotSupportedException"), error.message};
    case Refusal::UserNotPresent:
    case Refusal::UserNotVerified:
    case Refusal::BadSignature:
    case Refusal::SignCountNotIncreased:
    case Refusal::UnknownCredential:
        return PoolError::notAuthorized(error.message);
    case Refusal::Malformed:
    case Refusal::WrongType:
    case Refusal::BadKey:
        break;
    }
    return PoolError::invalidParameter(error.message);
}

Expected<QByteArray, PoolError> PasskeySupport::base64UrlMember(const QJsonObject& object,
                                                                const QString& name,
                                                                const QString& member)
{
    const QString text = object.value(name).toString();
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (text.isEmpty() || !decoded) {
        return PoolError::invalidParameter(
            QStringLiteral("%1 must be Base64url text, as WebAuthn's JSON forms carry it.")
                .arg(member));
    }
    return *decoded;
}

QString PasskeySupport::base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(kBase64Url));
}

} // namespace tessera::pool::local
