// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "MfaCodeCheck.h"
#include "SignInSessions.h"
#include "TokenIssuer.h"

#include <QJsonObject>

namespace tessera::pool::local {

// A user's own MFA set-up, authorised by their access token or, during a sign-in's MFA_SETUP
// challenge, by its session: AssociateSoftwareToken, VerifySoftwareToken and
// SetUserMFAPreference. The rules themselves are MfaPreferences'; code checks are MfaCodeCheck's.
class MfaEnrolment
{
public:
    explicit MfaEnrolment(EngineServices& services) : m_services(services) {}

    PoolResult associateSoftwareToken(const QJsonObject& request);
    PoolResult verifySoftwareToken(const QJsonObject& request);
    PoolResult setUserMfaPreference(const QJsonObject& request);

private:
    // Who the request speaks for: the user its AccessToken names, or the sign-in waiting in
    // MFA_SETUP its Session continues (exactly one of the two must be given).
    Expected<SignInAttempt, PoolError> authorised(const QJsonObject& request);
    // Saves the user and answers with `response`; during a sign-in, the MFA_SETUP session moves
    // on to a new one, named in the answer.
    PoolResult saveAndAnswer(SignInAttempt& attempt, QJsonObject response);

    EngineServices& m_services;
    SignInSessions m_sessions{m_services};
    MfaCodeCheck m_codes{m_services, m_sessions};
    TokenIssuer m_tokens{m_services};
};

} // namespace tessera::pool::local
