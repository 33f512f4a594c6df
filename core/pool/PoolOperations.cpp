// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolOperations.h"

#include <QHash>

namespace tessera::pool::operations {

const QStringList& all()
{
    static const QStringList names = {
        QStringLiteral("ListUserPools"),
        QStringLiteral("CreateUserPool"),
        QStringLiteral("DescribeUserPool"),
        QStringLiteral("UpdateUserPool"),
        QStringLiteral("DeleteUserPool"),
        QStringLiteral("CreateUserPoolClient"),
        QStringLiteral("ListUserPoolClients"),
        QStringLiteral("DescribeUserPoolClient"),
        QStringLiteral("GetUserPoolMfaConfig"),
        QStringLiteral("SetUserPoolMfaConfig"),
        QStringLiteral("ListUsers"),
        QStringLiteral("AdminCreateUser"),
        QStringLiteral("AdminGetUser"),
        QStringLiteral("AdminUpdateUserAttributes"),
        QStringLiteral("AdminDeleteUser"),
        QStringLiteral("AdminDisableUser"),
        QStringLiteral("AdminEnableUser"),
        QStringLiteral("AdminSetUserPassword"),
        QStringLiteral("AdminResetUserPassword"),
        QStringLiteral("AdminSetUserMFAPreference"),
        QStringLiteral("AdminListDevices"),
        QStringLiteral("AdminForgetDevice"),
        QStringLiteral("AdminUpdateDeviceStatus"),
        QStringLiteral("AdminListUserAuthEvents"),
        QStringLiteral("InitiateAuth"),
        QStringLiteral("AdminInitiateAuth"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("AdminRespondToAuthChallenge"),
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("ConfirmDevice"),
        QStringLiteral("UpdateDeviceStatus"),
        QStringLiteral("DescribeRiskConfiguration"),
        QStringLiteral("SetRiskConfiguration"),
        QStringLiteral("StartWebAuthnRegistration"),
        QStringLiteral("CompleteWebAuthnRegistration"),
        QStringLiteral("ListWebAuthnCredentials"),
        QStringLiteral("DeleteWebAuthnCredential"),
        QStringLiteral("AdminGetDevice"),
        QStringLiteral("GetDevice"),
        QStringLiteral("ListDevices"),
        QStringLiteral("ForgetDevice"),
    };
    return names;
}

bool isTokenAuthorised(const QString& operation)
{
    static const QStringList unsigned_ = {
        QStringLiteral("InitiateAuth"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("ConfirmDevice"),
        QStringLiteral("UpdateDeviceStatus"),
        QStringLiteral("InitiateAuth"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("StartWebAuthnRegistration"),
        QStringLiteral("CompleteWebAuthnRegistration"),
        QStringLiteral("ListWebAuthnCredentials"),
        QStringLiteral("DeleteWebAuthnCredential"),
        QStringLiteral("GetDevice"),
        QStringLiteral("ListDevices"),
        QStringLiteral("ForgetDevice"),
    };
    return unsigned_.contains(operation);
}

std::optional<PagingShape> pagingShape(const QString& operation)
{
    static const QHash<QString, PagingShape> shapes = {
        {QStringLiteral("ListUsers"),
         {QStringLiteral("PaginationToken"), QStringLiteral("PaginationToken"),
          QStringLiteral("Limit"), 60, QStringLiteral("Users")}},
        {QStringLiteral("ListUserPools"),
         {QStringLiteral("NextToken"), QStringLiteral("NextToken"), QStringLiteral("MaxResults"),
          60, QStringLiteral("UserPools")}},
        {QStringLiteral("ListUserPoolClients"),
         {QStringLiteral("NextToken"), QStringLiteral("NextToken"), QStringLiteral("MaxResults"),
          60, QStringLiteral("UserPoolClients")}},
        {QStringLiteral("AdminListDevices"),
         {QStringLiteral("PaginationToken"), QStringLiteral("PaginationToken"),
          QStringLiteral("Limit"), 60, QStringLiteral("Devices")}},
        {QStringLiteral("ListDevices"),
         {QStringLiteral("PaginationToken"), QStringLiteral("PaginationToken"),
          QStringLiteral("Limit"), 60, QStringLiteral("Devices")}},
        {QStringLiteral("AdminListUserAuthEvents"),
         {QStringLiteral("NextToken"), QStringLiteral("NextToken"), QStringLiteral("MaxResults"),
          60, QStringLiteral("AuthEvents")}},
    };
    const auto it = shapes.constFind(operation);
    return it == shapes.cend() ? std::nullopt : std::optional<PagingShape>(*it);
}

} // namespace tessera::pool::operations
