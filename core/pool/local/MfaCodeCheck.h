// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInSessions.h"

#include <functional>
#include <optional>

namespace tessera::pool::local {

// The one check of an MFA code (TOTP, SMS or email), whichever operation brings it
// (RespondToAuthChallenge, VerifySoftwareToken with a session or an access token):
// - refused unchecked once the sign-in session has had kMaxSessionAttempts wrong codes (the
//   sign-in ends) or while the user is locked out of codes (AttemptLimiter);
// - a wrong code counted against the session, when there is one, and the user, and recorded in
//   the sign-in's auth event, when there is one;
// - a right code clears the user's count of wrong ones.
// Every store error reaches the caller.
class MfaCodeCheck
{
public:
    static constexpr int kMaxSessionAttempts = 5;

    // Whether a code is right: success when it is, else the error a wrong code answers.
    using Check = std::function<Expected<void, PoolError>()>;

    MfaCodeCheck(EngineServices& services, SignInSessions& sessions)
        : m_services(services), m_sessions(sessions)
    {}

    // Runs `check` within the attempt limit. Nothing when the code was right; otherwise the
    // answer to give.
    std::optional<PoolResult> run(SignInAttempt& attempt, const Check& check);

    // A check of a TOTP code against the user's secret: one step either side of now, never a
    // step already used (the step accepted is kept in `record`).
    Check totp(UserRecord& record, const QString& code, const PoolError& mismatch) const;
    // A check of a code against the one the engine sent, in constant time.
    static Check sent(const QString& expected, const QString& given);
    // The code the engine sent for this sign-in (kept in the attempt's state), answered under
    // `key` (SMS_MFA_CODE, EMAIL_OTP_CODE, SMS_OTP_CODE...): missing, or run() over it.
    std::optional<PoolResult> runSent(SignInAttempt& attempt, const QJsonObject& responses,
                                      const QString& key);

private:
    EngineServices& m_services;
    SignInSessions& m_sessions;
};

} // namespace tessera::pool::local
