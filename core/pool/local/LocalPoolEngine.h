// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "SignInFlow.h"
#include "pool/PoolBackend.h"

#include <QHash>
#include <QJsonArray>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace tessera::pool::local {

// The embedded pool engine: Cognito's operations, validation, errors and sign-in challenges over
// one SQLite file, with an outbox instead of SMS and email, and a risk engine. `call` runs on
// the engine's own worker thread; `execute` runs on the caller's thread, for tests and the CLI.
class LocalPoolEngine : public PoolBackend
{
public:
    explicit LocalPoolEngine(LocalPoolOptions options);
    ~LocalPoolEngine() override;

    // Opens the store, creating or migrating it. Must succeed before any call.
    std::optional<PoolError> open();

    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override;
    // The typed wrappers, which the handlers below would otherwise hide.
    using PoolBackend::adminGetUser;
    using PoolBackend::describeUserPool;
    using PoolBackend::getUserPoolMfaConfig;
    using PoolBackend::setUserPoolMfaConfig;
    bool supports(const QString& operation) const override;
    // Counted in one query on the engine's worker.
    QFuture<PoolOutcome<EnrolmentSummary>> enrolmentSummary(const QString& userPoolId) override;

    // One operation in one transaction, on the calling thread.
    PoolResult execute(const QString& operation, const QJsonObject& request);

    // Adds users in one transaction, as Cognito's user import does: no password, status
    // RESET_REQUIRED unless the user gives another. For migrations and large test stores.
    PoolResult importUsers(const QString& userPoolId, const QList<PoolUser>& users);

    // The outbox, oldest first; `userPoolId` empty means every pool.
    PoolOutcome<QList<OutboxMessage>> outbox(const QString& userPoolId = {});

    EngineServices& services() { return *m_services; }

private:
    using Handler = std::function<PoolResult(const QJsonObject&)>;
    void registerHandlers();

    PoolResult createUserPool(const QJsonObject& request);
    PoolResult listUserPools(const QJsonObject& request);
    PoolResult describeUserPool(const QJsonObject& request);
    PoolResult updateUserPool(const QJsonObject& request);
    PoolResult deleteUserPool(const QJsonObject& request);
    PoolResult createUserPoolClient(const QJsonObject& request);
    PoolResult listUserPoolClients(const QJsonObject& request);
    PoolResult describeUserPoolClient(const QJsonObject& request);
    PoolResult getUserPoolMfaConfig(const QJsonObject& request);
    PoolResult setUserPoolMfaConfig(const QJsonObject& request);
    PoolResult listUsers(const QJsonObject& request);
    PoolResult adminCreateUser(const QJsonObject& request);
    PoolResult adminGetUser(const QJsonObject& request);
    PoolResult adminUpdateUserAttributes(const QJsonObject& request);
    PoolResult adminDeleteUser(const QJsonObject& request);
    PoolResult adminSetEnabled(const QJsonObject& request, bool enabled);
    PoolResult adminSetUserPassword(const QJsonObject& request);
    PoolResult adminResetUserPassword(const QJsonObject& request);
    PoolResult adminSetUserMfaPreference(const QJsonObject& request);
    PoolResult adminListDevices(const QJsonObject& request);
    PoolResult adminForgetDevice(const QJsonObject& request);
    PoolResult adminListUserAuthEvents(const QJsonObject& request);
    PoolResult describeRiskConfiguration(const QJsonObject& request);
    PoolResult setRiskConfiguration(const QJsonObject& request);

    // The user named by the request's UserPoolId and Username, after checking the pool exists.
    PoolOutcome<UserRecord> requestedUser(const QJsonObject& request);

    std::unique_ptr<EngineServices> m_services;
    std::unique_ptr<SignInFlow> m_signIn;
    QHash<QString, Handler> m_handlers;
    QThreadPool m_worker;
};

} // namespace tessera::pool::local
