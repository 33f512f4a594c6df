// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInFlow.h"

#include "DeviceSignIn.h"
#include "MfaDecision.h"
#include "MfaPreferences.h"
#include "RiskNotice.h"
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

PoolError invalidSession()
{
    return PoolError::notAuthorized(QStringLiteral("Invalid session for the user."));
}

PoolError securityBlock()
{
    return PoolError::notAuthorized(QStringLiteral("Unable to login because of security reasons."));
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

QString sessionOf(const QJsonObject& request)
{
    const QString session = request.value(QStringLiteral("Session")).toString();
    const QString challenge = request.value(QStringLiteral("ChallengeName")).toString();
    if (!session.isEmpty() ||
        (challenge != kPasswordVerifier && challenge != DeviceSignIn::kDevicePasswordVerifier)) {
        return session;
    }
    return SignInSessions::sessionOfSecretBlock(
        request.value(QStringLiteral("ChallengeResponses"))
            .toObject()
            .value(QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"))
            .toString());
}

// The device a sign-in names: its DEVICE_KEY, else the encoded device data of its context,
// else its User-Agent.
QString deviceOf(const QString& deviceKey, const QJsonObject& context)
{
    if (!deviceKey.isEmpty()) {
        return deviceKey;
    }
    if (context.contains(QStringLiteral("EncodedData"))) {
        return context.value(QStringLiteral("EncodedData")).toString();
    }
    QString userAgent;
    for (const QJsonValue header : context.value(QStringLiteral("HttpHeaders")).toArray()) {
        if (header.toObject()
                .value(QStringLiteral("headerName"))
                .toString()
                .compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0) {
            userAgent = header.toObject().value(QStringLiteral("headerValue")).toString();
        }
    }
    return userAgent;
}

} // namespace

RiskSignals SignInFlow::gatherSignals(const SignInAttempt& attempt)
{
    RiskSignals input;
    input.ipAddress = attempt.ipAddress;
    input.device = attempt.device;
    PoolStore& store = m_services.store;
    const QString& poolId = attempt.pool.id;
    const QString& username = attempt.record.user.username;
    const qint64 now = m_services.now();
    if (const auto origins = store.passedSignInOrigins(poolId, username)) {
        for (const SignInOrigin& origin : *origins) {
            input.hasHistory = true;
            input.knownIpAddresses.append(origin.ipAddress);
            input.knownDevices.append(origin.device);
        }
    }
    if (const auto failures = store.countFailedSignIns(poolId, username, now - qint64(15) * 60)) {
        input.recentFailures = *failures;
    }
    if (!input.ipAddress.isEmpty()) {
        if (const auto requests = store.countSignInsFromIp(input.ipAddress, now - 60)) {
            input.recentRequestsFromIp = *requests;
        }
    }
    return input;
}

PoolResult SignInFlow::start(const QJsonObject& request, bool admin)
{
    const auto clientId =
        json::requiredString(request, QStringLiteral("ClientId"), QStringLiteral("clientId"));
    if (!clientId) {
        return clientId.failure();
    }
    SignInAttempt attempt;
    auto client = m_services.store.loadClient(*clientId);
    if (!client) {
        return client.failure();
    }
    attempt.client = *client;
    if (admin && request.value(QStringLiteral("UserPoolId")).toString() != client->userPoolId) {
        if (auto pool =
                m_services.store.loadPool(request.value(QStringLiteral("UserPoolId")).toString());
            !pool) {
            return pool.failure();
        }
        return PoolError::clientNotFound(*clientId);
    }
    auto pool = m_services.store.loadPool(client->userPoolId);
    if (!pool) {
        return pool.failure();
    }
    attempt.pool = *pool;
    auto mfa = m_services.store.loadMfaConfig(pool->id);
    if (!mfa) {
        return mfa.failure();
    }
    attempt.mfa = *mfa;

    const QString flow = request.value(QStringLiteral("AuthFlow")).toString();
    const QJsonObject parameters = request.value(QStringLiteral("AuthParameters")).toObject();
    // ContextData (admin) or UserContextData: where the sign-in comes from.
    const QJsonObject context =
        request.value(admin ? QStringLiteral("ContextData") : QStringLiteral("UserContextData"))
            .toObject();
    attempt.ipAddress = context.value(QStringLiteral("IpAddress")).toString();
    attempt.deviceKey = parameters.value(QStringLiteral("DEVICE_KEY")).toString();
    attempt.device = deviceOf(attempt.deviceKey, context);

    if (flow == QLatin1String("REFRESH_TOKEN_AUTH") || flow == QLatin1String("REFRESH_TOKEN")) {
        if (!client->allowsFlow(QStringLiteral("REFRESH_TOKEN_AUTH"))) {
            return PoolError::invalidParameter(
                QStringLiteral("REFRESH_TOKEN_AUTH flow not enabled for this client"));
        }
        const QString token = parameters.value(QStringLiteral("REFRESH_TOKEN")).toString();
        if (token.isEmpty()) {
            return PoolError::missingParameter(QStringLiteral("REFRESH_TOKEN"));
        }
        return refreshStep(attempt, token);
    }
    if (flow == QLatin1String("USER_SRP_AUTH")) {
        return srpChallenge(attempt, parameters);
    }
    if (flow == QLatin1String("USER_AUTH")) {
        return m_choice.start(attempt, parameters);
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
        return PoolError::missingParameter(kUsernameKey);
    }
    const QString password = parameters.value(QStringLiteral("PASSWORD")).toString();
    if (password.isEmpty()) {
        return PoolError::missingParameter(QStringLiteral("PASSWORD"));
    }
    auto record = m_services.store.loadUser(pool->id, username);
    if (!record) {
        return record.failure();
    }
    attempt.record = std::move(*record);
    return passwordStep(attempt, password);
}

PoolResult SignInFlow::passwordStep(SignInAttempt& attempt, const QString& password)
{
    const QString username = attempt.record.user.username;
    const RiskConfig riskConfig =
        m_services.store.loadRiskConfig(attempt.pool.id, attempt.client.clientId);
    attempt.risk = RiskEngine::assess(gatherSignals(attempt), riskConfig);
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
    attempt.tracing = m_services.traceSignIns;
    attempt.event.trace = {};
    if (attempt.tracing) {
        attempt.event.trace.append(attempt.risk.steps);
    }
    if (riskConfig.notifyFor(attempt.risk.level)) {
        if (auto done = sendRiskNotice(m_services, attempt); !done) {
            return done.failure();
        }
    }

    const QString step = QStringLiteral("Password");
    if (attempt.risk.action == RiskAction::Block) {
        attempt.trace(TraceCode::RiskBlocked);
        return m_sessions.fail(attempt, securityBlock(), step);
    }
    if (!attempt.record.user.enabled) {
        attempt.trace(TraceCode::UserDisabled);
        return m_sessions.fail(attempt,
                               PoolError::notAuthorized(QStringLiteral("User is disabled.")), step);
    }
    AttemptLimiter& limiter = m_services.attempts;
    // During a lockout the password is not looked at, so guessing on gains nothing.
    if (auto allowed = limiter.allows(attempt.pool.id, username, AttemptKind::Password); !allowed) {
        attempt.trace(TraceCode::PasswordRefused, {allowed.failure().message});
        return m_sessions.fail(attempt, allowed.failure(), step);
    }
    if (!(attempt.srpProof ? *attempt.srpProof
                           : m_services.hasher.verify(password, attempt.record.passwordHash))) {
        if (auto done = limiter.failed(attempt.pool.id, username, AttemptKind::Password); !done) {
            return done.failure();
        }
        const PoolError wrong =
            PoolError::notAuthorized(QStringLiteral("Incorrect username or password."));
        attempt.trace(TraceCode::PasswordRefused, {wrong.message});
        return m_sessions.fail(attempt, wrong, step);
    }
    if (auto done = limiter.succeeded(attempt.pool.id, username, AttemptKind::Password); !done) {
        return done.failure();
    }
    attempt.event.challengeResponses.append({step, QStringLiteral("Success")});
    attempt.trace(TraceCode::PasswordAccepted);
    const QString status = attempt.record.user.userStatus;
    if (status == QLatin1String("RESET_REQUIRED")) {
        return m_sessions.fail(attempt,
                               PoolError{QString::fromLatin1(errors::kPasswordResetRequired),
                                         QStringLiteral("Password reset required for the user")},
                               {});
    }
    if (status == QLatin1String("FORCE_CHANGE_PASSWORD")) {
        const qint64 validFor =
            qint64(attempt.pool.passwordPolicy.temporaryPasswordValidityDays) * 86400;
        if (m_services.now() > attempt.record.passwordSetAt + validFor) {
            return m_sessions.fail(
                attempt,
                PoolError::notAuthorized(QStringLiteral(
                    "Temporary password has expired and must be reset by an administrator.")),
                {});
        }
        attempt.trace(TraceCode::NewPasswordRequired);
        QJsonObject attributes;
        for (auto it = attempt.record.user.attributes.begin();
             it != attempt.record.user.attributes.end(); ++it) {
            if (it.key() != QLatin1String("sub")) {
                attributes.insert(it.key(), it.value());
            }
        }
        return m_sessions.challenge(attempt, kNewPasswordRequired,
                                    {{QStringLiteral("userAttributes"), json::toText(attributes)},
                                     {QStringLiteral("requiredAttributes"), QStringLiteral("[]")}});
    }
    return afterPassword(attempt);
}

PoolResult SignInFlow::afterPassword(SignInAttempt& attempt)
{
    return m_devices.wantsProof(attempt) ? m_devices.challenge(attempt) : mfaStep(attempt);
}

PoolResult SignInFlow::srpChallenge(SignInAttempt& attempt, const QJsonObject& parameters)
{
    if (!attempt.client.allowsFlow(QStringLiteral("USER_SRP_AUTH"))) {
        return PoolError::invalidParameter(
            QStringLiteral("USER_SRP_AUTH flow not enabled for this client"));
    }
    const QString username = parameters.value(kUsernameKey).toString();
    if (username.isEmpty()) {
        return PoolError::missingParameter(kUsernameKey);
    }
    const QString clientPublic = parameters.value(QStringLiteral("SRP_A")).toString();
    if (clientPublic.isEmpty()) {
        return PoolError::missingParameter(QStringLiteral("SRP_A"));
    }
    auto record = m_services.store.loadUser(attempt.pool.id, username);
    if (!record) {
        return record.failure();
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
    PoolResult challenge = m_sessions.challenge(attempt, kPasswordVerifier,
                                                {{QStringLiteral("SALT"), attempt.record.srpSalt},
                                                 {QStringLiteral("SRP_B"), server->publicHex()},
                                                 {kUsernameKey, attempt.record.user.username}});
    if (challenge) {
        QJsonObject sent = challenge->value(QStringLiteral("ChallengeParameters")).toObject();
        sent.insert(QStringLiteral("SECRET_BLOCK"), SignInSessions::secretBlock(attempt.sessionId));
        challenge->insert(QStringLiteral("ChallengeParameters"), sent);
    }
    return challenge;
}

PoolResult SignInFlow::passwordVerifierStep(SignInAttempt& attempt, const QJsonObject& responses)
{
    const auto claim = SignInSessions::srpClaim(attempt, responses);
    if (!claim) {
        return claim.failure();
    }
    // A client that kept a device key sends it here rather than with SRP_A.
    if (const QString key = responses.value(QStringLiteral("DEVICE_KEY")).toString();
        !key.isEmpty()) {
        attempt.deviceKey = attempt.device = key;
    }
    const auto server = srp::Server::fromSecretHex(
        attempt.record.srpVerifier, attempt.state.value(QStringLiteral("srpA")).toString(),
        attempt.state.value(QStringLiteral("srpb")).toString());
    attempt.srpProof =
        server && server->checkClaim(srp::poolName(attempt.pool.id), attempt.record.user.username,
                                     claim->secretBlock, claim->timestamp, claim->signature);
    for (const char* key : {"srpA", "srpB", "srpb"}) {
        attempt.state.remove(QLatin1String(key));
    }
    return passwordStep(attempt, {});
}

PoolResult SignInFlow::mfaStep(SignInAttempt& attempt)
{
    const MfaDecision decision = MfaDecision::decide(attempt, [this, &attempt] {
        return m_tokens.remembers(attempt.deviceKey, attempt.pool.id, attempt.record.user.username);
    });
    switch (decision.next) {
    case MfaDecision::Next::Tokens:
        return finish(attempt, TokenIssuer::Grant::SignIn);
    case MfaDecision::Next::Refuse:
        return m_sessions.fail(attempt, securityBlock(), {});
    case MfaDecision::Next::Setup:
        return m_sessions.challenge(
            attempt, kMfaSetup, {{QStringLiteral("MFAS_CAN_SETUP"), jsonList(decision.factors)}});
    case MfaDecision::Next::Challenge:
        return challengeFor(attempt, decision.factor);
    case MfaDecision::Next::Choose:
        break;
    }
    attempt.state.insert(QStringLiteral("choices"), QJsonArray::fromStringList(decision.factors));
    return m_sessions.challenge(attempt, kSelectMfaType,
                                {{QStringLiteral("MFAS_CAN_CHOOSE"), jsonList(decision.factors)}});
}

PoolResult SignInFlow::challengeFor(SignInAttempt& attempt, const QString& factor)
{
    if (factor == kTotp) {
        return m_sessions.challenge(attempt, kTotp, {});
    }
    return m_signInCode.send(
        attempt, factor == kSms ? SignInCode::Medium::Sms : SignInCode::Medium::Email, factor);
}

PoolResult SignInFlow::finish(SignInAttempt& attempt, TokenIssuer::Grant grant)
{
    if (auto done = m_sessions.close(attempt); !done) {
        return done.failure();
    }
    const auto result = m_tokens.issue(attempt, grant);
    if (!result) {
        return result.failure();
    }
    // A refresh is not a sign-in, so it adds no event.
    if (grant == TokenIssuer::Grant::SignIn) {
        attempt.event.eventResponse = QStringLiteral("Pass");
        attempt.trace(TraceCode::Authenticated);
        if (auto done = m_sessions.record(attempt); !done) {
            return done.failure();
        }
    }
    AuthResponse response;
    response.result = *result;
    return response.toJson();
}

PoolResult SignInFlow::refreshStep(SignInAttempt& attempt, const QString& refreshToken)
{
    const auto token = m_tokens.redeem(refreshToken, attempt.client.clientId);
    if (!token) {
        return token.failure();
    }
    attempt.deviceKey = token->deviceKey;
    auto record = m_services.store.loadUser(attempt.pool.id, token->username);
    if (!record) {
        return PoolError::notAuthorized(QStringLiteral("Invalid Refresh Token"));
    }
    if (!record->user.enabled) {
        return PoolError::notAuthorized(QStringLiteral("User is disabled."));
    }
    attempt.record = std::move(*record);
    attempt.event.eventId = m_services.uuid();
    return finish(attempt, TokenIssuer::Grant::Refresh);
}

PoolResult SignInFlow::codeAccepted(SignInAttempt& attempt)
{
    attempt.event.challengeResponses.append({QStringLiteral("Mfa"), QStringLiteral("Success")});
    attempt.record.user.userLastModifiedDate = m_services.now();
    if (auto done = m_services.store.saveUser(attempt.pool.id, attempt.record); !done) {
        return done.failure();
    }
    return finish(attempt, TokenIssuer::Grant::SignIn);
}

PoolResult SignInFlow::respondToAuthChallenge(const QJsonObject& request)
{
    const QString challengeName = request.value(QStringLiteral("ChallengeName")).toString();
    auto resumed =
        m_sessions.resume(sessionOf(request), request.value(QStringLiteral("ClientId")).toString());
    if (!resumed) {
        return resumed.failure();
    }
    SignInAttempt& attempt = *resumed;
    if (challengeName != attempt.challenge) {
        return PoolError::invalidParameter(
            QStringLiteral("ChallengeName %1 does not answer this session's challenge %2")
                .arg(PoolError::quotedPrefix(challengeName), attempt.challenge));
    }
    const QJsonObject responses = request.value(QStringLiteral("ChallengeResponses")).toObject();
    const QString username = responses.value(kUsernameKey).toString();
    if (username.isEmpty()) {
        return PoolError::missingParameter(kUsernameKey);
    }
    if (username != attempt.record.user.username && username != attempt.record.user.sub()) {
        return invalidSession();
    }
    if (challengeName == kPasswordVerifier) {
        return passwordVerifierStep(attempt, responses);
    }
    if (ChoiceSignIn::answers(attempt, challengeName)) {
        return m_choice.respond(attempt, challengeName, responses);
    }

    if (challengeName == kNewPasswordRequired) {
        const QString password = responses.value(QStringLiteral("NEW_PASSWORD")).toString();
        if (password.isEmpty()) {
            return PoolError::missingParameter(QStringLiteral("NEW_PASSWORD"));
        }
        if (auto done = attempt.pool.passwordPolicy.check(password); !done) {
            return done.failure();
        }
        if (auto set = m_services.setPassword(attempt.record, attempt.pool.id, password); !set) {
            return set.failure();
        }
        attempt.record.passwordSetAt = m_services.now();
        attempt.record.user.userStatus = QStringLiteral("CONFIRMED");
        attempt.record.user.userLastModifiedDate = m_services.now();
        if (auto done = m_services.store.saveUser(attempt.pool.id, attempt.record); !done) {
            return done.failure();
        }
        attempt.state = {};
        attempt.trace(TraceCode::NewPasswordSet);
        return afterPassword(attempt);
    }
    if (challengeName == DeviceSignIn::kDeviceSrpAuth) {
        return m_devices.srpStep(attempt, responses);
    }
    if (challengeName == DeviceSignIn::kDevicePasswordVerifier) {
        if (auto refused = m_devices.verifierStep(attempt, responses)) {
            return *refused;
        }
        return mfaStep(attempt);
    }
    if (challengeName == kSms || challengeName == kEmail) {
        const QString key = challengeName == kSms ? QStringLiteral("SMS_MFA_CODE")
                                                  : QStringLiteral("EMAIL_OTP_CODE");
        if (auto refused = m_codes.runSent(attempt, responses, key)) {
            return *refused;
        }
        // A code that arrived proves the address, as in Cognito.
        attempt.record.user.attributes.insert(challengeName == kSms
                                                  ? QStringLiteral("phone_number_verified")
                                                  : QStringLiteral("email_verified"),
                                              QStringLiteral("true"));
        return codeAccepted(attempt);
    }
    if (challengeName == kTotp) {
        const QString code = responses.value(QStringLiteral("SOFTWARE_TOKEN_MFA_CODE")).toString();
        if (code.isEmpty()) {
            return PoolError::missingParameter(QStringLiteral("SOFTWARE_TOKEN_MFA_CODE"));
        }
        if (auto refused = m_codes.run(
                attempt, m_codes.totp(attempt.record, code, PoolError::codeMismatch()))) {
            return *refused;
        }
        return codeAccepted(attempt);
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
        return finish(attempt, TokenIssuer::Grant::SignIn);
    }
    return PoolError::invalidParameter(
        QStringLiteral("Unknown ChallengeName %1").arg(PoolError::quotedPrefix(challengeName)));
}

} // namespace tessera::pool::local
