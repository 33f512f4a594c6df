// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolStore.h"
#include "RiskEngine.h"
#include "pool/AuthEvent.h"
#include "pool/MfaConfig.h"
#include "pool/UserPool.h"
#include "pool/UserPoolClient.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tessera::pool::local {

// A sign-in in progress: who, through which client, from where, what the risk engine said, the
// auth event it is writing, and its session's own state (the code sent, the choices offered,
// set-up done), carried from step to step by SignInSessions.
struct SignInAttempt
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
    // Wrong answers in this session.
    int attempts = 0;
    QJsonObject state;
    // Set when the password was proven by SRP (PASSWORD_VERIFIER) rather than sent; not saved
    // with the session.
    std::optional<bool> srpProof;
    // Whether the engine keeps a decision trace (LocalPoolOptions::traceSignIns).
    bool tracing = true;

    // Adds a step to the event's decision trace when tracing.
    void trace(TraceCode code, QStringList arguments = {})
    {
        if (tracing) {
            event.trace.add(code, std::move(arguments));
        }
    }
};

} // namespace tessera::pool::local
