// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChoiceSignIn.h"
#include "DeviceSignIn.h"
#include "EngineServices.h"
#include "MfaCodeCheck.h"
#include "RiskEngine.h"
#include "SignInCode.h"
#include "SignInSessions.h"
#include "TokenIssuer.h"

#include <QJsonObject>

namespace tessera::pool::local {

// Cognito's sign-in sequence: the password (or a refresh token), NEW_PASSWORD_REQUIRED, then MFA
// as the pool, the user's preferences (MfaPreferences), the risk engine's decision and a
// remembered device call for it (MFA_SETUP, SELECT_MFA_TYPE, the factor challenges), then the
// tokens (TokenIssuer). Sessions and the auth event live in SignInSessions, every code check in
// MfaCodeCheck.
class SignInFlow
{
public:
    explicit SignInFlow(EngineServices& services) : m_services(services) {}

    PoolResult initiateAuth(const QJsonObject& request) { return start(request, false); }
    PoolResult adminInitiateAuth(const QJsonObject& request) { return start(request, true); }
    // RespondToAuthChallenge and, without a client secret or SRP, AdminRespondToAuthChallenge.
    PoolResult respondToAuthChallenge(const QJsonObject& request);

private:
    PoolResult start(const QJsonObject& request, bool admin);
    PoolResult passwordStep(SignInAttempt& attempt, const QString& password);
    // USER_SRP_AUTH: the PASSWORD_VERIFIER challenge (SALT, SRP_B, SECRET_BLOCK) for SRP_A.
    PoolResult srpChallenge(SignInAttempt& attempt, const QJsonObject& parameters);
    // The client's PASSWORD_CLAIM_SIGNATURE checked, then the rest of passwordStep.
    PoolResult passwordVerifierStep(SignInAttempt& attempt, const QJsonObject& responses);
    PoolResult refreshStep(SignInAttempt& attempt, const QString& refreshToken);
    // After the password (and a new one): DEVICE_SRP_AUTH for a remembered device, else mfaStep.
    PoolResult afterPassword(SignInAttempt& attempt);
    // After the password (and a new one, and the device's proof): an MFA challenge or the
    // tokens.
    PoolResult mfaStep(SignInAttempt& attempt);
    PoolResult challengeFor(SignInAttempt& attempt, const QString& factor);
    // A right code: the user's record saved (a code that arrived verifies its address), then
    // the tokens.
    PoolResult codeAccepted(SignInAttempt& attempt);
    PoolResult finish(SignInAttempt& attempt, TokenIssuer::Grant grant);
    RiskSignals gatherSignals(const SignInAttempt& attempt);

    EngineServices& m_services;
    SignInSessions m_sessions{m_services};
    MfaCodeCheck m_codes{m_services, m_sessions};
    SignInCode m_signInCode{m_services, m_sessions};
    TokenIssuer m_tokens{m_services};
    DeviceSignIn m_devices{m_services, m_sessions};
    // USER_AUTH (choice-based sign-in, passkeys): its own file, lent this flow's steps.
    ChoiceSignIn m_choice{
        m_services, m_sessions,
        ChoiceSignIn::Steps{
            [this](SignInAttempt& attempt, const QString& password) {
                return passwordStep(attempt, password);
            },
            [this](SignInAttempt& attempt) { return finish(attempt, TokenIssuer::Grant::SignIn); },
            [this](SignInAttempt& attempt) {
                attempt.risk = RiskEngine::assess(
                    gatherSignals(attempt),
                    m_services.store.loadRiskConfig(attempt.pool.id, attempt.client.clientId));
            }}};
};

} // namespace tessera::pool::local
