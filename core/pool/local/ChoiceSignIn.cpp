// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceSignIn.h"

#include "pool/JsonFields.h"
#include "pool/SignInPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::pool::local {

namespace {

const QString kSelectChallenge = QStringLiteral("SELECT_CHALLENGE");
const QString kWebAuthn = QString::fromLatin1(firstFactors::kWebAuthn);
const QString kPassword = QString::fromLatin1(firstFactors::kPassword);
const QString kEmailOtp = QString::fromLatin1(firstFactors::kEmailOtp);
const QString kSmsOtp = QString::fromLatin1(firstFactors::kSmsOtp);
const QString kWebAuthnStep = QStringLiteral("WebAuthn");
// Set in the state of a session whose EMAIL_OTP or SMS_OTP is the first factor, so that it is
// told from the EMAIL_OTP of MFA after a password.
const QString kStateFirstFactor = QStringLiteral("firstFactor");
const QString kSignInPurpose = QStringLiteral("sign-in");
const QString kStateChallenge = QStringLiteral("webAuthnChallenge");

} // namespace

bool ChoiceSignIn::answers(const SignInAttempt& attempt, const QString& challengeName)
{
    if (challengeName == kEmailOtp) {
        return attempt.state.contains(kStateFirstFactor);
    }
    return challengeName == kSelectChallenge || challengeName == kWebAuthn ||
           challengeName == kSmsOtp;
}

QStringList ChoiceSignIn::available(const SignInAttempt& attempt)
{
    QStringList factors;
    if (attempt.pool.signInPolicy.allows(kPassword) && !attempt.record.passwordHash.isEmpty()) {
        factors.append(kPassword);
    }
    // A code goes only to an address the user has proven, as in Cognito.
    const auto& attributes = attempt.record.user.attributes;
    if (attempt.pool.signInPolicy.allows(kEmailOtp) &&
        attributes.value(QStringLiteral("email_verified")) == QLatin1String("true") &&
        !attributes.value(QStringLiteral("email")).isEmpty()) {
        factors.append(kEmailOtp);
    }
    if (attempt.pool.signInPolicy.allows(kSmsOtp) &&
        attributes.value(QStringLiteral("phone_number_verified")) == QLatin1String("true") &&
        !attributes.value(QStringLiteral("phone_number")).isEmpty()) {
        factors.append(kSmsOtp);
    }
    if (attempt.pool.signInPolicy.allows(kWebAuthn) &&
        m_passkeys.relyingParty(attempt.pool.id).ok()) {
        const auto credentials =
            m_services.store.listWebAuthnCredentials(attempt.pool.id, attempt.record.user.username);
        if (credentials && !credentials->isEmpty()) {
            factors.append(kWebAuthn);
        }
    }
    return factors;
}

PoolResult ChoiceSignIn::start(SignInAttempt& attempt, const QJsonObject& parameters)
{
    if (!attempt.client.allowsFlow(QStringLiteral("USER_AUTH"))) {
        return PoolError::invalidParameter(
            QStringLiteral("USER_AUTH flow not enabled for this client"));
    }
    const QString username = parameters.value(QStringLiteral("USERNAME")).toString();
    if (username.isEmpty()) {
        return PoolError::missingParameter(QStringLiteral("USERNAME"));
    }
    auto record = m_services.store.loadUser(attempt.pool.id, username);
    if (!record) {
        return record.failure();
    }
    attempt.record = std::move(*record);
    attempt.event.eventId = m_services.uuid();
    attempt.event.creationDate = m_services.now();
    attempt.event.ipAddress = attempt.ipAddress;
    attempt.event.deviceName = attempt.device;

    const QStringList choices = available(attempt);
    if (choices.isEmpty()) {
        return PoolError::notAuthorized(
            QStringLiteral("The user has no sign-in method that this user pool allows."));
    }
    // A preferred challenge the user cannot answer falls back to the choice, as in Cognito.
    const QString preferred = parameters.value(QStringLiteral("PREFERRED_CHALLENGE")).toString();
    if (choices.contains(preferred)) {
        return begin(attempt, preferred, parameters);
    }
    attempt.state = {{QStringLiteral("choices"), QJsonArray::fromStringList(choices)}};
    PoolResult challenge = m_sessions.challenge(attempt, kSelectChallenge, {});
    if (challenge) {
        challenge->insert(QStringLiteral("AvailableChallenges"),
                          QJsonArray::fromStringList(choices));
    }
    return challenge;
}

