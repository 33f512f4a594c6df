// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "CliApplication.h"
#include "PasswordInput.h"
#include "pool/PoolConnection.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/serve/PoolServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tessera::cli {

namespace {

#ifdef Q_OS_UNIX
// SIGINT and SIGTERM end the event loop through a pipe, so that the server stops between
// requests and the engine finishes the operation it is running.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// One file descriptor per connection: take what the hard limit allows.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int openFileLimit()
{
    rlimit limit{};
    return getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < rlim_t(1) << 30
               ? int(limit.rlim_cur)
               : 1 << 30;
}
#endif

} // namespace

int ServeCommand::usage(const QString& message)
{
    m_err << "tessera-cli: " << message << Qt::endl;
    return kExitBadInput;
}

int ServeCommand::run(const ServeOptions& options)
{
    const QString hostName =
        options.host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : options.host;
    const QHostAddress host(hostName);
    if (host.isNull()) {
        return usage(tr("--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not '%1'")
                         .arg(options.host));
    }
    bool ok = false;
    const uint port = options.port.toUInt(&ok);
    if (!ok || port > 65535) {
        return usage(tr("--port must be a number from 0 to 65535 (0: any free port), not '%1'")
                         .arg(options.port));
    }
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    if (!regionPattern.match(options.region).hasMatch()) {
        return usage(
            tr("--region must look like an AWS region (us-east-1), not '%1'").arg(options.region));
    }
    pool::serve::ServeLimits limits;
    if (!options.maxConnections.isEmpty()) {
        limits.maxConnections = options.maxConnections.toInt(&ok);
        if (!ok || limits.maxConnections < 1) {
            return usage(tr("--max-connections must be a number of 1 or more, not '%1'")
                             .arg(options.maxConnections));
        }
    }
#ifdef Q_OS_UNIX
    raiseOpenFileLimit();
    // Room for the store, the listening socket and the standard streams.
    limits.maxConnections = std::min(limits.maxConnections, openFileLimit() - 32);
#endif

    pool::serve::EndpointSettings settings;
    settings.signing.region = options.region;
    if (!options.accessKey.isEmpty()) {
        settings.signing.accessKeyId = options.accessKey;
        if (!options.secretKeyFile.isEmpty()) {
            auto secret = PasswordInput::fromFile(options.secretKeyFile);
            if (!secret) {
                return usage(secret.error());
            }
            settings.signing.secretAccessKey = std::move(*secret);
        } else if (const QByteArray secret = qgetenv("AWS_SECRET_ACCESS_KEY"); !secret.isEmpty()) {
            settings.signing.secretAccessKey = crypto::SecureBytes::fromView(secret);
        } else {
            return usage(tr("--access-key needs the key's secret, to check signatures: "
                            "--secret-key-file PATH or AWS_SECRET_ACCESS_KEY"));
        }
    } else if (!options.secretKeyFile.isEmpty()) {
        return usage(tr("--secret-key-file goes with --access-key ID"));
    }

    pool::PoolConnection connection = pool::PoolConnection::local(options.storePath);
    connection.region = options.region;
    auto opened = connection.open();
    if (!opened) {
        m_err << "tessera-cli: " << opened.error() << Qt::endl;
        return kExitFailure;
    }
    if (!opened->warning.isEmpty()) {
        m_err << "tessera-cli: " << tr("warning: %1").arg(opened->warning) << Qt::endl;
    }
    pool::local::LocalPoolEngine& engine = *opened->local;

    pool::serve::CognitoEndpoint endpoint(engine, std::move(settings));
    pool::serve::PoolServer server(endpoint, limits);
    if (const Status listening = server.listen(host, quint16(port)); !listening) {
        m_err << "tessera-cli: "
              << tr("cannot listen on %1 port %2: %3")
                     .arg(host.toString())
                     .arg(port)
                     .arg(listening.error())
              << Qt::endl;
        return kExitFailure;
    }
    if (auto prepared = endpoint.prepare(server.url()); !prepared) {
        m_err << "tessera-cli: " << prepared.failure().message << Qt::endl;
        return kExitFailure;
    }

    const QString url = server.url();
    const bool loopback = host.isLoopback();
    m_out << (loopback ? tr("Serving the pool store %1 at %2 (loopback only: other computers "
                            "cannot reach it).")
                       : tr("Serving the pool store %1 at %2."))
                 .arg(QDir::toNativeSeparators(connection.effectiveStorePath()), url)
          << '\n';
    m_out << (options.accessKey.isEmpty()
                  ? tr("Region %1. Admin operations need a SigV4 signature from any access key "
                       "(--access-key fixes one).")
                        .arg(options.region)
                  : tr("Region %1. Admin operations need a SigV4 signature by access key %2.")
                        .arg(options.region, options.accessKey))
          << '\n';
    m_out << tr("Point AWS clients at it:") << '\n'
          << "  AWS_ENDPOINT_URL=" << url << '\n'
          << "  aws cognito-idp --endpoint-url " << url << " list-user-pools --max-results 10\n"
          << "  boto3.client(\"cognito-idp\", endpoint_url=\"" << url << "\")\n"
          << tr("Token keys: %1/.well-known/jwks.json").arg(url) << '\n'
          << tr("Stop with Ctrl+C.") << Qt::endl;
    if (!loopback) {
        m_err << "tessera-cli: "
              << (options.accessKey.isEmpty()
                      ? tr("warning: listening on %1 without --access-key: anyone who can reach "
                           "this computer can read and change these pools")
                            .arg(host.toString())
                      : tr("warning: listening on %1 over plain HTTP: passwords and tokens "
                           "cross the network unencrypted")
                            .arg(host.toString()))
              << Qt::endl;
    }

    QEventLoop loop;
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> stopNotifier;
    if (::pipe(g_signalPipe) == 0) {
        stopNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(stopNotifier.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        // A client that vanishes mid-answer must not end the server.
        signal(SIGPIPE, SIG_IGN);
    }
#endif
    loop.exec();
    server.close();
    m_err << "tessera-cli: " << tr("stopped; the store is closed cleanly") << Qt::endl;
    return kExitOk;
}

} // namespace tessera::cli
