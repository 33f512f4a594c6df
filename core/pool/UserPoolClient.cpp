// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPoolClient.h"

#include "JsonFields.h"
#include "RequestShape.h"

#include <QJsonArray>

namespace tessera::pool {

bool UserPoolClient::allowsFlow(const QString& flow) const
{
    const QStringList flows = explicitAuthFlows.isEmpty()
                                  ? QStringList{QStringLiteral("ALLOW_USER_SRP_AUTH"),
                                                QStringLiteral("ALLOW_CUSTOM_AUTH"),
                                                QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")}
                                  : explicitAuthFlows;
    return flows.contains(QStringLiteral("ALLOW_") + flow);
}

QJsonObject UserPoolClient::toJson() const
{
    QJsonObject object = toSummaryJson();
    object.insert(QStringLiteral("ExplicitAuthFlows"),
                  QJsonArray::fromStringList(explicitAuthFlows));
    object.insert(QStringLiteral("CreationDate"), json::epochSeconds(creationDate));
    object.insert(QStringLiteral("LastModifiedDate"), json::epochSeconds(lastModifiedDate));
    object.insert(QStringLiteral("AuthSessionValidity"), authSessionValidityMinutes);
    object.insert(QStringLiteral("AccessTokenValidity"), accessTokenValidityMinutes);
    object.insert(QStringLiteral("IdTokenValidity"), idTokenValidityMinutes);
    object.insert(QStringLiteral("RefreshTokenValidity"), refreshTokenValidityDays);
    object.insert(QStringLiteral("TokenValidityUnits"),
                  QJsonObject{{QStringLiteral("AccessToken"), QStringLiteral("minutes")},
                              {QStringLiteral("IdToken"), QStringLiteral("minutes")},
                              {QStringLiteral("RefreshToken"), QStringLiteral("days")}});
    return object;
}

QJsonObject UserPoolClient::toSummaryJson() const
{
    return {{QStringLiteral("ClientId"), clientId},
            {QStringLiteral("UserPoolId"), userPoolId},
            {QStringLiteral("ClientName"), clientName}};
}

UserPoolClient UserPoolClient::fromJson(const QJsonObject& object)
{
    UserPoolClient client;
    client.clientId = object.value(QStringLiteral("ClientId")).toString();
    client.clientName = object.value(QStringLiteral("ClientName")).toString();
    client.userPoolId = object.value(QStringLiteral("UserPoolId")).toString();
    for (const QJsonValue& flow : object.value(QStringLiteral("ExplicitAuthFlows")).toArray()) {
        client.explicitAuthFlows.append(flow.toString());
    }
    client.creationDate = qint64(object.value(QStringLiteral("CreationDate")).toDouble());
    client.lastModifiedDate = qint64(object.value(QStringLiteral("LastModifiedDate")).toDouble());
    client.authSessionValidityMinutes =
        object.value(QStringLiteral("AuthSessionValidity")).toInt(3);
    client.accessTokenValidityMinutes =
        object.value(QStringLiteral("AccessTokenValidity")).toInt(60);
    client.idTokenValidityMinutes = object.value(QStringLiteral("IdTokenValidity")).toInt(60);
    client.refreshTokenValidityDays =
        object.value(QStringLiteral("RefreshTokenValidity")).toInt(30);
    return client;
}

Expected<void, PoolError> UserPoolClient::validate() const
{
    return shape::checkRange(authSessionValidityMinutes, QStringLiteral("authSessionValidity"), 3,
                             15);
}

} // namespace tessera::pool
