// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPoolEngine.h"

#include "pool/PoolOperations.h"
#include "pool/RequestShape.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tessera::pool::local {

LocalPoolEngine::LocalPoolEngine(const LocalPoolOptions& options)
    : m_services(std::make_unique<EngineServices>(options))
{
    // One worker that never retires, so its database connection stays with its thread.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    registerHandlers();
}

LocalPoolEngine::~LocalPoolEngine()
{
    m_worker.waitForDone();
}

Expected<void, PoolError> LocalPoolEngine::open()
{
    return m_services->store.open();
}

QFuture<PoolResult> LocalPoolEngine::call(const QString& operation, const QJsonObject& request)
{
    return QtConcurrent::run(&m_worker,
                             [this, operation, request] { return execute(operation, request); });
}

QFuture<Expected<EnrolmentSummary, PoolError>> LocalPoolEngine::enrolmentSummary(const QString& userPoolId)
{
    return QtConcurrent::run(&m_worker, [this, userPoolId]() -> Expected<EnrolmentSummary, PoolError> {
        if (auto pool = m_services->store.loadPool(userPoolId); !pool) {
            return pool.failure();
        }
        return m_services->store.enrolment(userPoolId);
    });
}

QFuture<Expected<QMap<QString, UserFactors>, PoolError>>
LocalPoolEngine::userFactors(const QString& userPoolId, const QStringList& usernames)
{
    return QtConcurrent::run(
        &m_worker, [this, userPoolId, usernames]() -> Expected<QMap<QString, UserFactors>, PoolError> {
            if (auto pool = m_services->store.loadPool(userPoolId); !pool) {
                return pool.failure();
            }
            return m_services->store.userFactors(userPoolId, usernames);
        });
}

bool LocalPoolEngine::supports(const QString& operation) const
{
    return m_handlers.contains(operation);
}

PoolResult LocalPoolEngine::execute(const QString& operation, const QJsonObject& request)
{
    const auto handler = m_handlers.constFind(operation);
    if (handler == m_handlers.constEnd()) {
        return PoolError::unsupported(operation);
    }
    // Shapes first, as AWS checks them: a handler then reads every member with its own type.
    const auto checked = shape::checked(request);
    if (!checked) {
        return checked.failure();
    }
    return m_services->store.transaction([&] { return (*handler)(*checked); });
}

void LocalPoolEngine::registerHandlers()
{
    const auto add = [this](const char* name, auto& handler, auto method) {
        m_handlers.insert(
            QString::fromLatin1(name),
            [&handler, method](const QJsonObject& request) { return (handler.*method)(request); });
    };
    add("CreateUserPool", m_pools, &PoolAdministration::createUserPool);
    add("ListUserPools", m_pools, &PoolAdministration::listUserPools);
    add("DescribeUserPool", m_pools, &PoolAdministration::describeUserPool);
    add("UpdateUserPool", m_pools, &PoolAdministration::updateUserPool);
    add("DeleteUserPool", m_pools, &PoolAdministration::deleteUserPool);
    add("CreateUserPoolClient", m_pools, &PoolAdministration::createUserPoolClient);
    add("ListUserPoolClients", m_pools, &PoolAdministration::listUserPoolClients);
    add("DescribeUserPoolClient", m_pools, &PoolAdministration::describeUserPoolClient);
    add("GetUserPoolMfaConfig", m_pools, &PoolAdministration::getUserPoolMfaConfig);
    add("SetUserPoolMfaConfig", m_pools, &PoolAdministration::setUserPoolMfaConfig);
    add("DescribeRiskConfiguration", m_pools, &PoolAdministration::describeRiskConfiguration);
    add("SetRiskConfiguration", m_pools, &PoolAdministration::setRiskConfiguration);
    add("ListUsers", m_users, &UserAdministration::listUsers);
    add("AdminCreateUser", m_users, &UserAdministration::adminCreateUser);
    add("AdminGetUser", m_users, &UserAdministration::adminGetUser);
    add("AdminUpdateUserAttributes", m_users, &UserAdministration::adminUpdateUserAttributes);
    add("AdminDeleteUser", m_users, &UserAdministration::adminDeleteUser);
    add("AdminDisableUser", m_users, &UserAdministration::adminDisableUser);
    add("AdminEnableUser", m_users, &UserAdministration::adminEnableUser);
    add("AdminSetUserPassword", m_users, &UserAdministration::adminSetUserPassword);
    add("AdminResetUserPassword", m_users, &UserAdministration::adminResetUserPassword);
    add("AdminSetUserMFAPreference", m_users, &UserAdministration::adminSetUserMfaPreference);
    add("AdminListDevices", m_users, &UserAdministration::adminListDevices);
    add("AdminForgetDevice", m_users, &UserAdministration::adminForgetDevice);
    add("AdminUpdateDeviceStatus", m_users, &UserAdministration::adminUpdateDeviceStatus);
    add("AdminListUserAuthEvents", m_users, &UserAdministration::adminListUserAuthEvents);
    add("InitiateAuth", m_signIn, &SignInFlow::initiateAuth);
    add("AdminInitiateAuth", m_signIn, &SignInFlow::adminInitiateAuth);
    // Without a client secret or SRP, the admin form of the answer is the same call.
    add("RespondToAuthChallenge", m_signIn, &SignInFlow::respondToAuthChallenge);
    add("AdminRespondToAuthChallenge", m_signIn, &SignInFlow::respondToAuthChallenge);
    add("AssociateSoftwareToken", m_enrolment, &MfaEnrolment::associateSoftwareToken);
    add("VerifySoftwareToken", m_enrolment, &MfaEnrolment::verifySoftwareToken);
    add("SetUserMFAPreference", m_enrolment, &MfaEnrolment::setUserMfaPreference);
    add("ConfirmDevice", m_devices, &RememberedDevices::confirmDevice);
    add("UpdateDeviceStatus", m_devices, &RememberedDevices::updateDeviceStatus);
    // Passkeys (WebAuthn), each operation authorised by the user's access token.
    add("StartWebAuthnRegistration", m_passkeys, &WebAuthnRegistration::startWebAuthnRegistration);
    add("CompleteWebAuthnRegistration", m_passkeys,
        &WebAuthnRegistration::completeWebAuthnRegistration);
    add("ListWebAuthnCredentials", m_passkeys, &WebAuthnRegistration::listWebAuthnCredentials);
    add("DeleteWebAuthnCredential", m_passkeys, &WebAuthnRegistration::deleteWebAuthnCredential);
    Q_ASSERT(m_handlers.size() == operations::all().size());
}

PoolResult LocalPoolEngine::importUsers(const QString& userPoolId, const QList<PoolUser>& users)
{
    return m_users.importUsers(userPoolId, users);
}

Expected<QList<OutboxMessage>, PoolError> LocalPoolEngine::outbox(const QString& userPoolId)
{
    return m_services->store.outbox(userPoolId);
}

} // namespace tessera::pool::local
