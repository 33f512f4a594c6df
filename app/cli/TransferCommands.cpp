// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferCommands.h"

#include "CliApplication.h"
#include "CliVault.h"
#include "JsonOutput.h"
#include "transfer/Exporter.h"
#include "transfer/ImportPreview.h"
#include "transfer/Importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tessera::cli {

namespace {} // namespace

TransferCommands::TransferCommands(QTextStream& out, QTextStream& err, QString vaultPath,
                                   QString passwordFile)
    : m_out(out), m_err(err), m_vaultPath(std::move(vaultPath)), m_password(std::move(passwordFile))
{}

int TransferCommands::fail(int exitCode, const QString& message)
{
    m_err << "tessera-cli: " << message << Qt::endl;
    return exitCode;
}

Expected<vault::VaultFile, CliVaultFailure> TransferCommands::openVault()
{
    auto opened = openCliVault(m_vaultPath, m_password);
    if (!opened) {
        fail(opened.failure().exitCode, opened.error());
    }
    return opened;
}

int TransferCommands::importFiles(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("Read the files as this format."), QStringLiteral("NAME"));
    const QCommandLineOption sourcePasswordOption(
        QStringLiteral("source-password-file"),
        tr("File whose first line is the password of the encrypted export."),
        QStringLiteral("PATH"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Show what would be imported; change nothing."));
    parser.addOptions({formatOption, sourcePasswordOption, dryRunOption});
    if (!parser.parse(arguments)) {
        return fail(kExitBadInput, parser.errorText());
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return fail(kExitBadInput, tr("import needs one or more files"));
    }
    if (parser.isSet(formatOption) &&
        !transfer::Importer::formatNames().contains(parser.value(formatOption))) {
        return fail(kExitBadInput,
                    tr("unknown format '%1'; known formats: %2")
                        .arg(parser.value(formatOption),
                             transfer::Importer::formatNames().join(QLatin1String(", "))));
    }
    std::optional<crypto::SecureBytes> sourcePassword;
    if (parser.isSet(sourcePasswordOption)) {
        auto read = PasswordInput::fromFile(parser.value(sourcePasswordOption));
        if (!read) {
            return fail(kExitBadInput, read.error());
        }
        sourcePassword = std::move(*read);
    }
    // Every file is read before the vault is unlocked, so a bad file costs no KDF run.
    transfer::ImportOptions options;
    options.format = parser.value(formatOption);
    options.password = sourcePassword ? &*sourcePassword : nullptr;
    std::vector<transfer::ImportResult> results;
    for (const QString& file : files) {
        results.push_back(transfer::Importer::importFile(file, options));
    }
    auto vaultFile = openVault();
    if (!vaultFile) {
        return vaultFile.failure().exitCode;
    }
    const transfer::ImportPreview preview =
        transfer::ImportPreview::build(vaultFile->vault(), results, files);
    bool anyError = false;
    for (const transfer::PreviewRow& row : preview.rows()) {
        QList<std::pair<QString, QJsonValue>> fields = {{QStringLiteral("file"), row.file},
                                                        {QStringLiteral("source"), row.sourceName}};
        if (row.parameters) {
            fields.append(parameterFields(*row.parameters, false));
        }
        fields.append({QStringLiteral("status"), transfer::ImportPreview::statusName(row.status)});
        fields.append({QStringLiteral("error"),
                       row.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.error)});
        anyError = anyError || row.status == transfer::PreviewStatus::Error;
        m_out << orderedJsonObject(fields) << '\n';
    }
    m_out.flush();
    if (!parser.isSet(dryRunOption) && !preview.newRows().empty()) {
        const auto added = preview.apply(*vaultFile, preview.newRows());
        if (!added) {
            return fail(kExitFailure, added.error());
        }
    }
    return anyError ? kExitBadInput : kExitOk;
}

int TransferCommands::exportVault(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("tessera, aegis, uri-list, google-migration or html."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The file to write."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption passwordOption(
        QStringLiteral("export-password-file"),
        tr("File whose first line is the password that encrypts the export."),
        QStringLiteral("PATH"));
    const QCommandLineOption plainOption(QStringLiteral("plain"),
                                         tr("Confirm an unencrypted export."));
    parser.addOptions({formatOption, outputOption, passwordOption, plainOption});
    if (!parser.parse(arguments)) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(kExitBadInput, tr("export takes no positional arguments"));
    }
    const auto format = transfer::Exporter::formatFromName(parser.value(formatOption));
    if (!format) {
        return fail(kExitBadInput,
                    tr("export needs --format tessera, aegis, uri-list, google-migration or html"));
    }
    if (!parser.isSet(outputOption)) {
        return fail(kExitBadInput, tr("export needs --output PATH"));
    }
    std::optional<crypto::SecureBytes> exportPassword;
    if (parser.isSet(passwordOption)) {
        if (*format == transfer::ExportFormat::UriList ||
            *format == transfer::ExportFormat::GoogleMigration ||
            *format == transfer::ExportFormat::Html) {
            return fail(kExitBadInput,
                        tr("%1 exports cannot be encrypted; drop --export-password-file")
                            .arg(parser.value(formatOption)));
        }
        auto read = PasswordInput::fromFile(parser.value(passwordOption));
        if (!read) {
            return fail(kExitBadInput, read.error());
        }
        exportPassword = std::move(*read);
    }
    transfer::ExportOptions options;
    options.password = exportPassword ? &*exportPassword : nullptr;
    if (*format == transfer::ExportFormat::Tessera && !exportPassword) {
        return fail(kExitBadInput,
                    tr("a Tessera backup is always encrypted: give --export-password-file"));
    }
    if (!transfer::Exporter::isEncrypted(*format, options) && !parser.isSet(plainOption)) {
        return fail(kExitBadInput,
                    tr("this export would hold every secret unencrypted: anyone who reads %1 "
                       "can generate your codes. Add --plain to confirm%2")
                        .arg(parser.value(outputOption),
                             *format == transfer::ExportFormat::Aegis
                                 ? tr(", or encrypt it with --export-password-file")
                                 : QString()));
    }
    const auto vaultFile = openVault();
    if (!vaultFile) {
        return vaultFile.failure().exitCode;
    }
    const auto written = transfer::Exporter::exportToFile(vaultFile->vault(), *format,
                                                          parser.value(outputOption), options);
    if (!written) {
        return fail(kExitFailure, written.error());
    }
    for (const QString& name : written->skipped) {
        m_err << "tessera-cli: "
              << tr("not exported (Google Authenticator cannot hold it): %1").arg(name) << Qt::endl;
    }
    m_out << parser.value(outputOption) << Qt::endl;
    return kExitOk;
}

} // namespace tessera::cli
