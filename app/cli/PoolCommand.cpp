// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolCommand.h"

#include "CliApplication.h"
#include "pool/local/LocalPoolEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace tessera::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera-cli", text);
}

} // namespace

QString PoolCommand::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("pools.sqlite"));
}

int PoolCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption storeOption(QStringLiteral("store"), tr("The pool store."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption inputOption(QStringLiteral("cli-input-json"),
                                         tr("The request body, or file://PATH holding it."),
                                         QStringLiteral("JSON"));
    const QCommandLineOption compactOption(QStringLiteral("compact"),
                                           tr("Print JSON on one line."));
    parser.addOptions({storeOption, inputOption, compactOption});
    if (!parser.parse(arguments)) {
        m_err << "tessera-cli: " << parser.errorText() << Qt::endl;
        return kExitBadInput;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << "tessera-cli: " << tr("pool needs one OPERATION (e.g. ListUserPools) or 'outbox'")
              << Qt::endl;
        return kExitBadInput;
    }
    const QString storePath =
        parser.isSet(storeOption) ? parser.value(storeOption) : defaultStorePath();
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    pool::local::LocalPoolOptions options;
    options.path = storePath;
    pool::local::LocalPoolEngine engine(options);
    if (auto error = engine.open()) {
        m_err << "tessera-cli: " << error->message << Qt::endl;
        return kExitFailure;
    }
    const QString operation = positional.first();
    if (operation == QLatin1String("outbox")) {
        const auto messages = engine.outbox();
        if (!messages) {
            m_err << "tessera-cli: " << messages.error().message << Qt::endl;
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
    QByteArray input = parser.value(inputOption).toUtf8();
    if (input.startsWith("file://")) {
        QFile file(QString::fromUtf8(input.mid(7)));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << "tessera-cli: " << tr("cannot read %1").arg(file.fileName()) << Qt::endl;
            return kExitBadInput;
        }
        input = file.readAll();
    }
    QJsonObject request;
    if (!input.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
        if (!document.isObject()) {
            m_err << "tessera-cli: "
                  << tr("--cli-input-json is not a JSON object: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                  << Qt::endl;
            return kExitBadInput;
        }
        request = document.object();
    }
    const pool::PoolResult result = engine.execute(operation, request);
    if (!result) {
        // As the AWS CLI: a sentence, then the error body as the last line.
        m_err << tr("An error occurred (%1) when calling the %2 operation: %3")
                     .arg(result.error().type, operation, result.error().message)
              << Qt::endl;
        m_err << QJsonDocument(result.error().toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return kExitServiceError;
    }
    const auto format =
        parser.isSet(compactOption) ? QJsonDocument::Compact : QJsonDocument::Indented;
    m_out << QJsonDocument(*result).toJson(format);
    if (format == QJsonDocument::Compact) {
        m_out << Qt::endl;
    }
    m_out.flush();
    return kExitOk;
}

} // namespace tessera::cli
