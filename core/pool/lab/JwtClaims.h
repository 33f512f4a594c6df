// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tessera::pool::lab {

// What a lab shows of a token when asked ("show"): its claims, read without checking the
// signature (the lab only displays them; an app must verify against the pool's keys).
class JwtClaims
{
    Q_DECLARE_TR_FUNCTIONS(JwtClaims)

public:
    // The payload of a compact JWS ("header.payload.signature"); an error says what is wrong.
    static Expected<QJsonObject> decode(const QString& token);
    // exp - iat in seconds, or 0 when either is missing.
    static qint64 lifetime(const QJsonObject& claims);
};

} // namespace tessera::pool::lab
