// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tessera::pool {

// One registered passkey of a user, as ListWebAuthnCredentials describes it
// (WebAuthnCredentialDescription), with when it last signed in where the backend knows it (the
// local engine's TesseraLastUsedAt; Cognito does not say).
struct UserPasskey
{
    QString credentialId;
    QString name;
    QString relyingPartyId;
    QString attachment; // "platform", "cross-platform" or empty
    QStringList transports;
    qint64 created = 0;  // epoch seconds
    qint64 lastUsed = 0; // epoch seconds; 0: never, or not known

    static UserPasskey fromJson(const QJsonObject& object);
};

} // namespace tessera::pool
