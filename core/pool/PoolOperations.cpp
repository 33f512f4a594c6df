// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolOperations.h"

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
        QStringLiteral("AdminListUserAuthEvents"),
        QStringLiteral("InitiateAuth"),
        QStringLiteral("AdminInitiateAuth"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("AdminRespondToAuthChallenge"),
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("DescribeRiskConfiguration"),
        QStringLiteral("SetRiskConfiguration"),
    };
    return names;
}

bool isTokenAuthorised(const QString& operation)
{
    static const QStringList unsigned_ = {
        QStringLiteral("InitiateAuth"),           QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("AssociateSoftwareToken"), QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("SetUserMFAPreference"),
    };
    return unsigned_.contains(operation);
}

} // namespace tessera::pool::operations
