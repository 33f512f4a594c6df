// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInLab.h"

#include "JwtClaims.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::pool::lab {

namespace {

const QString kTotp = QStringLiteral("SOFTWARE_TOKEN_MFA");
const QString kSms = QStringLiteral("SMS_MFA");
const QString kEmail = QStringLiteral("EMAIL_OTP");
const QString kLabError = QStringLiteral("Lab");

bool isCodeChallenge(const QString& name)
{
    return name == kTotp || name == kSms || name == kEmail;
}

QString codeKey(const QString& challenge)
{
    if (challenge == kSms) {
        return QStringLiteral("SMS_MFA_CODE");
    }
    if (challenge == kEmail) {
        return QStringLiteral("EMAIL_OTP_CODE");
    }
    return QStringLiteral("SOFTWARE_TOKEN_MFA_CODE");
}

QStringList listParameter(const Challenge& challenge, const QString& name)
{
    QStringList items;
    const QJsonArray array =
        QJsonDocument::fromJson(challenge.parameters.value(name).toUtf8()).array();
    for (const QJsonValue& item : array) {
        items.append(item.toString());
    }
    return items;
}

// The secret as the text a request carries; the request is sent and dropped at once.
QString requestText(const crypto::SecureBytes& secret)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(secret.data()),
                             qsizetype(secret.size()));
}

} // namespace

crypto::SecureBytes secretText(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::SecureBytes secret = crypto::SecureBytes::fromView(utf8);
    // The temporary copy is wiped too, as UnlockView does with the typed vault password.
    utf8.fill('\0');
    return secret;
}

SignInLab::SignInLab(LabScenario scenario, CodeProvider& codes, otp::Clock clock)
    : m_scenario(std::move(scenario)), m_codes(codes), m_clock(std::move(clock))
{}

std::optional<LabRequest> SignInLab::start()
{
    const LabScenario& s = m_scenario;
    QJsonObject parameters{{QStringLiteral("USERNAME"), s.username}};
    if (s.authFlow == QLatin1String("USER_SRP_AUTH")) {
        m_srp = srp::Client::create();
        if (!m_srp) {
            return stop(kLabError, tr("could not make SRP values (OpenSSL failed)"), {});
        }
        parameters.insert(QStringLiteral("SRP_A"), m_srp->publicHex());
    } else if (s.authFlow == QLatin1String("USER_PASSWORD_AUTH")) {
        parameters.insert(QStringLiteral("PASSWORD"), requestText(s.password));
    } else {
        return stop(
            kLabError,
            tr("the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1").arg(s.authFlow),
            {});
    }
    if (!s.context.rememberedDeviceKey.isEmpty()) {
        parameters.insert(QStringLiteral("DEVICE_KEY"), s.context.rememberedDeviceKey);
    }
    QJsonObject context;
    if (!s.context.ipAddress.isEmpty()) {
        context.insert(QStringLiteral("IpAddress"), s.context.ipAddress);
    }
    if (!s.context.newDeviceName.isEmpty()) {
        context.insert(QStringLiteral("EncodedData"), s.context.newDeviceName);
    }
    if (!s.context.userAgent.isEmpty()) {
        context.insert(
            QStringLiteral("HttpHeaders"),
            QJsonArray{QJsonObject{{QStringLiteral("headerName"), QStringLiteral("User-Agent")},
                                   {QStringLiteral("headerValue"), s.context.userAgent}}});
    }
    QJsonObject body{{QStringLiteral("AuthFlow"), s.authFlow},
                     {QStringLiteral("ClientId"), s.clientId},
                     {QStringLiteral("AuthParameters"), parameters}};
    if (!context.isEmpty()) {
        body.insert(QStringLiteral("UserContextData"), context);
    }
    return send({QStringLiteral("InitiateAuth"), body});
}

std::optional<LabRequest> SignInLab::send(LabRequest request, QString codeSource)
{
    if (++m_requests > kMaxRequests) {
        return stop(kLabError,
                    tr("the sign-in did not finish within %n requests", nullptr, kMaxRequests),
                    tr("The service keeps asking; read the steps for the loop."));
    }
    m_steps.append(LabStep{request.operation, masked(request.body), {}, std::move(codeSource), {}});
    return request;
}

