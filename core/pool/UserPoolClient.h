// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// UserPoolClientType: an app that signs users in, with the flows it may use and how long its
// tokens and sign-in sessions last.
struct UserPoolClient
{
    QString clientId;
    QString clientName;
    QString userPoolId;
    QStringList explicitAuthFlows;
    qint64 creationDate = 0;
    qint64 lastModifiedDate = 0;
    int authSessionValidityMinutes = 3;
    int accessTokenValidityMinutes = 60;
    int idTokenValidityMinutes = 60;
    int refreshTokenValidityDays = 30;

    // Whether `flow` (e.g. "USER_PASSWORD_AUTH") is allowed: "ALLOW_" + flow is listed. With no
    // list, Cognito's defaults apply (SRP, custom and refresh).
    bool allowsFlow(const QString& flow) const;

    QJsonObject toJson() const;
    QJsonObject toSummaryJson() const;
    static UserPoolClient fromJson(const QJsonObject& object);

    // The checks CreateUserPoolClient makes of the client's own members, in AWS's words.
    Expected<void, PoolError> validate() const;
};

} // namespace tessera::pool
