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
// RememberedDevices'. `call` runs an operation that writes on the engine's own worker thread
// (writes are serialised), and one that only reads (isReadOnly) on one of a few reader threads,
// each with its own SQLite connection and a read transaction (WAL lets them read beside the
// writer and other processes); `execute` runs on the caller's thread, for tests and the CLI.
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
    QFuture<Expected<EnrolmentSummary, PoolError>>
    enrolmentSummary(const QString& userPoolId) override;
    QFuture<Expected<QMap<QString, UserFactors>, PoolError>>
    userFactors(const QString& userPoolId, const QStringList& usernames) override;
    // Read and deleted in the store, as an administrator may here (Cognito has no such call).
    QFuture<Expected<QList<UserPasskey>, PoolError>> userPasskeys(const QString& userPoolId,
                                                                  const QString& username) override;
    QFuture<Expected<void, PoolError>> deleteUserPasskey(const QString& userPoolId,
                                                         const QString& username,
                                                         const QString& credentialId) override;

    // One operation in one transaction, on the calling thread.
    PoolResult execute(const QString& operation, const QJsonObject& request);

    // Whether `operation` only reads the store (Describe*, Get*, List*, AdminGetUser...), so
    // that it may run beside others on a reader thread.
    static bool isReadOnly(const QString& operation);
    // How many reader threads `call` runs read-only operations on.
    int readerCount() const { return m_readers.maxThreadCount(); }

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
    QThreadPool m_readers;
};

} // namespace tessera::pool::local
