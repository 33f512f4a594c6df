// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthResult.h"

#include "JsonFields.h"

namespace tessera::pool {

QJsonObject AuthResult::toJson() const
{
    QJsonObject object{{QStringLiteral("AccessToken"), accessToken},
                       {QStringLiteral("ExpiresIn"), expiresIn},
                       {QStringLiteral("TokenType"), tokenType},
                       {QStringLiteral("IdToken"), idToken}};
    json::putIfNotEmpty(object, QStringLiteral("RefreshToken"), refreshToken);
    if (!deviceKey.isEmpty()) {
        object.insert(QStringLiteral("NewDeviceMetadata"),
                      QJsonObject{{QStringLiteral("DeviceKey"), deviceKey},
                                  {QStringLiteral("DeviceGroupKey"), deviceGroupKey}});
    }
    return object;
}

AuthResult AuthResult::fromJson(const QJsonObject& object)
{
    AuthResult result;
    result.accessToken = object.value(QStringLiteral("AccessToken")).toString();
    result.expiresIn = object.value(QStringLiteral("ExpiresIn")).toInt(3600);
    result.tokenType = object.value(QStringLiteral("TokenType")).toString(result.tokenType);
    result.refreshToken = object.value(QStringLiteral("RefreshToken")).toString();
    result.idToken = object.value(QStringLiteral("IdToken")).toString();
    const QJsonObject device = object.value(QStringLiteral("NewDeviceMetadata")).toObject();
    result.deviceKey = device.value(QStringLiteral("DeviceKey")).toString();
    result.deviceGroupKey = device.value(QStringLiteral("DeviceGroupKey")).toString();
    return result;
}

QJsonObject AuthResponse::toJson() const
{
    QJsonObject object;
    if (challenge) {
        object.insert(QStringLiteral("ChallengeName"), challenge->name);
        object.insert(QStringLiteral("Session"), challenge->session);
        QJsonObject parameters;
        for (auto it = challenge->parameters.begin(); it != challenge->parameters.end(); ++it) {
            parameters.insert(it.key(), it.value());
        }
        object.insert(QStringLiteral("ChallengeParameters"), parameters);
    }
    if (result) {
        object.insert(QStringLiteral("ChallengeParameters"), QJsonObject{});
        object.insert(QStringLiteral("AuthenticationResult"), result->toJson());
    }
    return object;
}

AuthResponse AuthResponse::fromJson(const QJsonObject& object)
{
    AuthResponse response;
    if (object.contains(QStringLiteral("ChallengeName"))) {
        Challenge challenge;
        challenge.name = object.value(QStringLiteral("ChallengeName")).toString();
        challenge.session = object.value(QStringLiteral("Session")).toString();
        const QJsonObject parameters =
            object.value(QStringLiteral("ChallengeParameters")).toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            challenge.parameters.insert(it.key(), it.value().toString());
        }
        response.challenge = challenge;
    }
    if (object.contains(QStringLiteral("AuthenticationResult"))) {
        response.result =
            AuthResult::fromJson(object.value(QStringLiteral("AuthenticationResult")).toObject());
    }
    return response;
}

} // namespace tessera::pool
