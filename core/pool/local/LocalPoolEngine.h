// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"
#include "MfaEnrolment.h"
#include "PoolAdministration.h"
#include "RememberedDevices.h"
#include "SignInFlow.h"
#include "UserAdministration.h"
#include "WebAuthnRegistration.h"
#include "pool/PoolBackend.h"

#include <QHash>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace tessera::pool::local {

// The embedded pool engine: Cognito's operations, validation, errors and sign-in challenges over
// one SQLite file, with an outbox instead of SMS and email, and a risk engine. It checks each
// request's shape and runs its operation in one store transaction; the operations themselves
// are PoolAdministration's, UserAdministration's, SignInFlow's, MfaEnrolment's and
// RememberedDevices'. `call` runs
// on the engine's own worker thread; `execute` runs on the caller's thread, for tests and the
// CLI.
class LocalPoolEngine : public PoolBackend
{
public:
    explicit LocalPoolEngine(const LocalPoolOptions& options);
    ~LocalPoolEngine() override;
    LocalPoolEngine(const LocalPoolEngine&) = delete;
    LocalPoolEngine& operator=(const LocalPoolEngine&) = delete;
    LocalPoolEngine(LocalPoolEngine&&) = delete;
    LocalPoolEngine& operator=(LocalPoolEngine&&) = delete;

    // Opens the store, creating or migrating it. Must succeed before any call.
    Expected<void, PoolError> open();

    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override;
    bool supports(const QString& operation) const override;
    // Counted in one query on the engine's worker.
    QFuture<Expected<EnrolmentSummary, PoolError>> enrolmentSummary(const QString& userPoolId) override;
    QFuture<Expected<QMap<QString, UserFactors>, PoolError>>
    userFactors(const QString& userPoolId, const QStringList& usernames) override;

    // One operation in one transaction, on the calling thread.
    PoolResult execute(const QString& operation, const QJsonObject& request);

    // Adds users in one transaction, as Cognito's user import does: no password, status
    // RESET_REQUIRED unless the user gives another. For migrations and large test stores.
    PoolResult importUsers(const QString& userPoolId, const QList<PoolUser>& users);

    // The outbox, oldest first; `userPoolId` empty means every pool.
    Expected<QList<OutboxMessage>, PoolError> outbox(const QString& userPoolId = {});

    EngineServices& services() { return *m_services; }

private:
    using Handler = std::function<PoolResult(const QJsonObject&)>;
    void registerHandlers();

    std::unique_ptr<EngineServices> m_services;
    PoolAdministration m_pools{*m_services};
    UserAdministration m_users{*m_services};
    SignInFlow m_signIn{*m_services};
    MfaEnrolment m_enrolment{*m_services};
    RememberedDevices m_devices{*m_services};
    WebAuthnRegistration m_passkeys{*m_services};
    QHash<QString, Handler> m_handlers;
    QThreadPool m_worker;
};

} // namespace tessera::pool::local
