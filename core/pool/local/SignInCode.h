// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInAttempt.h"
#include "SignInSessions.h"

namespace tessera::pool::local {

// The code of an SMS or email sign-in step, whether MFA (SMS_MFA, EMAIL_OTP) or a passwordless
// first factor (SMS_OTP, EMAIL_OTP): made, put in the outbox with the pool's message (or
// Cognito's default one), kept in the attempt's state as "code", and asked for by a challenge
// that says where it went.
class SignInCode
{
public:
    static constexpr int kDigits = 6;

    enum class Medium
    {
        Sms,
        Email
    };

    SignInCode(EngineServices& services, SignInSessions& sessions)
        : m_services(services), m_sessions(sessions)
    {}

    // Sends a fresh code to the user's phone_number (Sms) or email and answers with
    // `challenge`, its CODE_DELIVERY_DELIVERY_MEDIUM and masked CODE_DELIVERY_DESTINATION.
    PoolResult send(SignInAttempt& attempt, Medium medium, const QString& challenge);

private:
    EngineServices& m_services;
    SignInSessions& m_sessions;
};

} // namespace tessera::pool::local