PoolResult ChoiceSignIn::begin(SignInAttempt& attempt, const QString& factor,
                               const QJsonObject& values)
{
    attempt.state = {};
    if (factor == kWebAuthn) {
        return webAuthnChallenge(attempt);
    }
    if (factor == kEmailOtp || factor == kSmsOtp) {
        return otpChallenge(attempt, factor);
    }
    const QString password = values.value(QStringLiteral("PASSWORD")).toString();
    if (password.isEmpty()) {
        return PoolError::missingParameter(QStringLiteral("PASSWORD"));
    }
    return m_steps.password(attempt, password);
}

PoolResult ChoiceSignIn::respond(SignInAttempt& attempt, const QString& challengeName,
                                 const QJsonObject& responses)
{
    if (challengeName == kWebAuthn) {
        return webAuthnAnswer(attempt, responses);
    }
    if (challengeName == kEmailOtp || challengeName == kSmsOtp) {
        return otpAnswer(attempt, challengeName, responses);
    }
    const QString answer = responses.value(QStringLiteral("ANSWER")).toString();
    const QStringList choices =
        attempt.state.value(QStringLiteral("choices")).toVariant().toStringList();
    if (!choices.contains(answer)) {
        return PoolError::invalidParameter(
            QStringLiteral("ANSWER must be one of %1, not '%2'")
                .arg(choices.join(QStringLiteral(", ")), PoolError::quotedPrefix(answer)));
    }
    return begin(attempt, answer, responses);
}

PoolResult ChoiceSignIn::webAuthnChallenge(SignInAttempt& attempt)
{
    const auto party = m_passkeys.relyingParty(attempt.pool.id);
    if (!party) {
        return party.failure();
    }
    const auto credentials =
        m_services.store.listWebAuthnCredentials(attempt.pool.id, attempt.record.user.username);
    if (!credentials) {
        return credentials.failure();
    }
    const auto challenge =
        m_passkeys.issueChallenge(attempt.pool.id, attempt.record.user.username, kSignInPurpose);
    if (!challenge) {
        return challenge.failure();
    }
    QJsonArray allow;
    for (const auto& credential : *credentials) {
        allow.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("id"), credential.credentialId},
            {QStringLiteral("transports"), QJsonArray::fromStringList(credential.transports)}});
    }
    // PublicKeyCredentialRequestOptionsJSON, ready for navigator.credentials.get().
    const QJsonObject options{{QStringLiteral("challenge"), *challenge},
                              {QStringLiteral("rpId"), party->id},
                              {QStringLiteral("timeout"), PasskeySupport::kChallengeSeconds * 1000},
                              {QStringLiteral("allowCredentials"), allow},
                              {QStringLiteral("userVerification"),
                               party->requireUserVerification ? QStringLiteral("required")
                                                              : QStringLiteral("preferred")}};
    attempt.state.insert(kStateChallenge, *challenge);
    return m_sessions.challenge(
        attempt, kWebAuthn,
        {{QStringLiteral("CREDENTIAL_REQUEST_OPTIONS"), json::toText(options)}});
}

