// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInAttempt.h"
#include "pool/AuthResult.h"

#include <utility>

namespace tessera::pool::local {

// What a finished sign-in is given, as Cognito gives it: ID and access tokens signed with the
// store's key (TokenSigner), a refresh token kept only as its hash, and a remembered device when
// the pool remembers devices. It also reads back what it issued: refresh tokens, access tokens
// and remembered devices.
class TokenIssuer
{
public:
    enum class Grant
    {
        SignIn, // tokens, a refresh token, and the device remembered
        Refresh // new ID and access tokens only
    };

    explicit TokenIssuer(EngineServices& services) : m_services(services) {}

    // The tokens for the attempt's user through its client. The caller has closed the
    // attempt's session and records its auth event.
    Expected<AuthResult, PoolError> issue(const SignInAttempt& attempt, Grant grant);

    // The refresh token `token` issued to `clientId`, while unexpired; NotAuthorizedException
    // "Invalid Refresh Token" otherwise.
    Expected<RefreshTokenRecord, PoolError> redeem(const QString& token, const QString& clientId);
    // The pool id and the user an AccessToken names, once its signature, use and expiry hold.
    Expected<std::pair<QString, UserRecord>, PoolError> userOf(const QString& accessToken);
    // Whether the user's device `deviceKey` is remembered now, so that MFA may be skipped.
    bool remembers(const QString& deviceKey, const QString& poolId, const QString& username);

private:
    // Remembers the attempt's device: the known one seen again, or a new key into `result`.
    Expected<void, PoolError> rememberDevice(const SignInAttempt& attempt, AuthResult& result);

    EngineServices& m_services;
};

} // namespace tessera::pool::local
