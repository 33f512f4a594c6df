// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolCommand.h"

#include "CliApplication.h"
#include "ServeCommand.h"
#include "SigninCommand.h"
#include "pool/PoolConnection.h"
#include "pool/iac/IacExport.h"
#include "pool/local/LocalPoolEngine.h"
#include "util/BoundedRead.h"
#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QStandardPaths>

namespace tessera::cli {

namespace {

QCommandLineOption valueOption(const char* name, const QString& description, const char* valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

} // namespace

PoolCommand::~PoolCommand() = default;

void PoolCommand::waitFor(QFuture<void> future)
{
    if (future.isFinished()) {
        return;
    }
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        loop.exec();
    }
}

pool::PoolError PoolCommand::canceled()
{
    return pool::PoolError{QString::fromLatin1(pool::errors::kRequestCanceled),
                           tr("The request was cancelled.")};
}

int PoolCommand::reportServiceError(QTextStream& err, const QString& operation,
                                    const pool::PoolError& error)
{
    err << tr("An error occurred (%1) when calling the %2 operation: %3")
               .arg(error.type, operation, error.message)
        << Qt::endl;
    err << QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    return kExitServiceError;
}

bool PoolCommand::openBackend(const QCommandLineParser& parser, int& exitCode)
{
    const QString backend = parser.value(QStringLiteral("backend"));
    pool::PoolConnection connection;
    if (backend == QLatin1String("cognito")) {
        connection = pool::PoolConnection::cognito(parser.value(QStringLiteral("profile")),
                                                   parser.value(QStringLiteral("region")),
                                                   parser.value(QStringLiteral("endpoint-url")));
    } else if (!backend.isEmpty() && backend != QLatin1String("local")) {
        m_err << "tessera-cli: " << tr("unknown --backend '%1' (local or cognito)").arg(backend)
              << Qt::endl;
        exitCode = kExitBadInput;
        return false;
    } else {
        for (const char* cognitoOnly : {"profile", "region", "endpoint-url"}) {
            if (parser.isSet(QString::fromLatin1(cognitoOnly))) {
                m_err << "tessera-cli: "
                      << tr("--%1 needs --backend cognito").arg(QLatin1String(cognitoOnly))
                      << Qt::endl;
                exitCode = kExitBadInput;
                return false;
            }
        }
        connection = pool::PoolConnection::local(parser.value(QStringLiteral("store")));
    }
    auto opened = connection.open();
    if (!opened) {
        m_err << "tessera-cli: " << opened.error() << Qt::endl;
        // Settings a person gave are bad input; a store that cannot open is a failure.
        exitCode =
            connection.kind == pool::PoolConnection::Kind::Cognito ? kExitBadInput : kExitFailure;
        return false;
    }
    if (!opened->warning.isEmpty()) {
        m_err << "tessera-cli: " << tr("warning: %1").arg(opened->warning) << Qt::endl;
    }
    m_local = opened->local;
    m_backend = std::move(opened->backend);
    return true;
}

int PoolCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption("store", tr("The local pool store."), "PATH"),
        valueOption("backend", tr("local (default) or cognito."), "NAME"),
        valueOption("profile", tr("cognito: the AWS profile."), "NAME"),
        valueOption("region",
                    tr("cognito: the AWS region; serve: the region signatures are "
                       "scoped to and pool ids start with (default us-east-1)."),
                    "REGION"),
        valueOption("endpoint-url", tr("cognito: a Cognito-compatible endpoint."), "URL"),
        valueOption("cli-input-json", tr("The request body, or file://PATH holding it."), "JSON"),
        QCommandLineOption(QStringLiteral("compact"), tr("Print JSON on one line.")),
        valueOption("pool-id", tr("signin, export-config: the user pool."), "ID"),
        valueOption("format", tr("export-config: cloudformation, terraform or cli-json."),
                    "FORMAT"),
        valueOption("output", tr("export-config: write to this file instead of standard output."),
                    "PATH"),
        valueOption("client-id", tr("signin: the app client."), "ID"),
        valueOption("username", tr("signin: the user."), "NAME"),
        valueOption("user-password-file", tr("signin: file holding the user's password."), "PATH"),
        valueOption("new-password-file", tr("signin: the new password for NEW_PASSWORD_REQUIRED."),
                    "PATH"),
        valueOption("entry", tr("signin: the vault entry answering SOFTWARE_TOKEN_MFA."), "NAME"),
        valueOption("auth-flow", tr("signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH."),
                    "FLOW"),
        QCommandLineOption(QStringLiteral("remember-device"),
                           tr("signin: confirm and remember the device the sign-in is given, "
                              "so the next sign-in skips MFA.")),
        valueOption("device-file",
                    tr("signin: file keeping remembered devices (default: in the data folder)."),
                    "PATH"),
        QCommandLineOption(QStringLiteral("trace"),
                           tr("signin: then print why the local engine decided what it did.")),
        QCommandLineOption(QStringLiteral("passkey"),
                           tr("signin: then register a throwaway software passkey for the user "
                              "and sign in with it (USER_AUTH, WEB_AUTHN), listing what was "
                              "checked.")),
        valueOption("host", tr("serve: the address to listen on (default 127.0.0.1)."), "ADDRESS"),
        valueOption("port", tr("serve: the port (default 9229; 0 takes a free one)."), "N"),
        valueOption("access-key", tr("serve: the only access key whose signatures are taken."),
                    "ID"),
        valueOption("secret-key-file", tr("serve: file holding --access-key's secret."), "PATH"),
        valueOption("max-connections", tr("serve: connections served at once (default 1024)."),
                    "N"),
    });
    if (!parser.parse(arguments)) {
        m_err << "tessera-cli: " << parser.errorText() << Qt::endl;
        return kExitBadInput;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << "tessera-cli: "
              << tr("pool needs one OPERATION (e.g. ListUserPools), 'outbox', 'signin' or "
                    "'serve'")
              << Qt::endl;
        return kExitBadInput;
    }
    if (positional.first() == QLatin1String("serve")) {
        return serve(parser);
    }
    int exitCode = kExitOk;
    if (!openBackend(parser, exitCode)) {
        return exitCode;
    }
    const QString operation = positional.first();
    if (operation == QLatin1String("outbox")) {
        return printOutbox();
    }
    if (operation == QLatin1String("export-config")) {
        return exportConfig(parser);
    }
    if (operation == QLatin1String("signin")) {
        SigninOptions options;
        options.poolId = parser.value(QStringLiteral("pool-id"));
        options.clientId = parser.value(QStringLiteral("client-id"));
        options.username = parser.value(QStringLiteral("username"));
        options.userPasswordFile = parser.value(QStringLiteral("user-password-file"));
        options.newPasswordFile = parser.value(QStringLiteral("new-password-file"));
        options.entry = parser.value(QStringLiteral("entry"));
        if (parser.isSet(QStringLiteral("auth-flow"))) {
            options.authFlow = parser.value(QStringLiteral("auth-flow"));
        }
        options.trace = parser.isSet(QStringLiteral("trace"));
        options.passkey = parser.isSet(QStringLiteral("passkey"));
        options.rememberDevice = parser.isSet(QStringLiteral("remember-device"));
        options.deviceFile = parser.value(QStringLiteral("device-file"));
        options.vaultPath = m_vaultPath;
        options.vaultPasswordFile = m_vaultPasswordFile;
        return SigninCommand(m_out, m_err, *m_backend, m_local, m_clock).run(options);
    }
    return runOperation(operation, parser);
}

