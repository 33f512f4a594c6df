// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "RiskEngine.h"
#include "pool/AuthResult.h"

#include <QJsonObject>

namespace tessera::pool::local {

// Cognito's sign-in state machine: the password, NEW_PASSWORD_REQUIRED, MFA_SETUP,
// SELECT_MFA_TYPE and the factor challenges, then tokens; with sessions that expire, codes that
// are single-use, an attempt limit, remembered devices and the risk engine's decision recorded
// as an auth event for every attempt.
class SignInFlow
{
public:
    static constexpr int kMaxCodeAttempts = 5;

    explicit SignInFlow(EngineServices& services) : m_services(services) {}

    PoolResult initiateAuth(const QJsonObject& request, bool admin);
    PoolResult respondToAuthChallenge(const QJsonObject& request);
    PoolResult associateSoftwareToken(const QJsonObject& request);
    PoolResult verifySoftwareToken(const QJsonObject& request);
    PoolResult setUserMfaPreference(const QJsonObject& request);

    // The checks and changes of (Admin)SetUserMFAPreference, shared by both operations.
    static std::optional<PoolError> applyMfaPreference(UserRecord& record,
                                                       const QJsonObject& request);

private:
    struct Session;
    struct Attempt;

    PoolResult passwordStep(Attempt& attempt, const QString& password);
    // USER_SRP_AUTH: the PASSWORD_VERIFIER challenge (SALT, SRP_B, SECRET_BLOCK) for SRP_A.
    PoolResult srpChallenge(Attempt& attempt, const QJsonObject& parameters);
    // The client's PASSWORD_CLAIM_SIGNATURE checked, then the rest of passwordStep.
    PoolResult passwordVerifierStep(Attempt& attempt, const QJsonObject& responses);
    PoolResult refreshStep(Attempt& attempt, const QString& refreshToken);
    // After the password (and a new one): an MFA challenge or the tokens.
    PoolResult mfaStep(Attempt& attempt);
    PoolResult challengeFor(Attempt& attempt, const QString& factor);
    PoolResult finish(Attempt& attempt, const QString& eventResponse);
    PoolResult fail(Attempt& attempt, const PoolError& error, const QString& challenge);
    PoolResult newSession(Attempt& attempt, const QString& challenge,
                          QMap<QString, QString> parameters);
    PoolOutcome<Attempt> resume(const QString& sessionId, const QString& clientId);
    // The user an AccessToken names.
    PoolOutcome<std::pair<QString, UserRecord>> userFromAccessToken(const QString& token);
    // Checks a TOTP code (window one step either side, never a step already used) and records
    // the step. Returns the error to give, if any.
    std::optional<PoolError> checkTotp(UserRecord& record, const QString& code,
                                       const PoolError& mismatch);
    // The one attempt limit on MFA codes, called by every path that checks a code before it
    // looks at it: the answer when this sign-in has used its tries (the session ends) or the
    // user is locked out of codes (AttemptLimiter); nullopt when the code may be checked.
    std::optional<PoolResult> codeRefused(Attempt& attempt);
    // A wrong code: counted against the session, when there is one, and the user.
    PoolResult codeFailed(Attempt& attempt, const PoolError& error);
    // A right code: the user's count of wrong ones starts again.
    std::optional<PoolError> codeSucceeded(Attempt& attempt);
    RiskSignals gatherSignals(const QString& poolId, const QString& username, const QString& ip,
                              const QString& device);

    EngineServices& m_services;
};

} // namespace tessera::pool::local