void SignInLab::recordAnswer(const PoolResult& answer, const QString& summary)
{
    if (m_steps.isEmpty()) {
        return;
    }
    LabStep& step = m_steps.last();
    step.answer = answer ? masked(*answer) : answer.failure().toJson();
    QString what = step.operation;
    if (step.operation == QLatin1String("InitiateAuth")) {
        what = tr("%1 (%2)").arg(step.operation, m_scenario.authFlow);
    } else if (step.operation == QLatin1String("RespondToAuthChallenge")) {
        what = tr("%1 (%2)").arg(step.operation,
                                 step.request.value(QStringLiteral("ChallengeName")).toString());
    }
    step.summary = answer ? tr("%1: %2").arg(what, summary)
                          : tr("%1: refused with %2: %3")
                                .arg(what, answer.failure().type, answer.failure().message);
}

std::optional<LabRequest> SignInLab::next(const PoolResult& answer)
{
    if (m_outcome.end != LabOutcome::End::Running) {
        return std::nullopt;
    }
    if (m_setup) {
        return continueSetup(answer);
    }
    if (m_confirming) {
        // The sign-in itself succeeded; a device the pool did not confirm is only not kept.
        m_confirming = false;
        recordAnswer(answer, tr("the device is remembered"));
        if (!answer) {
            m_outcome.newDeviceKey.clear();
            m_newDevice.reset();
        }
        m_outcome.end = LabOutcome::End::Authenticated;
        return std::nullopt;
    }
    if (!answer) {
        recordAnswer(answer, {});
        const PoolError& error = answer.failure();
        const bool wrongCode = error.type == QLatin1String("CodeMismatchException") ||
                               error.type == QLatin1String("ExpiredCodeException");
        if (wrongCode && m_scenario.retryWrongCodes && m_pending &&
            isCodeChallenge(m_pending->name)) {
            // The session carries on after a wrong code: try the provider's next one.
            return askCode(*m_pending);
        }
        return stop(error.type, error.message, advice(error));
    }
    const AuthResponse response = AuthResponse::fromJson(*answer);
    if (response.result) {
        recordAnswer(answer, tr("authenticated"));
        return authenticated(*response.result);
    }
    if (response.challenge) {
        recordAnswer(answer, tr("challenge %1").arg(response.challenge->name));
        return answerChallenge(*response.challenge);
    }
    recordAnswer(answer, tr("neither a challenge nor tokens"));
    return stop(kLabError, tr("the service answered with neither a challenge nor tokens"), {});
}

