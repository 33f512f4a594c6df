// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "PasskeySupport.h"
#include "TokenIssuer.h"

#include <QJsonObject>

namespace tessera::pool::local {

// A signed-in user's own passkeys, authorised by their access token as Cognito does:
// StartWebAuthnRegistration (creation options with a single-use challenge),
// CompleteWebAuthnRegistration (the browser's answer, verified before it is stored),
// ListWebAuthnCredentials and DeleteWebAuthnCredential.
class WebAuthnRegistration
{
public:
    static constexpr int kMaxResults = 20;

    explicit WebAuthnRegistration(EngineServices& services) : m_services(services) {}

    PoolResult startWebAuthnRegistration(const QJsonObject& request);
    PoolResult completeWebAuthnRegistration(const QJsonObject& request);
    PoolResult listWebAuthnCredentials(const QJsonObject& request);
    PoolResult deleteWebAuthnCredential(const QJsonObject& request);

private:
    EngineServices& m_services;
    PasskeySupport m_passkeys{m_services};
    TokenIssuer m_tokens{m_services};
};

} // namespace tessera::pool::local
