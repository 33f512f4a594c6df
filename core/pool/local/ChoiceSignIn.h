// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "MfaCodeCheck.h"
#include "PasskeySupport.h"
#include "SignInAttempt.h"
#include "SignInCode.h"
#include "SignInSessions.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace tessera::pool::local {

// Cognito's choice-based sign-in (AuthFlow USER_AUTH): the user's first factor is the one they
// prefer (PREFERRED_CHALLENGE) or pick from SELECT_CHALLENGE's AvailableChallenges, among the
// pool's AllowedFirstAuthFactors that the user can answer. The local engine carries out PASSWORD
// (then MFA, as USER_PASSWORD_AUTH would), EMAIL_OTP and SMS_OTP (a code to a verified address,
// in the outbox) and WEB_AUTHN (a passkey assertion); the passwordless factors end the sign-in
// as Cognito's do. Codes go through MfaCodeCheck's limits; passkey assertions have their own
// count in the AttemptLimiter.
class ChoiceSignIn
{
public:
    // What SignInFlow lends this flow: its password step, its end (tokens and a passed event),
    // and its risk assessment of an attempt.
    struct Steps
    {
        std::function<PoolResult(SignInAttempt&, const QString&)> password;
        std::function<PoolResult(SignInAttempt&)> passed;
        std::function<void(SignInAttempt&)> assessRisk;
    };

    ChoiceSignIn(EngineServices& services, SignInSessions& sessions, Steps steps)
        : m_services(services), m_sessions(sessions), m_steps(std::move(steps))
    {}

    // Whether `attempt`'s `challengeName` is one of this flow's (SELECT_CHALLENGE, WEB_AUTHN,
    // SMS_OTP, and EMAIL_OTP when it is the first factor rather than MFA after a password).
    static bool answers(const SignInAttempt& attempt, const QString& challengeName);

    // InitiateAuth with USER_AUTH; `attempt` has its pool, client and origin already.
    PoolResult start(SignInAttempt& attempt, const QJsonObject& parameters);
    // RespondToAuthChallenge for SELECT_CHALLENGE or WEB_AUTHN.
    PoolResult respond(SignInAttempt& attempt, const QString& challengeName,
                       const QJsonObject& responses);

private:
    // The first factors this user may start with here, in Cognito's order.
    QStringList available(const SignInAttempt& attempt);
    PoolResult begin(SignInAttempt& attempt, const QString& factor, const QJsonObject& values);
    PoolResult webAuthnChallenge(SignInAttempt& attempt);
    PoolResult webAuthnAnswer(SignInAttempt& attempt, const QJsonObject& responses);
    // A refused assertion: counted against the user's passkey attempts, the sign-in ended.
    PoolResult passkeyRefused(SignInAttempt& attempt, const PoolError& error);
    PoolResult otpChallenge(SignInAttempt& attempt, const QString& factor);
    PoolResult otpAnswer(SignInAttempt& attempt, const QString& factor,
                         const QJsonObject& responses);
    // A passwordless first factor proven (`step` names it in the auth event): the risk engine's
    // say, then the tokens.
    PoolResult signedIn(SignInAttempt& attempt, const QString& step);

    EngineServices& m_services;
    SignInSessions& m_sessions;
    Steps m_steps;
    PasskeySupport m_passkeys{m_services};
    MfaCodeCheck m_codes{m_services, m_sessions};
    SignInCode m_code{m_services, m_sessions};
};

} // namespace tessera::pool::local