std::optional<LabRequest> SignInLab::answerChallenge(const Challenge& challenge)
{
    m_pending = challenge;
    const QString& name = challenge.name;
    if (name == QLatin1String("PASSWORD_VERIFIER")) {
        if (!m_srp) {
            return stop(kLabError,
                        tr("PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run "
                           "did not start"),
                        {});
        }
        auto responses = m_srp->passwordVerifierResponses(
            m_scenario.userPoolId, requestText(m_scenario.password), challenge.parameters,
            QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC));
        if (!responses) {
            return stop(kLabError,
                        tr("PASSWORD_VERIFIER: the service sent SRP values that are not valid"),
                        {});
        }
        return respond(challenge, *responses, tr("SRP"));
    }
    if (name == QLatin1String("DEVICE_SRP_AUTH") ||
        name == QLatin1String("DEVICE_PASSWORD_VERIFIER")) {
        return answerDevice(challenge);
    }
    if (name == QLatin1String("NEW_PASSWORD_REQUIRED")) {
        if (m_scenario.newPassword.isEmpty()) {
            return stop(kLabError,
                        tr("NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password")
                            .arg(m_scenario.username),
                        tr("Give the lab a new password for the user, or set a permanent test "
                           "password (AdminSetUserPassword, Permanent)."));
        }
        return respond(challenge,
                       {{QStringLiteral("NEW_PASSWORD"), requestText(m_scenario.newPassword)}});
    }
    if (name == QLatin1String("MFA_SETUP")) {
        if (!m_scenario.setUpMfa) {
            return stop(kLabError,
                        tr("MFA_SETUP: the pool requires MFA and %1 has no factor yet")
                            .arg(m_scenario.username),
                        tr("Set up an authenticator for the user first."));
        }
        if (!listParameter(challenge, QStringLiteral("MFAS_CAN_SETUP")).contains(kTotp)) {
            return stop(kLabError,
                        tr("MFA_SETUP offers no authenticator app (TOTP), the only factor the "
                           "lab can set up"),
                        tr("Turn authenticator apps on in the pool's MFA policy."));
        }
        EnrolmentBridge::Options options;
        options.session = challenge.session;
        options.issuer = m_scenario.setupIssuer;
        options.account = m_scenario.username;
        m_setup = std::make_unique<EnrolmentBridge>(options, m_clock);
        const auto request = m_setup->start();
        if (!request) {
            return stop(m_setup->failure().type, m_setup->failure().message, {});
        }
        return send(*request);
    }
    if (name == QLatin1String("SELECT_MFA_TYPE")) {
        const QStringList offered = listParameter(challenge, QStringLiteral("MFAS_CAN_CHOOSE"));
        QString choice;
        if (offered.contains(m_scenario.preferredFactor)) {
            choice = m_scenario.preferredFactor;
        }
        for (qsizetype i = 0; choice.isEmpty() && i < offered.size(); ++i) {
            if (m_codes.canAnswer(offered[i])) {
                choice = offered[i];
            }
        }
        if (choice.isEmpty() && m_scenario.pauseForCodes && !offered.isEmpty()) {
            choice = offered.first(); // the person will be asked for its code
        }
        if (choice.isEmpty()) {
            return stop(kLabError,
                        tr("SELECT_MFA_TYPE offers %1, and the lab has no code for any of them")
                            .arg(offered.join(QStringLiteral(", "))),
                        tr("Link a vault entry to the user, or type the code."));
        }
        return respond(challenge, {{QStringLiteral("ANSWER"), choice}});
    }
    if (isCodeChallenge(name)) {
        return askCode(challenge);
    }
    return stop(kLabError, tr("the lab cannot answer the challenge %1").arg(name), {});
}

std::optional<LabRequest> SignInLab::askCode(const Challenge& challenge)
{
    auto code = m_codes.code(challenge.name, challenge.parameters);
    if (!code && m_scenario.pauseForCodes) {
        m_waiting = CodeWait{challenge.name, code.error()};
        return std::nullopt;
    }
    if (!code) {
        return stop(kLabError, code.error(),
                    tr("Link a vault entry to the user, or type the code."));
    }
    return respond(challenge, {{codeKey(challenge.name), code->code}}, code->source);
}

std::optional<LabRequest> SignInLab::answerWith(LabCode code)
{
    if (!m_waiting || !m_pending || m_outcome.end != LabOutcome::End::Running) {
        return std::nullopt;
    }
    m_waiting.reset();
    return respond(*m_pending, {{codeKey(m_pending->name), code.code}}, std::move(code.source));
}

std::optional<LabRequest> SignInLab::respond(const Challenge& challenge, QJsonObject responses,
                                             QString codeSource)
{
    if (!responses.contains(QStringLiteral("USERNAME"))) {
        responses.insert(
            QStringLiteral("USERNAME"),
            challenge.parameters.value(QStringLiteral("USER_ID_FOR_SRP"), m_scenario.username));
    }
    return send({QStringLiteral("RespondToAuthChallenge"),
                 {{QStringLiteral("ClientId"), m_scenario.clientId},
                  {QStringLiteral("ChallengeName"), challenge.name},
                  {QStringLiteral("Session"), challenge.session},
                  {QStringLiteral("ChallengeResponses"), responses}}},
                std::move(codeSource));
}

std::optional<LabRequest> SignInLab::continueSetup(const PoolResult& answer)
{
    recordAnswer(answer, tr("answered"));
    const auto request = m_setup->next(answer);
    if (request) {
        return send(*request, request->operation == QLatin1String("VerifySoftwareToken")
                                  ? tr("the secret just set up")
                                  : QString());
    }
    if (!m_setup->succeeded()) {
        const PoolError error = m_setup->failure();
        m_setup.reset();
        return stop(error.type, error.message, advice(error));
    }
    m_enrolled = m_setup->takeParameters();
    Challenge setup = *m_pending;
    setup.session = m_setup->session();
    m_setup.reset();
    return respond(setup, {});
}