int PoolCommand::serve(const QCommandLineParser& parser)
{
    if (!parser.value(QStringLiteral("backend")).isEmpty() &&
        parser.value(QStringLiteral("backend")) != QLatin1String("local")) {
        m_err << "tessera-cli: "
              << tr("serve serves a local store, not --backend %1")
                     .arg(parser.value(QStringLiteral("backend")))
              << Qt::endl;
        return kExitBadInput;
    }
    ServeOptions options;
    options.storePath = parser.value(QStringLiteral("store"));
    const auto take = [&parser](const char* name, QString& into) {
        if (parser.isSet(QString::fromLatin1(name))) {
            into = parser.value(QString::fromLatin1(name));
        }
    };
    take("host", options.host);
    take("port", options.port);
    take("region", options.region);
    take("access-key", options.accessKey);
    take("secret-key-file", options.secretKeyFile);
    take("max-connections", options.maxConnections);
    return ServeCommand(m_out, m_err).run(options);
}

int PoolCommand::printOutbox()
{
    if (m_local == nullptr) {
        m_err << "tessera-cli: " << tr("only the local backend has an outbox") << Qt::endl;
        return kExitBadInput;
    }
    const auto messages = m_local->outbox();
    if (!messages) {
        m_err << "tessera-cli: " << messages.failure().message << Qt::endl;
        return kExitFailure;
    }
    for (const auto& message : *messages) {
        const QJsonObject line{{QStringLiteral("destination"), message.destination},
                               {QStringLiteral("message"), message.message},
                               {QStringLiteral("time"), double(message.time)}};
        m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return kExitOk;
}

int PoolCommand::exportConfig(const QCommandLineParser& parser)
{
    const QString poolId = parser.value(QStringLiteral("pool-id"));
    if (poolId.isEmpty()) {
        m_err << "tessera-cli: " << tr("export-config needs --pool-id ID") << Qt::endl;
        return kExitBadInput;
    }
    const auto format = pool::iac::formatFromName(parser.isSet(QStringLiteral("format"))
                                                      ? parser.value(QStringLiteral("format"))
                                                      : QStringLiteral("cloudformation"));
    if (!format) {
        m_err << "tessera-cli: "
              << tr("unknown --format '%1' (one of: %2)")
                     .arg(parser.value(QStringLiteral("format")),
                          pool::iac::formatNames().join(QLatin1String(", ")))
              << Qt::endl;
        return kExitBadInput;
    }
    pool::iac::PoolMfaSnapshot snapshot;
    auto described = await(m_backend->describeUserPool(poolId));
    if (!described) {
        return reportServiceError(m_err, QStringLiteral("DescribeUserPool"), described.failure());
    }
    snapshot.pool = *described;
    auto mfa = await(m_backend->getUserPoolMfaConfig(poolId));
    if (!mfa) {
        return reportServiceError(m_err, QStringLiteral("GetUserPoolMfaConfig"), mfa.failure());
    }
    snapshot.mfa = *mfa;
    if (m_backend->supports(QStringLiteral("DescribeRiskConfiguration"))) {
        auto risk = await(m_backend->describeRiskConfiguration(poolId));
        if (risk && risk->isConfigured()) {
            snapshot.risk = *risk;
        } else if (!risk &&
                   risk.failure().type != QLatin1String(pool::errors::kUnsupportedOperation) &&
                   risk.failure().type != QLatin1String(pool::errors::kResourceNotFound)) {
            // Threat protection off is not an error; anything else is.
            return reportServiceError(m_err, QStringLiteral("DescribeRiskConfiguration"),
                                      risk.failure());
        }
    }
    const pool::iac::Document document = pool::iac::exportSnapshot(snapshot, *format);
    if (*format == pool::iac::Format::CliJson) {
        for (const auto& omitted : document.omitted) {
            m_err << "tessera-cli: " << tr("not in this format, set by hand: %1").arg(omitted)
                  << Qt::endl;
        }
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        m_out << document.text;
        m_out.flush();
        return kExitOk;
    }
    const QString path = parser.value(QStringLiteral("output"));
    // Replaced whole or not at all; owner-only, like every file Tessera writes.
    if (auto written = vault::writeFileAtomically(path, document.text.toUtf8()); !written) {
        m_err << "tessera-cli: " << written.error() << Qt::endl;
        return kExitFailure;
    }
    return kExitOk;
}

int PoolCommand::runOperation(const QString& operation, const QCommandLineParser& parser)
{
    QByteArray input = parser.value(QStringLiteral("cli-input-json")).toUtf8();
    if (input.startsWith("file://")) {
        const QString path = QString::fromUtf8(input.mid(7));
        auto read = path == QLatin1String("-") ? readStandardInputBounded() : readFileBounded(path);
        if (!read) {
            m_err << "tessera-cli: " << read.error() << Qt::endl;
            return kExitBadInput;
        }
        input = std::move(*read);
    }
    QJsonObject request;
    if (!input.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            m_err << "tessera-cli: "
                  << tr("--cli-input-json is not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                  << Qt::endl;
            return kExitBadInput;
        }
        if (!document.isObject()) {
            // Valid JSON of the wrong kind: say which kind, since there is no parse error.
            m_err << "tessera-cli: "
                  << (document.isArray()
                          ? tr("--cli-input-json must be a JSON object ({\"Name\": value, ...}), "
                               "not a list")
                          : tr("--cli-input-json must be a JSON object ({\"Name\": value, ...}), "
                               "not a single value"))
                  << Qt::endl;
            return kExitBadInput;
        }
        request = document.object();
    }
    const pool::PoolResult result = await(m_backend->call(operation, request));
    if (!result) {
        return reportServiceError(m_err, operation, result.failure());
    }
    const auto format =
        parser.isSet(QStringLiteral("compact")) ? QJsonDocument::Compact : QJsonDocument::Indented;
    m_out << QJsonDocument(*result).toJson(format);
    if (format == QJsonDocument::Compact) {
        m_out << Qt::endl;
    }
    m_out.flush();
    return kExitOk;
}

} // namespace tessera::cli
