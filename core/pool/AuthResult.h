// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace tessera::pool {

// AuthenticationResultType: the tokens a finished sign-in yields.
struct AuthResult
{
    QString accessToken;
    int expiresIn = 3600;
    QString tokenType = QStringLiteral("Bearer");
    QString refreshToken;
    QString idToken;
    // NewDeviceMetadata, when the pool remembers devices.
    QString deviceKey;
    QString deviceGroupKey;

    QJsonObject toJson() const;
    static AuthResult fromJson(const QJsonObject& object);
};

// The next step of a sign-in: ChallengeName, Session and ChallengeParameters.
struct Challenge
{
    QString name;
    QString session;
    QMap<QString, QString> parameters;
};

// InitiateAuth's and RespondToAuthChallenge's response: a challenge or the tokens.
struct AuthResponse
{
    std::optional<Challenge> challenge;
    std::optional<AuthResult> result;

    QJsonObject toJson() const;
    static AuthResponse fromJson(const QJsonObject& object);
};

} // namespace tessera::pool
