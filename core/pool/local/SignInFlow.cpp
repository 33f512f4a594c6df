// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInFlow.h"

#include "crypto/Digest.h"
#include "crypto/SecureBytes.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "pool/CognitoSrp.h"
#include "pool/JsonFields.h"
#include "pool/PoolUser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::pool::local {

namespace {

const QString kUsernameKey = QStringLiteral("USERNAME");
const QString kNewPasswordRequired = QStringLiteral("NEW_PASSWORD_REQUIRED");
const QString kMfaSetup = QStringLiteral("MFA_SETUP");
const QString kSelectMfaType = QStringLiteral("SELECT_MFA_TYPE");
const QString kPasswordVerifier = QStringLiteral("PASSWORD_VERIFIER");
const QString kSms = QString::fromLatin1(factors::kSms);
const QString kTotp = QString::fromLatin1(factors::kSoftwareToken);
const QString kEmail = QString::fromLatin1(factors::kEmail);
constexpr int kTotpPeriod = 30;
constexpr int kCodeDigits = 6;

PoolError invalidSession()
{
    return PoolError::notAuthorized(QStringLiteral("Invalid session for the user."));
}

PoolError missing(const QString& name)
{
    return PoolError::invalidParameter(QStringLiteral("Missing required parameter %1").arg(name));
}

PoolError securityBlock()
{
    return PoolError::notAuthorized(QStringLiteral("Unable to login because of security reasons."));
}

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

bool sameCode(const QString& a, const QString& b)
{
    return crypto::constantTimeEquals(bytesOf(a.toLatin1()), bytesOf(b.toLatin1()));
}

// "+*******1234", as Cognito shows where a code went.
QString maskPhone(const QString& phone)
{
    return QStringLiteral("+") +
           QString(std::max<qsizetype>(0, phone.size() - 5), QLatin1Char('*')) + phone.right(4);
}

// "a***@e***".
QString maskEmail(const QString& email)
{
    const auto at = email.indexOf(QLatin1Char('@'));
    return email.left(1) + QStringLiteral("***@") + email.mid(at + 1, 1) + QStringLiteral("***");
}

QString jsonList(const QStringList& items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QString riskDecisionName(const RiskAssessment& risk)
{
    if (risk.action == RiskAction::Block) {
        return QStringLiteral("Block");
    }
    return risk.level == RiskLevel::Low ? QStringLiteral("NoRisk")
                                        : QStringLiteral("AccountTakeover");
}

// PASSWORD_VERIFIER's SECRET_BLOCK names its session, so a client that answers without Session
// (AWS gives none with this challenge) still resumes it.
QString secretBlockFor(const QString& sessionId)
{
    return QString::fromLatin1(sessionId.toUtf8().toBase64());
}

QString sessionOf(const QJsonObject& request)
{
    const QString session = request.value(QStringLiteral("Session")).toString();
    if (!session.isEmpty() ||
        request.value(QStringLiteral("ChallengeName")).toString() != kPasswordVerifier) {
        return session;
    }
    return QString::fromUtf8(
        QByteArray::fromBase64(request.value(QStringLiteral("ChallengeResponses"))
                                   .toObject()
                                   .value(QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"))
                                   .toString()
                                   .toLatin1()));
}

} // namespace

// A sign-in in progress: who, through which client, from where, what the risk engine said,
// and the session's own state (the code sent, the choices offered, set-up done).
struct SignInFlow::Attempt
{
    UserPool pool;
    UserPoolClient client;
    MfaConfig mfa;
    UserRecord record;
    QString ipAddress;
    QString device;
    QString deviceKey;
    RiskAssessment risk;
    AuthEvent event;
    QString sessionId;
    QString challenge;
    int attempts = 0;
    QJsonObject state;
    bool mfaDone = false;
    // Set when the password was proven by SRP (PASSWORD_VERIFIER) rather than sent.
    std::optional<bool> srpProof;

    QJsonObject toState() const
    {
        QJsonObject saved = state;
        saved.insert(QStringLiteral("ip"), ipAddress);
        saved.insert(QStringLiteral("device"), device);
        saved.insert(QStringLiteral("deviceKey"), deviceKey);
        saved.insert(QStringLiteral("eventId"), event.eventId);
        saved.insert(QStringLiteral("riskLevel"), int(risk.level));
        saved.insert(QStringLiteral("riskAction"), int(risk.action));
        saved.insert(QStringLiteral("riskReasons"), QJsonArray::fromStringList(risk.reasons));
        return saved;
    }
};

RiskSignals SignInFlow::gatherSignals(const QString& poolId, const QString& username,
                                      const QString& ip, const QString& device)
{
    RiskSignals input;
    input.ipAddress = ip;
    input.device = device;
    PoolStore& store = m_services.store;
    const qint64 now = m_services.now();
    if (const auto origins = store.passedSignInOrigins(poolId, username)) {
        for (const SignInOrigin& origin : *origins) {
            input.hasHistory = true;
            input.knownIpAddresses.append(origin.ipAddress);
            input.knownDevices.append(origin.device);
        }
    }
    if (const auto failures = store.countFailedSignIns(poolId, username, now - 15 * 60)) {
        input.recentFailures = *failures;
    }
    if (!ip.isEmpty()) {
        if (const auto requests = store.countSignInsFromIp(ip, now - 60)) {
            input.recentRequestsFromIp = *requests;
        }
    }
    return input;
}

PoolResult SignInFlow::initiateAuth(const QJsonObject& request, bool admin)
{
    const auto clientId =
        json::requiredString(request, QStringLiteral("ClientId"), QStringLiteral("clientId"));
    if (!clientId) {
        return clientId.error();
    }
    Attempt attempt;
    auto client = m_services.store.loadClient(*clientId);
    if (!client) {
        return client.error();
    }
    attempt.client = *client;
    if (admin && request.value(QStringLiteral("UserPoolId")).toString() != client->userPoolId) {
        if (auto pool =
                m_services.store.loadPool(request.value(QStringLiteral("UserPoolId")).toString());
            !pool) {
            return pool.error();
        }
        return PoolError::resourceNotFound(
            QStringLiteral("User pool client %1 does not exist.").arg(*clientId));
    }
    auto pool = m_services.store.loadPool(client->userPoolId);
    if (!pool) {
        return pool.error();
    }
    attempt.pool = *pool;
    auto mfa = m_services.store.loadMfaConfig(pool->id);
    if (!mfa) {
        return mfa.error();
    }
    attempt.mfa = *mfa;

    const QString flow = request.value(QStringLiteral("AuthFlow")).toString();
    const QJsonObject parameters = request.value(QStringLiteral("AuthParameters")).toObject();
    // ContextData (admin) or UserContextData: where the sign-in comes from.
    const QJsonObject context =
        request.value(admin ? QStringLiteral("ContextData") : QStringLiteral("UserContextData"))
            .toObject();
    attempt.ipAddress = context.value(QStringLiteral("IpAddress")).toString();
    QString userAgent;
    for (const QJsonValue& header : context.value(QStringLiteral("HttpHeaders")).toArray()) {
        if (header.toObject()
                .value(QStringLiteral("headerName"))
                .toString()
                .compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0) {
            userAgent = header.toObject().value(QStringLiteral("headerValue")).toString();
        }
    }
    attempt.deviceKey = parameters.value(QStringLiteral("DEVICE_KEY")).toString();
    attempt.device = !attempt.deviceKey.isEmpty() ? attempt.deviceKey
                     : context.contains(QStringLiteral("EncodedData"))
                         ? context.value(QStringLiteral("EncodedData")).toString()
                         : userAgent;

    if (flow == QLatin1String("REFRESH_TOKEN_AUTH") || flow == QLatin1String("REFRESH_TOKEN")) {
        if (!client->allowsFlow(QStringLiteral("REFRESH_TOKEN_AUTH"))) {
            return PoolError::invalidParameter(
                QStringLiteral("REFRESH_TOKEN_AUTH flow not enabled for this client"));
        }
        const QString token = parameters.value(QStringLiteral("REFRESH_TOKEN")).toString();
        if (token.isEmpty()) {
            return missing(QStringLiteral("REFRESH_TOKEN"));
        }
        return refreshStep(attempt, token);
    }
    if (flow == QLatin1String("USER_SRP_AUTH")) {
        return srpChallenge(attempt, parameters);
    }
    const QString passwordFlow =
        admin ? QStringLiteral("ADMIN_USER_PASSWORD_AUTH") : QStringLiteral("USER_PASSWORD_AUTH");
    const bool adminNoSrp = admin && flow == QLatin1String("ADMIN_NO_SRP_AUTH");
    if (flow != passwordFlow && !adminNoSrp) {
        return PoolError::invalidParameter(
            QStringLiteral("%1 is not supported by the local engine; use %2 or REFRESH_TOKEN_AUTH")
                .arg(flow.isEmpty() ? QStringLiteral("An empty AuthFlow")
                                    : PoolError::quotedPrefix(flow),
                     passwordFlow));
    }
    if (!client->allowsFlow(passwordFlow)) {
        return PoolError::invalidParameter(
            QStringLiteral("%1 flow not enabled for this client").arg(passwordFlow));
    }
    const QString username = parameters.value(kUsernameKey).toString();
    if (username.isEmpty()) {
        return missing(kUsernameKey);
    }
    const QString password = parameters.value(QStringLiteral("PASSWORD")).toString();
    if (password.isEmpty()) {
        return missing(QStringLiteral("PASSWORD"));
    }
    auto record = m_services.store.loadUser(pool->id, username);
    if (!record) {
        return record.error();
    }
    attempt.record = std::move(*record);
    return passwordStep(attempt, password);
}

PoolResult SignInFlow::passwordStep(Attempt& attempt, const QString& password)
{
    const QString username = attempt.record.user.username;
    const RiskSignals input =
        gatherSignals(attempt.pool.id, username, attempt.ipAddress, attempt.device);
    attempt.risk = RiskEngine::assess(
        input, m_services.store.loadRiskConfig(attempt.pool.id, attempt.client.clientId));
    if (attempt.event.eventId.isEmpty()) {
        attempt.event.eventId = m_services.uuid();
    }
    attempt.event.creationDate = m_services.now();
    attempt.event.ipAddress = attempt.ipAddress;
    attempt.event.deviceName = attempt.device;
    attempt.event.riskLevel = riskLevelName(attempt.risk.level);
    attempt.event.action = riskActionName(attempt.risk.action);
    attempt.event.riskDecision = riskDecisionName(attempt.risk);
    attempt.event.reasons = attempt.risk.reasons;

    if (attempt.risk.action == RiskAction::Block) {
        return fail(attempt, securityBlock(), QStringLiteral("Password"));
    }
    if (!attempt.record.user.enabled) {
        return fail(attempt, PoolError::notAuthorized(QStringLiteral("User is disabled.")),
                    QStringLiteral("Password"));
    }
    AttemptLimiter& limiter = m_services.attempts;
    // During a lockout the password is not looked at, so guessing on gains nothing.
    if (auto refused = limiter.refusal(attempt.pool.id, username, AttemptKind::Password)) {
        return fail(attempt, *refused, QStringLiteral("Password"));
    }
    if (!(attempt.srpProof ? *attempt.srpProof
                           : m_services.hasher.verify(password, attempt.record.passwordHash))) {
        if (auto error = limiter.failed(attempt.pool.id, username, AttemptKind::Password)) {
            return *error;
        }
        return fail(attempt,
                    PoolError::notAuthorized(QStringLiteral("Incorrect username or password.")),
                    QStringLiteral("Password"));
    }
    if (auto error = limiter.succeeded(attempt.pool.id, username, AttemptKind::Password)) {
        return *error;
    }
    attempt.event.challengeResponses.append(
        {QStringLiteral("Password"), QStringLiteral("Success")});
    const QString status = attempt.record.user.userStatus;
    if (status == QLatin1String("RESET_REQUIRED")) {
        return fail(attempt,
                    PoolError{QString::fromLatin1(errors::kPasswordResetRequired),
                              QStringLiteral("Password reset required for the user")},
                    {});
    }
    if (status == QLatin1String("FORCE_CHANGE_PASSWORD")) {
        const qint64 validFor =
            qint64(attempt.pool.passwordPolicy.temporaryPasswordValidityDays) * 86400;
        if (m_services.now() > attempt.record.passwordSetAt + validFor) {
            return fail(
                attempt,
                PoolError::notAuthorized(QStringLiteral(
                    "Temporary password has expired and must be reset by an administrator.")),
                {});
        }
        QJsonObject attributes;
        for (auto it = attempt.record.user.attributes.begin();
             it != attempt.record.user.attributes.end(); ++it) {
            if (it.key() != QLatin1String("sub")) {
                attributes.insert(it.key(), it.value());
            }
        }
        return newSession(attempt, kNewPasswordRequired,
                          {{QStringLiteral("userAttributes"), json::toText(attributes)},
                           {QStringLiteral("requiredAttributes"), QStringLiteral("[]")}});
    }
    return mfaStep(attempt);
}

PoolResult SignInFlow::srpChallenge(Attempt& attempt, const QJsonObject& parameters)
{
    if (!attempt.client.allowsFlow(QStringLiteral("USER_SRP_AUTH"))) {
        return PoolError::invalidParameter(
            QStringLiteral("USER_SRP_AUTH flow not enabled for this client"));
    }
    const QString username = parameters.value(kUsernameKey).toString();
    if (username.isEmpty()) {
        return missing(kUsernameKey);
    }
    const QString clientPublic = parameters.value(QStringLiteral("SRP_A")).toString();
    if (clientPublic.isEmpty()) {
        return missing(QStringLiteral("SRP_A"));
    }
    auto record = m_services.store.loadUser(attempt.pool.id, username);
    if (!record) {
        return record.error();
    }
    attempt.record = std::move(*record);
    if (attempt.record.srpVerifier.isEmpty()) {
        return PoolError::invalidParameter(
            QStringLiteral("This user's password was set before the store kept SRP verifiers: "
                           "set it again (AdminSetUserPassword), or sign in with "
                           "USER_PASSWORD_AUTH."));
    }
    const auto server =
        srp::Server::create(attempt.record.srpVerifier, clientPublic, m_services.random);
    if (!server) {
        return PoolError::invalidParameter(QStringLiteral("SRP_A is not a valid SRP value."));
    }
    attempt.state.insert(QStringLiteral("srpA"), clientPublic);
    attempt.state.insert(QStringLiteral("srpB"), server->publicHex());
    attempt.state.insert(QStringLiteral("srpb"), server->secretHex());
    // The sign-in's auth event starts here and is finished when the claim is checked.
    attempt.event.eventId = m_services.uuid();
    attempt.event.creationDate = m_services.now();
    PoolResult challenge = newSession(attempt, kPasswordVerifier,
                                      {{QStringLiteral("SALT"), attempt.record.srpSalt},
                                       {QStringLiteral("SRP_B"), server->publicHex()},
                                       {kUsernameKey, attempt.record.user.username}});
    if (challenge) {
        QJsonObject sent = challenge->value(QStringLiteral("ChallengeParameters")).toObject();
        sent.insert(QStringLiteral("SECRET_BLOCK"), secretBlockFor(attempt.sessionId));
        challenge->insert(QStringLiteral("ChallengeParameters"), sent);
    }
    return challenge;
}

PoolResult SignInFlow::passwordVerifierStep(Attempt& attempt, const QJsonObject& responses)
{
    QStringList values;
    for (const char* name :
         {"PASSWORD_CLAIM_SECRET_BLOCK", "PASSWORD_CLAIM_SIGNATURE", "TIMESTAMP"}) {
        values << responses.value(QLatin1String(name)).toString();
        if (values.last().isEmpty()) {
            return missing(QLatin1String(name));
        }
    }
    const QString& secretBlock = values[0];
    if (secretBlock != secretBlockFor(attempt.sessionId)) {
        return invalidSession();
    }
    if (!srp::isTimestamp(values[2])) {
        return PoolError::invalidParameter(
            QStringLiteral("TIMESTAMP must be written as 'Tue Sep 5 00:09:40 UTC 2018', not %1")
                .arg(PoolError::quotedPrefix(values[2])));
    }
    const auto server = srp::Server::fromSecretHex(
        attempt.record.srpVerifier, attempt.state.value(QStringLiteral("srpA")).toString(),
        attempt.state.value(QStringLiteral("srpb")).toString());
    attempt.srpProof =
        server && server->checkClaim(srp::poolName(attempt.pool.id), attempt.record.user.username,
                                     secretBlock, values[2], values[1]);
    for (const char* key : {"srpA", "srpB", "srpb"}) {
        attempt.state.remove(QLatin1String(key));
    }
    return passwordStep(attempt, {});
}

PoolResult SignInFlow::mfaStep(Attempt& attempt)
{
    const UserRecord& record = attempt.record;
    QStringList factors;
    if (attempt.mfa.smsEnabled() && record.smsEnabled) {
        factors.append(kSms);
    }
    if (attempt.mfa.softwareTokenEnabled && record.softwareTokenEnabled && record.totpVerified) {
        factors.append(kTotp);
    }
    if (attempt.mfa.emailEnabled() && record.emailEnabled) {
        factors.append(kEmail);
    }
    MfaMode mode = attempt.mfa.mode;
    if (record.user.userStatus == QLatin1String("EXTERNAL_PROVIDER")) {
        if (attempt.pool.federatedMfa == FederatedMfa::Enforce && mode != MfaMode::Off) {
            mode = MfaMode::On;
        } else if (attempt.pool.federatedMfa == FederatedMfa::Exempt) {
            mode = MfaMode::Off;
            attempt.event.reasons.append(QStringLiteral("federated user exempt from MFA"));
        }
    }
    bool needMfa = mode == MfaMode::On || (mode == MfaMode::Optional && !factors.isEmpty());
    bool riskForced = false;
    if (attempt.risk.action == RiskAction::MfaRequired) {
        if (factors.isEmpty()) {
            attempt.event.reasons.append(
                QStringLiteral("MFA required by the risk configuration, none set up"));
            return fail(attempt, securityBlock(), {});
        }
        needMfa = riskForced = true;
    } else if (attempt.risk.action == RiskAction::MfaIfConfigured && !factors.isEmpty()) {
        needMfa = riskForced = true;
    }
    if (needMfa && !riskForced && !attempt.deviceKey.isEmpty() && !factors.isEmpty()) {
        const auto device =
            m_services.store.loadDevice(attempt.deviceKey, attempt.pool.id, record.user.username);
        if (device && *device && (*device)->rememberedUntil > m_services.now()) {
            attempt.event.reasons.append(QStringLiteral("remembered device: MFA skipped"));
            needMfa = false;
        }
    }
    if (!needMfa) {
        return finish(attempt, QStringLiteral("Pass"));
    }
    if (factors.isEmpty()) {
        QStringList canSetUp;
        if (attempt.mfa.smsEnabled()) {
            canSetUp.append(kSms);
        }
        if (attempt.mfa.softwareTokenEnabled) {
            canSetUp.append(kTotp);
        }
        if (attempt.mfa.emailEnabled()) {
            canSetUp.append(kEmail);
        }
        return newSession(attempt, kMfaSetup,
                          {{QStringLiteral("MFAS_CAN_SETUP"), jsonList(canSetUp)}});
    }
    if (factors.contains(record.preferred)) {
        return challengeFor(attempt, record.preferred);
    }
    if (factors.size() == 1) {
        return challengeFor(attempt, factors.first());
    }
    attempt.state.insert(QStringLiteral("choices"), QJsonArray::fromStringList(factors));
    return newSession(attempt, kSelectMfaType,
                      {{QStringLiteral("MFAS_CAN_CHOOSE"), jsonList(factors)}});
}

PoolResult SignInFlow::challengeFor(Attempt& attempt, const QString& factor)
{
    if (factor == kTotp) {
        return newSession(attempt, kTotp, {});
    }
    const QString code = m_services.randomChars(kCodeDigits, u"0123456789");
    if (code.isEmpty()) {
        return PoolError::internal(QStringLiteral("the random source failed"));
    }
    attempt.state.insert(QStringLiteral("code"), code);
    const bool sms = factor == kSms;
    const QString destination = attempt.record.user.attributes.value(
        sms ? QStringLiteral("phone_number") : QStringLiteral("email"));
    QString message;
    if (sms) {
        message = attempt.mfa.sms->smsAuthenticationMessage.isEmpty()
                      ? QStringLiteral("Your authentication code is {####}. ")
                      : attempt.mfa.sms->smsAuthenticationMessage;
    } else {
        message = attempt.mfa.email->message.isEmpty()
                      ? QStringLiteral("Your verification code is {####}.")
                      : attempt.mfa.email->message;
    }
    message.replace(QStringLiteral("{####}"), code);
    if (auto error = m_services.deliver(attempt.pool.id, attempt.record.user.username,
                                        sms ? QStringLiteral("SMS") : QStringLiteral("EMAIL"),
                                        destination, message)) {
        return *error;
    }
    return newSession(attempt, factor,
                      {{QStringLiteral("CODE_DELIVERY_DELIVERY_MEDIUM"),
                        sms ? QStringLiteral("SMS") : QStringLiteral("EMAIL")},
                       {QStringLiteral("CODE_DELIVERY_DESTINATION"),
                        sms ? maskPhone(destination) : maskEmail(destination)}});
}

PoolResult SignInFlow::newSession(Attempt& attempt, const QString& challenge,
                                  QMap<QString, QString> parameters)
{
    PoolStore& store = m_services.store;
    if (!attempt.sessionId.isEmpty()) {
        if (auto error = store.deleteSession(attempt.sessionId)) {
            return *error;
        }
    }
    // A new session string at every step, as Cognito gives: an old one cannot be replayed.
    attempt.sessionId = m_services.randomToken(96);
    attempt.challenge = challenge;
    attempt.attempts = 0;
    const qint64 expires =
        m_services.now() + qint64(attempt.client.authSessionValidityMinutes) * 60;
    SessionRecord session;
    session.id = attempt.sessionId;
    session.poolId = attempt.pool.id;
    session.clientId = attempt.client.clientId;
    session.username = attempt.record.user.username;
    session.challenge = challenge;
    session.expires = expires;
    session.state = attempt.toState();
    if (auto error = store.createSession(session)) {
        return *error;
    }
    attempt.event.eventResponse = QStringLiteral("InProgress");
    if (auto error =
            m_services.saveEvent(attempt.pool.id, attempt.record.user.username, attempt.event)) {
        return *error;
    }
    parameters.insert(QStringLiteral("USER_ID_FOR_SRP"), attempt.record.user.username);
    AuthResponse response;
    response.challenge = Challenge{challenge, attempt.sessionId, parameters};
    return response.toJson();
}

PoolResult SignInFlow::fail(Attempt& attempt, const PoolError& error, const QString& challenge)
{
    if (!challenge.isEmpty()) {
        attempt.event.challengeResponses.append({challenge, QStringLiteral("Failure")});
    }
    attempt.event.eventResponse = QStringLiteral("Fail");
    if (!attempt.sessionId.isEmpty()) {
        (void)m_services.store.deleteSession(attempt.sessionId);
    }
    if (auto saved =
            m_services.saveEvent(attempt.pool.id, attempt.record.user.username, attempt.event)) {
        return *saved;
    }
    return error;
}

PoolResult SignInFlow::finish(Attempt& attempt, const QString& eventResponse)
{
    PoolStore& store = m_services.store;
    if (!attempt.sessionId.isEmpty()) {
        if (auto error = store.deleteSession(attempt.sessionId)) {
            return *error;
        }
    }
    const auto signer = m_services.signer();
    if (!signer) {
        return signer.error();
    }
    const qint64 now = m_services.now();
    const UserPoolClient& client = attempt.client;
    const PoolUser& user = attempt.record.user;
    AuthResult result;

    // Remember the device when the pool says so: a new key, or the known one refreshed.
    if (attempt.pool.rememberDeviceDays > 0) {
        const qint64 until = now + qint64(attempt.pool.rememberDeviceDays) * 86400;
        auto known = store.loadDevice(attempt.deviceKey, attempt.pool.id, user.username);
        if (!known) {
            return known.error();
        }
        if (!attempt.deviceKey.isEmpty() && *known) {
            if (auto error = store.touchDevice(attempt.deviceKey, now, attempt.ipAddress)) {
                return *error;
            }
        } else {
            result.deviceKey = m_services.region + QLatin1Char('_') + m_services.uuid();
            result.deviceGroupKey =
                QLatin1Char('-') +
                m_services.randomChars(9, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
            if (auto error = store.addDevice(
                    attempt.pool.id, user.username,
                    {result.deviceKey, attempt.device, now, now, until, attempt.ipAddress})) {
                return *error;
            }
        }
    }

    const QString jti = m_services.uuid();
    QJsonObject id{{QStringLiteral("sub"), user.sub()},
                   {QStringLiteral("aud"), client.clientId},
                   {QStringLiteral("token_use"), QStringLiteral("id")},
                   {QStringLiteral("auth_time"), now},
                   {QStringLiteral("iss"), m_services.issuer(attempt.pool.id)},
                   {QStringLiteral("cognito:username"), user.username},
                   {QStringLiteral("exp"), now + qint64(client.idTokenValidityMinutes) * 60},
                   {QStringLiteral("iat"), now},
                   {QStringLiteral("jti"), m_services.uuid()},
                   {QStringLiteral("origin_jti"), jti},
                   {QStringLiteral("event_id"), attempt.event.eventId}};
    for (const QString& name : {QStringLiteral("email"), QStringLiteral("phone_number")}) {
        if (user.attributes.contains(name)) {
            id.insert(name, user.attributes.value(name));
            id.insert(name + QStringLiteral("_verified"),
                      user.attributes.value(name + QStringLiteral("_verified")) ==
                          QLatin1String("true"));
        }
    }
    QJsonObject access{
        {QStringLiteral("sub"), user.sub()},
        {QStringLiteral("iss"), m_services.issuer(attempt.pool.id)},
        {QStringLiteral("client_id"), client.clientId},
        {QStringLiteral("origin_jti"), jti},
        {QStringLiteral("event_id"), attempt.event.eventId},
        {QStringLiteral("token_use"), QStringLiteral("access")},
        {QStringLiteral("scope"), QStringLiteral("aws.cognito.signin.user.admin")},
        {QStringLiteral("auth_time"), now},
        {QStringLiteral("exp"), now + qint64(client.accessTokenValidityMinutes) * 60},
        {QStringLiteral("iat"), now},
        {QStringLiteral("jti"), jti},
        {QStringLiteral("username"), user.username}};
    const QString deviceKey = result.deviceKey.isEmpty() ? attempt.deviceKey : result.deviceKey;
    if (!deviceKey.isEmpty()) {
        access.insert(QStringLiteral("device_key"), deviceKey);
    }
    result.idToken = signer->sign(id);
    result.accessToken = signer->sign(access);
    result.expiresIn = client.accessTokenValidityMinutes * 60;
    if (result.idToken.isEmpty() || result.accessToken.isEmpty()) {
        return PoolError::internal(QStringLiteral("cannot sign tokens (OpenSSL failed)"));
    }
    if (eventResponse == QLatin1String("Pass")) {
        result.refreshToken = m_services.randomToken(96);
        const QString hash =
            QString::fromLatin1(crypto::sha256(result.refreshToken.toLatin1()).toHex());
        if (auto error = store.saveRefreshToken(
                {hash, attempt.pool.id, client.clientId, user.username, deviceKey,
                 now + qint64(client.refreshTokenValidityDays) * 86400})) {
            return *error;
        }
        attempt.event.eventResponse = eventResponse;
        if (auto error = m_services.saveEvent(attempt.pool.id, user.username, attempt.event)) {
            return *error;
        }
    }
    AuthResponse response;
    response.result = result;
    return response.toJson();
}

PoolResult SignInFlow::refreshStep(Attempt& attempt, const QString& refreshToken)
{
    const QString hash = QString::fromLatin1(crypto::sha256(refreshToken.toLatin1()).toHex());
    const auto token = m_services.store.loadRefreshToken(hash, attempt.client.clientId);
    if (!token) {
        return token.error();
    }
    if (!*token || (*token)->expires < m_services.now()) {
        return PoolError::notAuthorized(QStringLiteral("Invalid Refresh Token"));
    }
    const QString username = (*token)->username;
    attempt.deviceKey = (*token)->deviceKey;
    auto record = m_services.store.loadUser(attempt.pool.id, username);
    if (!record) {
        return PoolError::notAuthorized(QStringLiteral("Invalid Refresh Token"));
    }
    if (!record->user.enabled) {
        return PoolError::notAuthorized(QStringLiteral("User is disabled."));
    }
    attempt.record = std::move(*record);
    // Refreshing neither remembers a device anew nor counts as a sign-in event.
    attempt.pool.rememberDeviceDays = 0;
    attempt.event.eventId = m_services.uuid();
    return finish(attempt, QStringLiteral("Refresh"));
}

PoolOutcome<SignInFlow::Attempt> SignInFlow::resume(const QString& sessionId,
                                                    const QString& clientId)
{
    PoolStore& store = m_services.store;
    auto found = store.loadSession(sessionId);
    if (!found) {
        return found.error();
    }
    if (sessionId.isEmpty() || !*found) {
        return invalidSession();
    }
    const SessionRecord& session = **found;
    if (session.expires < m_services.now()) {
        (void)store.deleteSession(sessionId);
        return PoolError::notAuthorized(
            QStringLiteral("Invalid session for the user, session is expired."));
    }
    if (!clientId.isEmpty() && session.clientId != clientId) {
        return invalidSession();
    }
    Attempt attempt;
    attempt.sessionId = sessionId;
    attempt.challenge = session.challenge;
    attempt.attempts = session.attempts;
    attempt.state = session.state;
    const QString poolId = session.poolId;
    const QString sessionClient = session.clientId;
    const QString username = session.username;
    auto pool = store.loadPool(poolId);
    auto client = store.loadClient(sessionClient);
    auto mfa = store.loadMfaConfig(poolId);
    auto record = store.loadUser(poolId, username);
    if (!pool || !client || !mfa || !record) {
        return invalidSession();
    }
    attempt.pool = *pool;
    attempt.client = *client;
    attempt.mfa = *mfa;
    attempt.record = std::move(*record);
    attempt.ipAddress = attempt.state.value(QStringLiteral("ip")).toString();
    attempt.device = attempt.state.value(QStringLiteral("device")).toString();
    attempt.deviceKey = attempt.state.value(QStringLiteral("deviceKey")).toString();
    attempt.risk.level = RiskLevel(attempt.state.value(QStringLiteral("riskLevel")).toInt());
    attempt.risk.action = RiskAction(attempt.state.value(QStringLiteral("riskAction")).toInt());
    for (const QJsonValue& reason : attempt.state.value(QStringLiteral("riskReasons")).toArray()) {
        attempt.risk.reasons.append(reason.toString());
    }
    if (auto event = store.loadAuthEvent(attempt.state.value(QStringLiteral("eventId")).toString());
        event && *event) {
        attempt.event = **event;
    }
    return attempt;
}

std::optional<PoolError> SignInFlow::checkTotp(UserRecord& record, const QString& code,
                                               const PoolError& mismatch)
{
    const auto secret = otp::base32::decode(record.totpSecret);
    if (!secret || record.totpSecret.isEmpty()) {
        return mismatch;
    }
    const qint64 step = m_services.now() / kTotpPeriod;
    qint64 matched = -1;
    // Every candidate is computed and compared, so the time taken says nothing about which
    // step matched.
    for (qint64 candidate = step - 1; candidate <= step + 1; ++candidate) {
        if (candidate < 0) {
            continue;
        }
        const QString expected =
            otp::hotp(*secret, crypto::HashAlgorithm::Sha1, quint64(candidate), kCodeDigits);
        if (sameCode(expected, code)) {
            matched = candidate;
        }
    }
    if (matched < 0) {
        return mismatch;
    }
    if (matched <= record.totpLastStep) {
        return PoolError{QString::fromLatin1(errors::kExpiredCode),
                         QStringLiteral("Your software token has already been used once.")};
    }
    record.totpLastStep = matched;
    return std::nullopt;
}

std::optional<PoolResult> SignInFlow::codeRefused(Attempt& attempt)
{
    if (!attempt.sessionId.isEmpty() && attempt.attempts >= kMaxCodeAttempts) {
        return fail(
            attempt,
            PoolError{QString::fromLatin1(errors::kTooManyFailedAttempts),
                      QStringLiteral("Too many failed attempts for this sign-in; start again.")},
            {});
    }
    // Per user as well: a new sign-in must not buy new guesses.
    if (auto refused = m_services.attempts.refusal(attempt.pool.id, attempt.record.user.username,
                                                   AttemptKind::Code)) {
        return PoolResult(*refused);
    }
    return std::nullopt;
}

PoolResult SignInFlow::codeFailed(Attempt& attempt, const PoolError& error)
{
    PoolStore& store = m_services.store;
    if (!attempt.sessionId.isEmpty()) {
        if (auto counted = store.countSessionAttempt(attempt.sessionId)) {
            return *counted;
        }
    }
    if (auto counted = m_services.attempts.failed(attempt.pool.id, attempt.record.user.username,
                                                  AttemptKind::Code)) {
        return *counted;
    }
    // A sign-in records the failure in its auth event; a signed-in user's check has none.
    if (!attempt.event.eventId.isEmpty()) {
        attempt.event.challengeResponses.append({QStringLiteral("Mfa"), QStringLiteral("Failure")});
        if (auto saved = m_services.saveEvent(attempt.pool.id, attempt.record.user.username,
                                              attempt.event)) {
            return *saved;
        }
    }
    return error;
}

std::optional<PoolError> SignInFlow::codeSucceeded(Attempt& attempt)
{
    return m_services.attempts.succeeded(attempt.pool.id, attempt.record.user.username,
                                         AttemptKind::Code);
}

PoolResult SignInFlow::respondToAuthChallenge(const QJsonObject& request)
{
    const QString challengeName = request.value(QStringLiteral("ChallengeName")).toString();
    auto resumed = resume(sessionOf(request), request.value(QStringLiteral("ClientId")).toString());
    if (!resumed) {
        return resumed.error();
    }
    Attempt& attempt = *resumed;
    if (challengeName != attempt.challenge) {
        return PoolError::invalidParameter(
            QStringLiteral("ChallengeName %1 does not answer this session's challenge %2")
                .arg(PoolError::quotedPrefix(challengeName), attempt.challenge));
    }
    const QJsonObject responses = request.value(QStringLiteral("ChallengeResponses")).toObject();
    const QString username = responses.value(kUsernameKey).toString();
    if (username.isEmpty()) {
        return missing(kUsernameKey);
    }
    if (username != attempt.record.user.username && username != attempt.record.user.sub()) {
        return invalidSession();
    }
    if (challengeName == kPasswordVerifier) {
        return passwordVerifierStep(attempt, responses);
    }
    const bool answersCode =
        challengeName == kSms || challengeName == kEmail || challengeName == kTotp;
    if (answersCode) {
        if (auto refused = codeRefused(attempt)) {
            return *refused;
        }
    }
    PoolStore& store = m_services.store;
    const auto succeeded = [&]() -> PoolResult {
        if (auto error = codeSucceeded(attempt)) {
            return *error;
        }
        attempt.event.challengeResponses.append({QStringLiteral("Mfa"), QStringLiteral("Success")});
        attempt.record.user.userLastModifiedDate = m_services.now();
        if (auto error = store.saveUser(attempt.pool.id, attempt.record)) {
            return *error;
        }
        return finish(attempt, QStringLiteral("Pass"));
    };

    if (challengeName == kNewPasswordRequired) {
        const QString password = responses.value(QStringLiteral("NEW_PASSWORD")).toString();
        if (password.isEmpty()) {
            return missing(QStringLiteral("NEW_PASSWORD"));
        }
        if (auto error = attempt.pool.passwordPolicy.check(password)) {
            return *error;
        }
        if (auto error = m_services.setPassword(attempt.record, attempt.pool.id, password)) {
            return *error;
        }
        attempt.record.passwordSetAt = m_services.now();
        attempt.record.user.userStatus = QStringLiteral("CONFIRMED");
        attempt.record.user.userLastModifiedDate = m_services.now();
        if (auto error = store.saveUser(attempt.pool.id, attempt.record)) {
            return *error;
        }
        attempt.state = {};
        return mfaStep(attempt);
    }
    if (challengeName == kSms || challengeName == kEmail) {
        const QString key = challengeName == kSms ? QStringLiteral("SMS_MFA_CODE")
                                                  : QStringLiteral("EMAIL_OTP_CODE");
        const QString code = responses.value(key).toString();
        if (code.isEmpty()) {
            return missing(key);
        }
        if (!sameCode(code, attempt.state.value(QStringLiteral("code")).toString())) {
            return codeFailed(attempt, PoolError::codeMismatch());
        }
        // A code that arrived proves the address, as in Cognito.
        attempt.record.user.attributes.insert(challengeName == kSms
                                                  ? QStringLiteral("phone_number_verified")
                                                  : QStringLiteral("email_verified"),
                                              QStringLiteral("true"));
        return succeeded();
    }
    if (challengeName == kTotp) {
        const QString code = responses.value(QStringLiteral("SOFTWARE_TOKEN_MFA_CODE")).toString();
        if (code.isEmpty()) {
            return missing(QStringLiteral("SOFTWARE_TOKEN_MFA_CODE"));
        }
        if (auto error = checkTotp(attempt.record, code, PoolError::codeMismatch())) {
            return codeFailed(attempt, *error);
        }
        return succeeded();
    }
    if (challengeName == kSelectMfaType) {
        const QString answer = responses.value(QStringLiteral("ANSWER")).toString();
        const QStringList choices =
            attempt.state.value(QStringLiteral("choices")).toVariant().toStringList();
        if (!choices.contains(answer)) {
            return PoolError::invalidParameter(
                QStringLiteral("ANSWER must be one of %1, not '%2'")
                    .arg(choices.join(QStringLiteral(", ")), PoolError::quotedPrefix(answer)));
        }
        attempt.state = {};
        return challengeFor(attempt, answer);
    }
    if (challengeName == kMfaSetup) {
        if (!attempt.state.value(QStringLiteral("setupVerified")).toBool()) {
            return PoolError::invalidParameter(QStringLiteral(
                "MFA is not set up yet: call AssociateSoftwareToken and VerifySoftwareToken "
                "with this session first."));
        }
        attempt.event.challengeResponses.append({QStringLiteral("Mfa"), QStringLiteral("Success")});
        return finish(attempt, QStringLiteral("Pass"));
    }
    return PoolError::invalidParameter(
        QStringLiteral("Unknown ChallengeName %1").arg(PoolError::quotedPrefix(challengeName)));
}

PoolOutcome<std::pair<QString, UserRecord>> SignInFlow::userFromAccessToken(const QString& token)
{
    const auto signer = m_services.signer();
    if (!signer) {
        return signer.error();
    }
    const auto claims = signer->verify(token);
    if (!claims ||
        claims->value(QStringLiteral("token_use")).toString() != QLatin1String("access")) {
        return PoolError::notAuthorized(QStringLiteral("Invalid Access Token"));
    }
    if (qint64(claims->value(QStringLiteral("exp")).toDouble()) < m_services.now()) {
        return PoolError::notAuthorized(QStringLiteral("Access Token has expired"));
    }
    const QString poolId =
        claims->value(QStringLiteral("iss")).toString().section(QLatin1Char('/'), -1);
    auto record =
        m_services.store.loadUser(poolId, claims->value(QStringLiteral("username")).toString());
    if (!record) {
        return PoolError::notAuthorized(QStringLiteral("Invalid Access Token"));
    }
    return std::pair{poolId, std::move(*record)};
}

PoolResult SignInFlow::associateSoftwareToken(const QJsonObject& request)
{
    const QString accessToken = request.value(QStringLiteral("AccessToken")).toString();
    const QString sessionId = request.value(QStringLiteral("Session")).toString();
    if (accessToken.isEmpty() == sessionId.isEmpty()) {
        return PoolError::invalidParameter(
            QStringLiteral("Give exactly one of AccessToken and Session."));
    }
    const crypto::SecureBytes secret = crypto::randomSecret(20, m_services.random);
    if (secret.isEmpty()) {
        return PoolError::internal(QStringLiteral("the random source failed"));
    }
    const QString secretCode = otp::base32::encode(secret.span());
    if (!accessToken.isEmpty()) {
        auto user = userFromAccessToken(accessToken);
        if (!user) {
            return user.error();
        }
        auto& [poolId, record] = *user;
        record.totpSecret = secretCode;
        record.totpVerified = false;
        record.softwareTokenEnabled = false;
        if (record.preferred == kTotp) {
            record.preferred.clear();
        }
        if (auto error = m_services.store.saveUser(poolId, record)) {
            return *error;
        }
        return QJsonObject{{QStringLiteral("SecretCode"), secretCode}};
    }
    auto resumed = resume(sessionId, {});
    if (!resumed) {
        return resumed.error();
    }
    Attempt& attempt = *resumed;
    if (attempt.challenge != kMfaSetup) {
        return invalidSession();
    }
    attempt.record.totpSecret = secretCode;
    attempt.record.totpVerified = false;
    if (auto error = m_services.store.saveUser(attempt.pool.id, attempt.record)) {
        return *error;
    }
    auto next = newSession(attempt, kMfaSetup, {});
    if (!next) {
        return next;
    }
    return QJsonObject{{QStringLiteral("SecretCode"), secretCode},
                       {QStringLiteral("Session"), attempt.sessionId}};
}

PoolResult SignInFlow::verifySoftwareToken(const QJsonObject& request)
{
    const QString accessToken = request.value(QStringLiteral("AccessToken")).toString();
    const QString sessionId = request.value(QStringLiteral("Session")).toString();
    const auto code =
        json::requiredString(request, QStringLiteral("UserCode"), QStringLiteral("userCode"));
    if (!code) {
        return code.error();
    }
    if (accessToken.isEmpty() == sessionId.isEmpty()) {
        return PoolError::invalidParameter(
            QStringLiteral("Give exactly one of AccessToken and Session."));
    }
    const PoolError mismatch{QString::fromLatin1(errors::kEnableSoftwareTokenMfa),
                             QStringLiteral("Code mismatch and fail enable Software Token MFA")};
    if (!accessToken.isEmpty()) {
        auto user = userFromAccessToken(accessToken);
        if (!user) {
            return user.error();
        }
        // Signed in already, with no session: only the user's count applies.
        Attempt signedIn;
        signedIn.pool.id = user->first;
        signedIn.record = std::move(user->second);
        if (auto refused = codeRefused(signedIn)) {
            return *refused;
        }
        if (auto error = checkTotp(signedIn.record, *code, mismatch)) {
            return codeFailed(signedIn, *error);
        }
        if (auto error = codeSucceeded(signedIn)) {
            return *error;
        }
        signedIn.record.totpVerified = true;
        if (auto error = m_services.store.saveUser(signedIn.pool.id, signedIn.record)) {
            return *error;
        }
        return QJsonObject{{QStringLiteral("Status"), QStringLiteral("SUCCESS")}};
    }
    auto resumed = resume(sessionId, {});
    if (!resumed) {
        return resumed.error();
    }
    Attempt& attempt = *resumed;
    if (attempt.challenge != kMfaSetup) {
        return invalidSession();
    }
    if (auto refused = codeRefused(attempt)) {
        return *refused;
    }
    if (auto error = checkTotp(attempt.record, *code, mismatch)) {
        return codeFailed(attempt, *error);
    }
    if (auto error = codeSucceeded(attempt)) {
        return *error;
    }
    // Set up during sign-in: the factor is verified and on, as Cognito turns it on.
    attempt.record.totpVerified = true;
    attempt.record.softwareTokenEnabled = true;
    if (auto error = m_services.store.saveUser(attempt.pool.id, attempt.record)) {
        return *error;
    }
    attempt.state.insert(QStringLiteral("setupVerified"), true);
    auto next = newSession(attempt, kMfaSetup, {});
    if (!next) {
        return next;
    }
    return QJsonObject{{QStringLiteral("Status"), QStringLiteral("SUCCESS")},
                       {QStringLiteral("Session"), attempt.sessionId}};
}

PoolResult SignInFlow::setUserMfaPreference(const QJsonObject& request)
{
    const auto accessToken =
        json::requiredString(request, QStringLiteral("AccessToken"), QStringLiteral("accessToken"));
    if (!accessToken) {
        return accessToken.error();
    }
    auto user = userFromAccessToken(*accessToken);
    if (!user) {
        return user.error();
    }
    auto& [poolId, record] = *user;
    if (auto error = applyMfaPreference(record, request)) {
        return *error;
    }
    record.user.userLastModifiedDate = m_services.now();
    if (auto error = m_services.store.saveUser(poolId, record)) {
        return *error;
    }
    return QJsonObject{};
}

std::optional<PoolError> SignInFlow::applyMfaPreference(UserRecord& record,
                                                        const QJsonObject& request)
{
    struct Setting
    {
        QString key;
        QString factor;
        bool* enabled;
    };
    const Setting settings[] = {
        {QStringLiteral("SMSMfaSettings"), kSms, &record.smsEnabled},
        {QStringLiteral("SoftwareTokenMfaSettings"), kTotp, &record.softwareTokenEnabled},
        {QStringLiteral("EmailMfaSettings"), kEmail, &record.emailEnabled}};
    int preferredCount = 0;
    // Every check first, so a refused request changes nothing.
    for (const Setting& setting : settings) {
        if (!request.contains(setting.key)) {
            continue;
        }
        const QJsonObject value = request.value(setting.key).toObject();
        const bool enabled = value.value(QStringLiteral("Enabled")).toBool(*setting.enabled);
        const bool preferred = value.value(QStringLiteral("PreferredMfa")).toBool();
        preferredCount += preferred ? 1 : 0;
        if (preferred && !enabled) {
            return PoolError::invalidParameter(
                QStringLiteral("%1 cannot be the preferred MFA method while it is not enabled.")
                    .arg(setting.factor));
        }
        if (setting.factor == kTotp && (enabled || preferred) && !record.totpVerified) {
            return PoolError::invalidParameter(
                QStringLiteral("User has not verified software token mfa"));
        }
        if (setting.factor == kSms && enabled &&
            record.user.attributes.value(QStringLiteral("phone_number")).isEmpty()) {
            return PoolError::invalidParameter(
                QStringLiteral("User does not have delivery config set to turn on SMS_MFA"));
        }
        if (setting.factor == kEmail && enabled &&
            record.user.attributes.value(QStringLiteral("email")).isEmpty()) {
            return PoolError::invalidParameter(
                QStringLiteral("User does not have delivery config set to turn on EMAIL_OTP"));
        }
    }
    if (preferredCount > 1) {
        return PoolError::invalidParameter(
            QStringLiteral("Only one MFA method can be set as preferred."));
    }
    for (const Setting& setting : settings) {
        if (!request.contains(setting.key)) {
            continue;
        }
        const QJsonObject value = request.value(setting.key).toObject();
        *setting.enabled = value.value(QStringLiteral("Enabled")).toBool(*setting.enabled);
        const bool preferred = value.value(QStringLiteral("PreferredMfa")).toBool();
        if (preferred) {
            record.preferred = setting.factor;
        } else if (record.preferred == setting.factor &&
                   (value.contains(QStringLiteral("PreferredMfa")) || !*setting.enabled)) {
            record.preferred.clear();
        }
    }
    return std::nullopt;
}

} // namespace tessera::pool::local
