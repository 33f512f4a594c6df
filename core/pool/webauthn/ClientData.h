// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelyingParty.h"
#include "WebAuthnError.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tessera::pool::webauthn {

// The client's collected data (clientDataJSON), checked against what the relying party issued.
struct ClientData
{
    inline static const QString kCreate = QStringLiteral("webauthn.create");
    inline static const QString kGet = QStringLiteral("webauthn.get");

    QString type;
    QByteArray challenge;
    QString origin;

    // Reads the JSON and checks, in WebAuthn's order, type == `expectedType`, the challenge
    // (compared in constant time), crossOrigin not true, and the origin: https on the relying
    // party ID or a subdomain of it, http only for localhost, or one of `party.extraOrigins`.
    static Expected<ClientData, WebAuthnError> check(QByteArrayView json,
                                                     const QString& expectedType,
                                                     QByteArrayView expectedChallenge,
                                                     const RelyingParty& party);
    // Whether `origin` is one `party` accepts (see check()).
    static bool originAllowed(const QString& origin, const RelyingParty& party);
};

} // namespace tessera::pool::webauthn