std::optional<LabRequest> SignInLab::authenticated(const AuthResult& result)
{
    m_tokens = result;
    m_outcome.end = LabOutcome::End::Authenticated;
    m_outcome.expiresIn = result.expiresIn;
    m_outcome.newDeviceKey = result.deviceKey;
    m_outcome.newDeviceGroupKey = result.deviceGroupKey;
    if (const auto claims = JwtClaims::decode(result.idToken)) {
        m_outcome.idClaims = *claims;
        m_outcome.idTokenLifetime = JwtClaims::lifetime(*claims);
    }
    if (const auto claims = JwtClaims::decode(result.accessToken)) {
        m_outcome.accessClaims = *claims;
        m_outcome.accessTokenLifetime = JwtClaims::lifetime(*claims);
    }
    if (m_scenario.confirmNewDevice && !result.deviceKey.isEmpty() &&
        !result.deviceGroupKey.isEmpty()) {
        return confirmDevice(result);
    }
    return std::nullopt;
}

std::optional<LabRequest> SignInLab::confirmDevice(const AuthResult& result)
{
    // The device's own password: random, kept in wiped memory for the runs that use the device.
    const crypto::SecureBytes secret = crypto::randomSecret(40);
    crypto::SecureBytes password =
        crypto::SecureBytes::fromView(secret.view().toByteArray().toBase64());
    const auto verifier =
        srp::makeVerifier(result.deviceGroupKey, result.deviceKey, requestText(password));
    if (!verifier) {
        return std::nullopt; // authenticated all the same; the device is not remembered
    }
    m_newDevice = RememberedDevice{result.deviceKey, result.deviceGroupKey, std::move(password)};
    m_outcome.end = LabOutcome::End::Running;
    m_confirming = true;
    const auto base64 = [](const QString& hex) {
        return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toBase64());
    };
    const QJsonObject config{{QStringLiteral("PasswordVerifier"), base64(verifier->verifierHex)},
                             {QStringLiteral("Salt"), base64(verifier->saltHex)}};
    return send({QStringLiteral("ConfirmDevice"),
                 {{QStringLiteral("AccessToken"), result.accessToken},
                  {QStringLiteral("DeviceKey"), result.deviceKey},
                  {QStringLiteral("DeviceName"), m_scenario.deviceName},
                  {QStringLiteral("DeviceSecretVerifierConfig"), config}}});
}

std::optional<LabRequest> SignInLab::answerDevice(const Challenge& challenge)
{
    const QString& deviceKey = m_scenario.context.rememberedDeviceKey;
    if (deviceKey.isEmpty() || m_scenario.devicePassword.isEmpty()) {
        return stop(kLabError,
                    tr("%1: the pool asks the remembered device to prove itself with its own "
                       "password, which the lab does not have")
                        .arg(challenge.name),
                    tr("Choose a device a lab run in this window remembered, or a new device."));
    }
    if (challenge.name == QLatin1String("DEVICE_SRP_AUTH")) {
        m_deviceSrp = srp::Client::create();
        if (!m_deviceSrp) {
            return stop(kLabError, tr("could not make SRP values (OpenSSL failed)"), {});
        }
        return respond(challenge,
                       {{QStringLiteral("DEVICE_KEY"), deviceKey},
                        {QStringLiteral("SRP_A"), m_deviceSrp->publicHex()}},
                       tr("the device's password"));
    }
    const auto responses =
        m_deviceSrp
            ? m_deviceSrp->devicePasswordVerifierResponses(
                  deviceKey, m_scenario.deviceGroupKey, requestText(m_scenario.devicePassword),
                  challenge.parameters, QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC))
            : std::nullopt;
    if (!responses) {
        return stop(kLabError,
                    tr("DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid"),
                    {});
    }
    return respond(challenge, *responses, tr("the device's password"));
}

std::optional<LabRequest> SignInLab::stop(const QString& type, const QString& message,
                                          const QString& advice)
{
    m_outcome.end = LabOutcome::End::Stopped;
    m_outcome.challenge = m_pending ? m_pending->name : QString();
    m_outcome.errorType = type;
    m_outcome.message = message;
    m_outcome.advice = advice;
    return std::nullopt;
}

} // namespace tessera::pool::lab
