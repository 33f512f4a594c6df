// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasskeyLab.h"

#include "crypto/Digest.h"
#include "pool/WebAuthnConfig.h"
#include "pool/webauthn/AuthenticatorData.h"
#include "pool/webauthn/CeremonyVerifier.h"
#include "pool/webauthn/ClientData.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::pool::lab {

namespace {

const QString kLabError = QStringLiteral("Lab");
const QString kWebAuthn = QStringLiteral("WEB_AUTHN");

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// "a379a6f6…" - enough of a value to recognise it in a trace.
QString shortHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.left(4).toHex()) + QStringLiteral("…");
}

} // namespace

PasskeyLab::PasskeyLab(Options options) : m_options(std::move(options)) {}

PasskeyLab::~PasskeyLab() = default;

std::optional<LabRequest> PasskeyLab::start()
{
    m_key = webauthn::SoftwareAuthenticator::create();
    if (!m_key) {
        return stop(kLabError, tr("could not make a passkey (OpenSSL failed)"));
    }
    m_stage = Stage::Register;
    return send({QStringLiteral("StartWebAuthnRegistration"),
                 {{QStringLiteral("AccessToken"), m_options.accessToken}}});
}

std::optional<LabRequest> PasskeyLab::send(LabRequest request)
{
    m_steps.append(LabStep{request.operation, masked(request.body), {}, {}, {}});
    return request;
}

std::optional<LabRequest> PasskeyLab::next(const PoolResult& answer)
{
    if (m_outcome.end != LabOutcome::End::Running || m_steps.isEmpty()) {
        return std::nullopt;
    }
    LabStep& step = m_steps.last();
    step.answer = answer ? masked(*answer) : answer.failure().toJson();
    step.summary = answer
                       ? tr("%1: answered").arg(step.operation)
                       : tr("%1: refused with %2: %3")
                             .arg(step.operation, answer.failure().type, answer.failure().message);
    if (!answer) {
        if (m_stage == Stage::Delete) {
            // Signed in already; the throwaway passkey outlives the run, said so.
            m_outcome.end = LabOutcome::End::Authenticated;
            m_outcome.advice = tr("The lab's passkey could not be deleted (%1); delete it in the "
                                  "user's passkeys.")
                                   .arg(answer.failure().message);
            return std::nullopt;
        }
        QString advice;
        if (answer.failure().type == QLatin1String("WebAuthnNotEnabledException") ||
            answer.failure().type == QLatin1String("WebAuthnConfigurationMissingException")) {
            advice = tr("Turn passkeys on in the pool's sign-in settings and give the relying "
                        "party ID.");
        } else if (answer.failure().message.contains(QLatin1String("USER_AUTH"))) {
            advice = tr("Allow the app client the choice-based flow (ALLOW_USER_AUTH).");
        }
        return stop(answer.failure().type, answer.failure().message, advice);
    }
    switch (m_stage) {
    case Stage::Register:
        return complete(*answer);
    case Stage::Complete:
        return initiate();
    case Stage::Initiate:
    case Stage::Answer:
        return answerChallenge(*answer);
    case Stage::Delete:
        m_stage = Stage::Done;
        m_outcome.end = LabOutcome::End::Authenticated;
        return std::nullopt;
    case Stage::Done:
        break;
    }
    return std::nullopt;
}

std::optional<LabRequest> PasskeyLab::complete(const QJsonObject& answer)
{
    const QJsonObject options =
        answer.value(QStringLiteral("CredentialCreationOptions")).toObject();
    m_relyingParty =
        options.value(QStringLiteral("rp")).toObject().value(QStringLiteral("id")).toString();
    const QByteArray challenge = unb64(options.value(QStringLiteral("challenge")));
    if (m_relyingParty.isEmpty() || challenge.isEmpty()) {
        return stop(kLabError, tr("the creation options name no relying party or challenge"));
    }
    const QByteArray userHandle =
        unb64(options.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")));
    const auto registration = m_key->makeCredential(m_relyingParty, challenge, userHandle, {});
    if (const auto data = webauthn::AuthenticatorData::parse(registration.authenticatorData)) {
        m_registeredCount = data->signCount;
    }
    const QJsonObject credential{
        {QStringLiteral("id"), b64(registration.credentialId)},
        {QStringLiteral("rawId"), b64(registration.credentialId)},
        {QStringLiteral("type"), QStringLiteral("public-key")},
        {QStringLiteral("authenticatorAttachment"), QStringLiteral("cross-platform")},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("clientDataJSON"), b64(registration.clientDataJson)},
                     {QStringLiteral("attestationObject"), b64(registration.attestationObject)},
                     {QStringLiteral("transports"), QJsonArray{QStringLiteral("usb")}}}}};
    m_stage = Stage::Complete;
    return send({QStringLiteral("CompleteWebAuthnRegistration"),
                 {{QStringLiteral("AccessToken"), m_options.accessToken},
                  {QStringLiteral("Credential"), credential}}});
}

