// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignInAttempt.h"

#include <QStringList>

#include <functional>

namespace tessera::pool::local {

// What a sign-in does after the password, and why: the pool's MFA mode (as the federated-user
// policy bends it), the user's usable factors and preference, the risk action and a remembered
// device. Writes its reasons into the attempt's event and decision trace.
struct MfaDecision
{
    enum class Next
    {
        Tokens,    // no MFA
        Refuse,    // MFA_REQUIRED by risk, no factor to ask
        Setup,     // MFA_SETUP: factors = what the pool offers
        Challenge, // factor
        Choose     // SELECT_MFA_TYPE: factors = the choices
    };
    Next next = Next::Tokens;
    QStringList factors;
    QString factor;

    // `remembered` says whether the attempt's device is remembered for the user; asked only
    // when it matters.
    static MfaDecision decide(SignInAttempt& attempt, const std::function<bool()>& remembered);
};

} // namespace tessera::pool::local
