// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPoolEngine.h"

#include "pool/PoolOperations.h"
#include "pool/RequestShape.h"

#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tessera::pool::local {

LocalPoolEngine::LocalPoolEngine(const LocalPoolOptions& options)
    : m_services(std::make_unique<EngineServices>(options))
{
    // One worker that never retires, so its database connection stays with its thread.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    // Readers never retire either: a thread's connection is named after the thread.
    m_readers.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 2, 4));
    m_readers.setExpiryTimeout(-1);
    registerHandlers();
}

LocalPoolEngine::~LocalPoolEngine()
{
    m_readers.waitForDone();
    m_worker.waitForDone();
}

bool LocalPoolEngine::isReadOnly(const QString& operation)
{
    // Operations whose handlers only load and shape rows: no auth event, counter, session or
    // key is written (token-authorised reads are left out: checking a token may record).
    static const QSet<QString> readers{QStringLiteral("ListUserPools"),
                                       QStringLiteral("DescribeUserPool"),
                                       QStringLiteral("ListUserPoolClients"),
                                       QStringLiteral("DescribeUserPoolClient"),
                                       QStringLiteral("GetUserPoolMfaConfig"),
                                       QStringLiteral("DescribeRiskConfiguration"),
                                       QStringLiteral("ListUsers"),
                                       QStringLiteral("AdminGetUser"),
                                       QStringLiteral("AdminListDevices"),
                                       QStringLiteral("AdminGetDevice"),
                                       QStringLiteral("AdminListUserAuthEvents")};
    return readers.contains(operation);
}

Expected<void, PoolError> LocalPoolEngine::open()
{
    return m_services->store.open();
}

QFuture<PoolResult> LocalPoolEngine::call(const QString& operation, const QJsonObject& request)
{
    return QtConcurrent::run(isReadOnly(operation) ? &m_readers : &m_worker,
                             [this, operation, request] { return execute(operation, request); });
}

QFuture<Expected<EnrolmentSummary, PoolError>>
LocalPoolEngine::enrolmentSummary(const QString& userPoolId)
{
    return QtConcurrent::run(&m_worker,
                             [this, userPoolId]() -> Expected<EnrolmentSummary, PoolError> {
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
        &m_worker,
        [this, userPoolId, usernames]() -> Expected<QMap<QString, UserFactors>, PoolError> {
            if (auto pool = m_services->store.loadPool(userPoolId); !pool) {
                return pool.failure();
            }
            return m_services->store.userFactors(userPoolId, usernames);
        });
}

QFuture<Expected<QList<UserPasskey>, PoolError>>
LocalPoolEngine::userPasskeys(const QString& userPoolId, const QString& username)
{
    return QtConcurrent::run(
        &m_worker, [this, userPoolId, username]() -> Expected<QList<UserPasskey>, PoolError> {
            const auto user = m_services->store.loadUser(userPoolId, username);
            if (!user) {
                return user.failure();
            }
            const auto records =
                m_services->store.listWebAuthnCredentials(userPoolId, user->user.username);
            if (!records) {
                return records.failure();
            }
            QList<UserPasskey> passkeys;
            for (const WebAuthnCredentialRecord& record : *records) {
                passkeys.append({record.credentialId, record.name, record.relyingPartyId,
                                 record.attachment, record.transports, record.created,
                                 record.lastUsed});
            }
            return passkeys;
        });
}

QFuture<Expected<void, PoolError>> LocalPoolEngine::deleteUserPasskey(const QString& userPoolId,
                                                                      const QString& username,
                                                                      const QString& credentialId)
{
    return QtConcurrent::run(
        &m_worker, [this, userPoolId, username, credentialId]() -> Expected<void, PoolError> {
            const auto user = m_services->store.loadUser(userPoolId, username);
            if (!user) {
                return user.failure();
            }
            const auto deleted = m_services->store.deleteWebAuthnCredential(
                userPoolId, user->user.username, credentialId);
            if (!deleted) {
                return deleted.failure();
            }
            if (!*deleted) {
                return PoolError::resourceNotFound(
                    QStringLiteral("User %1 has no passkey %2.").arg(username, credentialId));
            }
            return {};
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
    const auto work = [&] { return (*handler)(*checked); };
    return isReadOnly(operation) ? m_services->store.readTransaction(work)
                                 : m_services->store.transaction(work);
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
    // Devices: reading and forgetting them (DeviceType, as AWS shapes it).
    add("AdminGetDevice", m_users, &UserAdministration::adminGetDevice);
    add("GetDevice", m_devices, &RememberedDevices::getDevice);
    add("ListDevices", m_devices, &RememberedDevices::listDevices);
    add("ForgetDevice", m_devices, &RememberedDevices::forgetDevice);
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