std::optional<LabRequest> PasskeyLab::initiate()
{
    m_stage = Stage::Initiate;
    return send({QStringLiteral("InitiateAuth"),
                 {{QStringLiteral("AuthFlow"), QStringLiteral("USER_AUTH")},
                  {QStringLiteral("ClientId"), m_options.clientId},
                  {QStringLiteral("AuthParameters"),
                   QJsonObject{{QStringLiteral("USERNAME"), m_options.username},
                               {QStringLiteral("PREFERRED_CHALLENGE"), kWebAuthn}}}}});
}

std::optional<LabRequest> PasskeyLab::answerChallenge(const QJsonObject& answer)
{
    const AuthResponse response = AuthResponse::fromJson(answer);
    if (response.result) {
        m_tokens = *response.result;
        m_steps.last().summary = tr("%1: authenticated").arg(m_steps.last().operation);
        return cleanUp();
    }
    if (!response.challenge) {
        return stop(kLabError, tr("the service answered with neither a challenge nor tokens"));
    }
    const Challenge& challenge = *response.challenge;
    m_steps.last().summary = tr("%1: challenge %2").arg(m_steps.last().operation, challenge.name);
    QJsonObject responses{{QStringLiteral("USERNAME"), m_options.username}};
    if (challenge.name == QLatin1String("SELECT_CHALLENGE") && m_stage == Stage::Initiate) {
        if (!answer.value(QStringLiteral("AvailableChallenges"))
                 .toArray()
                 .contains(QJsonValue(kWebAuthn))) {
            return stop(
                kLabError,
                tr("SELECT_CHALLENGE does not offer WEB_AUTHN to %1").arg(m_options.username),
                tr("Allow passkeys (WEB_AUTHN) among the pool's first factors."));
        }
        responses.insert(QStringLiteral("ANSWER"), kWebAuthn);
    } else if (challenge.name == kWebAuthn) {
        const QJsonObject options =
            QJsonDocument::fromJson(
                challenge.parameters.value(QStringLiteral("CREDENTIAL_REQUEST_OPTIONS")).toUtf8())
                .object();
        const auto assertion =
            m_key->getAssertion(options.value(QStringLiteral("rpId")).toString(),
                                unb64(options.value(QStringLiteral("challenge"))), {}, {});
        if (!check(options, assertion)) {
            return stop(kLabError,
                        tr("the assertion failed the lab's own checks; it was not sent"));
        }
        const QJsonObject credential{
            {QStringLiteral("id"), b64(assertion.credentialId)},
            {QStringLiteral("rawId"), b64(assertion.credentialId)},
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("clientDataJSON"), b64(assertion.clientDataJson)},
                         {QStringLiteral("authenticatorData"), b64(assertion.authenticatorData)},
                         {QStringLiteral("signature"), b64(assertion.signature)}}}};
        responses.insert(QStringLiteral("CREDENTIAL"), compact(credential));
    } else {
        return stop(kLabError, tr("the lab cannot answer the challenge %1").arg(challenge.name));
    }
    m_stage = Stage::Answer;
    return send({QStringLiteral("RespondToAuthChallenge"),
                 {{QStringLiteral("ClientId"), m_options.clientId},
                  {QStringLiteral("ChallengeName"), challenge.name},
                  {QStringLiteral("Session"), challenge.session},
                  {QStringLiteral("ChallengeResponses"), responses}}});
}

