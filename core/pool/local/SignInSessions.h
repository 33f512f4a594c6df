// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInAttempt.h"

#include <QMap>

namespace tessera::pool::local {

// Where a sign-in waits between steps: one stored session per challenge, under a new session
// string at every step (an old one cannot be replayed), expiring after the client's
// AuthSessionValidity; and the sign-in's auth event, kept up to date as it goes.
class SignInSessions
{
public:
    explicit SignInSessions(EngineServices& services) : m_services(services) {}

    // Stores the attempt under a new session waiting for `challenge` (its old session gone),
    // records its event as InProgress, and answers with the challenge and `parameters`.
    PoolResult challenge(SignInAttempt& attempt, const QString& challenge,
                         QMap<QString, QString> parameters);
    // The attempt `sessionId` carries on; NotAuthorizedException when there is none, it has
    // expired or (when `clientId` is given) it belongs to another client.
    Expected<SignInAttempt, PoolError> resume(const QString& sessionId, const QString& clientId);
    // Ends the attempt with `error`: its session gone, its event Fail, with `challenge` marked
    // failed when given.
    PoolResult fail(SignInAttempt& attempt, const PoolError& error, const QString& challenge);
    // Ends the attempt's session, before its tokens are issued.
    Expected<void, PoolError> close(const SignInAttempt& attempt);
    // Saves the attempt's event as it stands.
    Expected<void, PoolError> record(const SignInAttempt& attempt);

    // The SECRET_BLOCK of a PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER challenge: it names
    // its session, so a client that answers without Session (AWS gives none with
    // PASSWORD_VERIFIER) still resumes it.
    static QString secretBlock(const QString& sessionId);
    // The session a PASSWORD_CLAIM_SECRET_BLOCK names.
    static QString sessionOfSecretBlock(const QString& secretBlock);
    // An SRP claim, answering PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER.
    struct SrpClaim
    {
        QString secretBlock;
        QString signature;
        QString timestamp;
    };
    // The claim in `responses`, once every part is there, its SECRET_BLOCK is the attempt's and
    // its TIMESTAMP is written as Cognito's clients write it.
    static Expected<SrpClaim, PoolError> srpClaim(const SignInAttempt& attempt,
                                                  const QJsonObject& responses);

private:
    EngineServices& m_services;
};

} // namespace tessera::pool::local
