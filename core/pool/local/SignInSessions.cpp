// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInSessions.h"

#include "pool/AuthResult.h"
#include "pool/CognitoSrp.h"

#include <QJsonArray>

namespace tessera::pool::local {

namespace {

PoolError invalidSession()
{
    return PoolError::notAuthorized(QStringLiteral("Invalid session for the user."));
}

// What a session keeps beside the flow's own state: where the sign-in comes from, its event and
// the risk engine's verdict.
QJsonObject savedState(const SignInAttempt& attempt)
{
    QJsonObject saved = attempt.state;
    saved.insert(QStringLiteral("ip"), attempt.ipAddress);
    saved.insert(QStringLiteral("device"), attempt.device);
    saved.insert(QStringLiteral("deviceKey"), attempt.deviceKey);
    saved.insert(QStringLiteral("eventId"), attempt.event.eventId);
    saved.insert(QStringLiteral("riskLevel"), int(attempt.risk.level));
    saved.insert(QStringLiteral("riskAction"), int(attempt.risk.action));
    saved.insert(QStringLiteral("riskReasons"), QJsonArray::fromStringList(attempt.risk.reasons));
    saved.insert(QStringLiteral("tracing"), attempt.tracing);
    return saved;
}

void restoreState(SignInAttempt& attempt, const QJsonObject& saved)
{
    attempt.state = saved;
    attempt.ipAddress = saved.value(QStringLiteral("ip")).toString();
    attempt.device = saved.value(QStringLiteral("device")).toString();
    attempt.deviceKey = saved.value(QStringLiteral("deviceKey")).toString();
    attempt.tracing = saved.value(QStringLiteral("tracing")).toBool();
    attempt.risk.level = RiskLevel(saved.value(QStringLiteral("riskLevel")).toInt());
    attempt.risk.action = RiskAction(saved.value(QStringLiteral("riskAction")).toInt());
    for (const QJsonValue reason : saved.value(QStringLiteral("riskReasons")).toArray()) {
        attempt.risk.reasons.append(reason.toString());
    }
}

} // namespace

PoolResult SignInSessions::challenge(SignInAttempt& attempt, const QString& challenge,
                                     QMap<QString, QString> parameters)
{
    if (auto done = close(attempt); !done) {
        return done.failure();
    }
    attempt.sessionId = m_services.randomToken(96);
    attempt.challenge = challenge;
    attempt.attempts = 0;
    SessionRecord session;
    session.id = attempt.sessionId;
    session.poolId = attempt.pool.id;
    session.clientId = attempt.client.clientId;
    session.username = attempt.record.user.username;
    session.challenge = challenge;
    session.expires = m_services.now() + qint64(attempt.client.authSessionValidityMinutes) * 60;
    session.state = savedState(attempt);
    if (auto done = m_services.store.createSession(session); !done) {
        return done.failure();
    }
    attempt.event.eventResponse = QStringLiteral("InProgress");
    if (auto done = record(attempt); !done) {
        return done.failure();
    }
    parameters.insert(QStringLiteral("USER_ID_FOR_SRP"), attempt.record.user.username);
    AuthResponse response;
    response.challenge = Challenge{challenge, attempt.sessionId, parameters};
    return response.toJson();
}

Expected<SignInAttempt, PoolError> SignInSessions::resume(const QString& sessionId,
                                                          const QString& clientId)
{
    PoolStore& store = m_services.store;
    auto found = store.loadSession(sessionId);
    if (!found) {
        return found.failure();
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
    SignInAttempt attempt;
    attempt.sessionId = sessionId;
    attempt.challenge = session.challenge;
    attempt.attempts = session.attempts;
    restoreState(attempt, session.state);
    auto pool = store.loadPool(session.poolId);
    auto client = store.loadClient(session.clientId);
    auto mfa = store.loadMfaConfig(session.poolId);
    auto record = store.loadUser(session.poolId, session.username);
    if (!pool || !client || !mfa || !record) {
        return invalidSession();
    }
    attempt.pool = *pool;
    attempt.client = *client;
    attempt.mfa = *mfa;
    attempt.record = std::move(*record);
    // The sign-in's event, to which this step adds: a store that cannot give it back fails the
    // step rather than let it go unrecorded.
    auto event = store.loadAuthEvent(attempt.state.value(QStringLiteral("eventId")).toString());
    if (!event) {
        return event.failure();
    }
    if (*event) {
        attempt.event = **event;
    }
    return attempt;
}

PoolResult SignInSessions::fail(SignInAttempt& attempt, const PoolError& error,
                                const QString& challenge)
{
    if (!challenge.isEmpty()) {
        attempt.event.challengeResponses.append({challenge, QStringLiteral("Failure")});
    }
    attempt.event.eventResponse = QStringLiteral("Fail");
    attempt.trace(TraceCode::Stopped, {error.type, error.message});
    // The failure is what the caller must hear; a session left behind expires on its own.
    (void)close(attempt);
    if (auto saved = record(attempt); !saved) {
        return saved.failure();
    }
    return error;
}

Expected<void, PoolError> SignInSessions::close(const SignInAttempt& attempt)
{
    if (attempt.sessionId.isEmpty()) {
        return {};
    }
    return m_services.store.deleteSession(attempt.sessionId);
}

Expected<void, PoolError> SignInSessions::record(const SignInAttempt& attempt)
{
    return m_services.saveEvent(attempt.pool.id, attempt.record.user.username, attempt.event);
}

QString SignInSessions::secretBlock(const QString& sessionId)
{
    return QString::fromLatin1(sessionId.toUtf8().toBase64());
}

QString SignInSessions::sessionOfSecretBlock(const QString& secretBlock)
{
    return QString::fromUtf8(QByteArray::fromBase64(secretBlock.toLatin1()));
}

Expected<SignInSessions::SrpClaim, PoolError> SignInSessions::srpClaim(const SignInAttempt& attempt,
                                                                       const QJsonObject& responses)
{
    SrpClaim claim;
    for (const auto& [name, value] : {std::pair{"PASSWORD_CLAIM_SECRET_BLOCK", &claim.secretBlock},
                                      std::pair{"PASSWORD_CLAIM_SIGNATURE", &claim.signature},
                                      std::pair{"TIMESTAMP", &claim.timestamp}}) {
        *value = responses.value(QLatin1String(name)).toString();
        if (value->isEmpty()) {
            return PoolError::invalidParameter(
                QStringLiteral("Missing required parameter %1").arg(QLatin1String(name)));
        }
    }
    if (claim.secretBlock != secretBlock(attempt.sessionId)) {
        return invalidSession();
    }
    if (!srp::isTimestamp(claim.timestamp)) {
        return PoolError::invalidParameter(
            QStringLiteral("TIMESTAMP must be written as 'Tue Sep 5 00:09:40 UTC 2018', not %1")
                .arg(PoolError::quotedPrefix(claim.timestamp)));
    }
    return claim;
}

} // namespace tessera::pool::local
