// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "pool/PoolBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFuture>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tessera::pool::local {
class LocalPoolEngine;
}

namespace tessera::cli {

// `tessera-cli pool`: runs one Cognito operation with a Cognito request body on a backend (a
// local pool store, or a Cognito endpoint with --backend cognito) and prints the response as the
// AWS CLI prints JSON; prints the local store's outbox; walks a sign-in (`signin`); or serves
// the local store as a Cognito endpoint (`serve`).
class PoolCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::PoolCommand)

public:
    // AWS CLI's status for a service error.
    static constexpr int kExitServiceError = 254;

    PoolCommand(QTextStream& out, QTextStream& err, QString vaultPath = {},
                QString vaultPasswordFile = {}, otp::Clock clock = otp::systemClock())
        : m_out(out), m_err(err), m_vaultPath(std::move(vaultPath)),
          m_vaultPasswordFile(std::move(vaultPasswordFile)), m_clock(std::move(clock))
    {}
    ~PoolCommand();

    // `arguments` start with the program and command names.
    int run(const QStringList& arguments);

    // The result of `future`, running the event loop meanwhile: the Cognito client's replies
    // arrive through it, so a plain wait would never end.
    template <typename T>
    static Expected<T, pool::PoolError> await(QFuture<Expected<T, pool::PoolError>> future)
    {
        waitFor(QFuture<void>(future));
        if (future.isCanceled() || future.resultCount() == 0) {
            return canceled();
        }
        return future.result();
    }

    // As the AWS CLI: a sentence, then the error body as the last line on stderr; returns
    // kExitServiceError.
    static int reportServiceError(QTextStream& err, const QString& operation,
                                  const pool::PoolError& error);

private:
    static void waitFor(QFuture<void> future);
    static pool::PoolError canceled();
    // Opens the backend the options name; false after printing why (exitCode says how to exit).
    bool openBackend(const QCommandLineParser& parser, int& exitCode);
    int serve(const QCommandLineParser& parser);
    int printOutbox();
    int exportConfig(const QCommandLineParser& parser);
    int runOperation(const QString& operation, const QCommandLineParser& parser);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_vaultPath;
    QString m_vaultPasswordFile;
    otp::Clock m_clock;
    std::unique_ptr<pool::PoolBackend> m_backend;
    // m_backend when it is the local engine (it alone has an outbox).
    pool::local::LocalPoolEngine* m_local = nullptr;
};

} // namespace tessera::cli