PoolResult ChoiceSignIn::webAuthnAnswer(SignInAttempt& attempt, const QJsonObject& responses)
{
    const QString& step = kWebAuthnStep;
    const QString text = responses.value(QStringLiteral("CREDENTIAL")).toString();
    if (text.isEmpty()) {
        return PoolError::missingParameter(QStringLiteral("CREDENTIAL"));
    }
    const QJsonObject credential = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonObject response = credential.value(QStringLiteral("response")).toObject();
    const auto clientData =
        PasskeySupport::base64UrlMember(response, QStringLiteral("clientDataJSON"),
                                        QStringLiteral("CREDENTIAL.response.clientDataJSON"));
    const auto authenticatorData =
        PasskeySupport::base64UrlMember(response, QStringLiteral("authenticatorData"),
                                        QStringLiteral("CREDENTIAL.response.authenticatorData"));
    const auto signature = PasskeySupport::base64UrlMember(
        response, QStringLiteral("signature"), QStringLiteral("CREDENTIAL.response.signature"));
    for (const auto* member : {&clientData, &authenticatorData, &signature}) {
        if (!*member) {
            return member->failure();
        }
    }
    const auto party = m_passkeys.relyingParty(attempt.pool.id);
    if (!party) {
        return party.failure();
    }
    const QString username = attempt.record.user.username;
    // Within the user's passkey attempts; a lockout answers without looking at the assertion.
    if (auto allowed = m_services.attempts.allows(attempt.pool.id, username, AttemptKind::Passkey);
        !allowed) {
        return allowed.failure();
    }
    // The session's own challenge, and still unspent in the store (spent now in any case).
    const auto challenge =
        m_passkeys.takeChallenge(*clientData, attempt.pool.id, username, kSignInPurpose);
    if (!challenge) {
        return passkeyRefused(attempt, challenge.failure());
    }
    if (PasskeySupport::base64Url(*challenge) != attempt.state.value(kStateChallenge).toString()) {
        return passkeyRefused(attempt, PasskeySupport::poolError(
                                           {webauthn::Refusal::ChallengeMismatch,
                                            QStringLiteral("The passkey answers another sign-in's "
                                                           "challenge.")}));
    }
    const QString credentialId = credential.value(QStringLiteral("id")).toString();
    const auto stored = m_services.store.loadWebAuthnCredential(attempt.pool.id, credentialId);
    if (!stored) {
        return stored.failure();
    }
    if (!*stored || (*stored)->username != username) {
        return passkeyRefused(attempt, PoolError::notAuthorized(QStringLiteral(
                                           "This passkey is not registered to the user.")));
    }
    const auto verified = webauthn::CeremonyVerifier(*party).verifyAssertion(
        *clientData, *authenticatorData, *signature, *challenge,
        {QByteArray::fromBase64(credentialId.toLatin1(), QByteArray::Base64UrlEncoding),
         (*stored)->publicKey, std::uint32_t((*stored)->signCount)});
    if (!verified) {
        return passkeyRefused(attempt, PasskeySupport::poolError(verified.failure()));
    }
    if (auto done = m_services.attempts.succeeded(attempt.pool.id, username, AttemptKind::Passkey);
        !done) {
        return done.failure();
    }
    if (auto done = m_services.store.touchWebAuthnCredential(attempt.pool.id, credentialId,
                                                             verified->signCount, m_services.now());
        !done) {
        return done.failure();
    }
    return signedIn(attempt, step);
}

PoolResult ChoiceSignIn::passkeyRefused(SignInAttempt& attempt, const PoolError& error)
{
    if (auto done = m_services.attempts.failed(attempt.pool.id, attempt.record.user.username,
                                               AttemptKind::Passkey);
        !done) {
        return done.failure();
    }
    return m_sessions.fail(attempt, error, kWebAuthnStep);
}

PoolResult ChoiceSignIn::otpChallenge(SignInAttempt& attempt, const QString& factor)
{
    // No code is sent (nor an SMS paid for) to a user who could not use it.
    if (!attempt.record.user.enabled) {
        return m_sessions.fail(attempt,
                               PoolError::notAuthorized(QStringLiteral("User is disabled.")), {});
    }
    if (auto allowed = m_services.attempts.allows(attempt.pool.id, attempt.record.user.username,
                                                  AttemptKind::Code);
        !allowed) {
        return allowed.failure();
    }
    attempt.state.insert(kStateFirstFactor, factor);
    return m_code.send(
        attempt, factor == kSmsOtp ? SignInCode::Medium::Sms : SignInCode::Medium::Email, factor);
}

PoolResult ChoiceSignIn::otpAnswer(SignInAttempt& attempt, const QString& factor,
                                   const QJsonObject& responses)
{
    const QString key =
        factor == kSmsOtp ? QStringLiteral("SMS_OTP_CODE") : QStringLiteral("EMAIL_OTP_CODE");
    // The session's and the user's limits on wrong codes, as for MFA.
    if (auto refused = m_codes.runSent(attempt, responses, key)) {
        return *refused;
    }
    return signedIn(attempt,
                    factor == kSmsOtp ? QStringLiteral("SmsOtp") : QStringLiteral("EmailOtp"));
}

PoolResult ChoiceSignIn::signedIn(SignInAttempt& attempt, const QString& step)
{
    attempt.event.challengeResponses.append({step, QStringLiteral("Success")});
    m_steps.assessRisk(attempt);
    if (attempt.risk.action == RiskAction::Block) {
        return m_sessions.fail(attempt,
                               PoolError::notAuthorized(
                                   QStringLiteral("Unable to login because of security reasons.")),
                               {});
    }
    if (!attempt.record.user.enabled) {
        return m_sessions.fail(attempt,
                               PoolError::notAuthorized(QStringLiteral("User is disabled.")), {});
    }
    return m_steps.passed(attempt);
}

} // namespace tessera::pool::local
