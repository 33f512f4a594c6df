// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"

#include <QJsonObject>

#include <functional>

namespace tessera::pool::local {

// The local engine's administrator operations on a pool's users: listing and filtering them,
// creating, changing, disabling and deleting them, their passwords and MFA preferences, their
// remembered devices and their auth events, and bulk import.
class UserAdministration
{
public:
    explicit UserAdministration(EngineServices& services) : m_services(services) {}

    PoolResult listUsers(const QJsonObject& request);
    PoolResult adminCreateUser(const QJsonObject& request);
    PoolResult adminGetUser(const QJsonObject& request);
    PoolResult adminUpdateUserAttributes(const QJsonObject& request);
    PoolResult adminDeleteUser(const QJsonObject& request);
    PoolResult adminDisableUser(const QJsonObject& request);
    PoolResult adminEnableUser(const QJsonObject& request);
    PoolResult adminSetUserPassword(const QJsonObject& request);
    PoolResult adminResetUserPassword(const QJsonObject& request);
    PoolResult adminSetUserMfaPreference(const QJsonObject& request);
    PoolResult adminListDevices(const QJsonObject& request);
    PoolResult adminForgetDevice(const QJsonObject& request);
    PoolResult adminGetDevice(const QJsonObject& request);
    PoolResult adminUpdateDeviceStatus(const QJsonObject& request);
    PoolResult adminListUserAuthEvents(const QJsonObject& request);

    // Adds users in one transaction, as Cognito's user import does (see LocalPoolEngine).
    PoolResult importUsers(const QString& userPoolId, const QList<PoolUser>& users);

private:
    using Change = std::function<Expected<void, PoolError>(UserRecord&)>;

    // The user named by the request's UserPoolId and Username, after checking the pool exists.
    Expected<UserRecord, PoolError> requestedUser(const QJsonObject& request);
    // The requested user, changed by `change` (which may refuse) and saved as modified now.
    PoolResult changeUser(const QJsonObject& request, const Change& change);

    EngineServices& m_services;
};

} // namespace tessera::pool::local