bool PasskeyLab::check(const QJsonObject& requestOptions,
                       const webauthn::SoftwareAuthenticator::Assertion& assertion)
{
    const QString rpId = requestOptions.value(QStringLiteral("rpId")).toString();
    const bool requireUv = requestOptions.value(QStringLiteral("userVerification")).toString() ==
                           QLatin1String("required");
    const webauthn::RelyingParty party{rpId, {}, requireUv};
    const QJsonObject client = QJsonDocument::fromJson(assertion.clientDataJson).object();
    const QString issued = requestOptions.value(QStringLiteral("challenge")).toString();
    const QString answered = client.value(QStringLiteral("challenge")).toString();
    m_checks.append(
        {QStringLiteral("challenge"),
         tr("clientDataJSON.challenge %1 is the one the service issued (%2), for "
            "type %3")
             .arg(answered.left(10) + QStringLiteral("…"), issued.left(10) + QStringLiteral("…"),
                  client.value(QStringLiteral("type")).toString()),
         !issued.isEmpty() && answered == issued &&
             client.value(QStringLiteral("type")).toString() == webauthn::ClientData::kGet});
    const QString origin = client.value(QStringLiteral("origin")).toString();
    m_checks.append({QStringLiteral("origin"),
                     tr("clientDataJSON.origin %1 is https on relying party %2 or a subdomain")
                         .arg(origin, rpId),
                     webauthn::ClientData::originAllowed(origin, party)});
    const auto data = webauthn::AuthenticatorData::parse(assertion.authenticatorData);
    if (!data) {
        m_checks.append({QStringLiteral("authenticatorData"), data.failure().message, false});
        return false;
    }
    const QByteArray expectedHash = crypto::sha256(rpId.toUtf8());
    m_checks.append({QStringLiteral("rpIdHash"),
                     tr("authenticatorData.rpIdHash %1 is SHA-256(\"%2\") %3")
                         .arg(shortHex(data->rpIdHash), rpId, shortHex(expectedHash)),
                     data->rpIdHash == expectedHash});
    const bool up = data->has(webauthn::AuthenticatorData::UserPresent);
    const bool uv = data->has(webauthn::AuthenticatorData::UserVerified);
    m_checks.append({QStringLiteral("flags"),
                     tr("UP (user present) %1, UV (user verified) %2; the pool %3 verification")
                         .arg(up ? tr("set") : tr("clear"), uv ? tr("set") : tr("clear"),
                              requireUv ? tr("requires") : tr("prefers")),
                     up && (uv || !requireUv)});
    m_checks.append({QStringLiteral("signCount"),
                     tr("signCount %1 is greater than the %2 stored at registration")
                         .arg(data->signCount)
                         .arg(m_registeredCount),
                     data->signCount > m_registeredCount || data->signCount == 0});
    const auto verified = webauthn::CeremonyVerifier(party).verifyAssertion(
        assertion.clientDataJson, assertion.authenticatorData, assertion.signature, unb64(issued),
        {assertion.credentialId, m_key->cosePublicKey(), m_registeredCount});
    m_checks.append({QStringLiteral("signature"),
                     verified ? tr("the ES256 signature over authenticatorData ‖ "
                                   "SHA-256(clientDataJSON) verifies with the registered public "
                                   "key")
                              : verified.failure().message,
                     verified.ok()});
    for (const PasskeyCheck& done : std::as_const(m_checks)) {
        if (!done.passed) {
            return false;
        }
    }
    return true;
}

std::optional<LabRequest> PasskeyLab::cleanUp()
{
    if (m_options.keepPasskey) {
        m_stage = Stage::Done;
        m_outcome.end = LabOutcome::End::Authenticated;
        return std::nullopt;
    }
    m_stage = Stage::Delete;
    return send({QStringLiteral("DeleteWebAuthnCredential"),
                 {{QStringLiteral("AccessToken"), m_options.accessToken},
                  {QStringLiteral("CredentialId"), b64(m_key->credentialId())}}});
}

std::optional<LabRequest> PasskeyLab::stop(const QString& type, const QString& message,
                                           const QString& advice)
{
    m_outcome.challenge = m_stage == Stage::Answer ? kWebAuthn : QString();
    m_stage = Stage::Done;
    m_outcome.end = LabOutcome::End::Stopped;
    m_outcome.errorType = type;
    m_outcome.message = message;
    m_outcome.advice = advice;
    return std::nullopt;
}

} // namespace tessera::pool::lab
