// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPasskey.h"

#include <QJsonArray>

namespace tessera::pool {

UserPasskey UserPasskey::fromJson(const QJsonObject& object)
{
    UserPasskey passkey;
    passkey.credentialId = object.value(QStringLiteral("CredentialId")).toString();
    passkey.name = object.value(QStringLiteral("FriendlyCredentialName")).toString();
    passkey.relyingPartyId = object.value(QStringLiteral("RelyingPartyId")).toString();
    passkey.attachment = object.value(QStringLiteral("AuthenticatorAttachment")).toString();
    for (const QJsonValue& transport :
         object.value(QStringLiteral("AuthenticatorTransports")).toArray()) {
        passkey.transports.append(transport.toString());
    }
    passkey.created = qint64(object.value(QStringLiteral("CreatedAt")).toDouble());
    passkey.lastUsed = qint64(object.value(QStringLiteral("TesseraLastUsedAt")).toDouble());
    return passkey;
}

} // namespace tessera::pool
