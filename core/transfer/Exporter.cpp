// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "AegisFormat.h"
#include "GoogleMigration.h"
#include "HtmlFormat.h"
#include "UriListFormat.h"
#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>

namespace tessera::transfer {

namespace {

std::vector<const otp::OtpParameters*> parametersOf(const vault::Vault& vault)
{
    std::vector<const otp::OtpParameters*> list;
    list.reserve(vault.size());
    for (const vault::Entry& entry : vault.entries()) {
        list.push_back(&entry.parameters());
    }
    return list;
}

} // namespace

std::optional<ExportFormat> Exporter::formatFromName(const QString& name)
{
    if (name == QLatin1String("tessera")) {
        return ExportFormat::Tessera;
    }
    if (name == QLatin1String("aegis")) {
        return ExportFormat::Aegis;
    }
    if (name == QLatin1String("uri-list")) {
        return ExportFormat::UriList;
    }
    if (name == QLatin1String("google-migration")) {
        return ExportFormat::GoogleMigration;
    }
    if (name == QLatin1String("html")) {
        return ExportFormat::Html;
    }
    return std::nullopt;
}

bool Exporter::isEncrypted(ExportFormat format, const ExportOptions& options)
{
    return format == ExportFormat::Tessera ||
           (format == ExportFormat::Aegis && options.password != nullptr);
}

Expected<ExportOutput> Exporter::exportData(const vault::Vault& vault, ExportFormat format,
                                            const ExportOptions& options)
{
    switch (format) {
    case ExportFormat::Tessera:
        break;
    case ExportFormat::Aegis: {
        AegisFormat::WriteOptions aegis;
        aegis.password = options.password;
        aegis.scrypt = options.aegisScrypt;
        aegis.random = options.random;
        auto data = AegisFormat::write(vault, aegis);
        if (!data) {
            return makeError(data.error());
        }
        return ExportOutput{std::move(*data), {}};
    }
    case ExportFormat::UriList:
        return ExportOutput{UriListFormat::write(parametersOf(vault)).toUtf8(), {}};
    case ExportFormat::GoogleMigration: {
        std::int32_t batchId = 0;
        options.random({reinterpret_cast<std::uint8_t*>(&batchId), sizeof batchId});
        const auto encoded =
            GoogleMigration::encode(parametersOf(vault), options.migrationBatchSize, batchId);
        return ExportOutput{encoded.uris.join(QLatin1Char('\n')).toUtf8() + '\n', encoded.skipped};
    }
    case ExportFormat::Html: {
        auto page = HtmlFormat::write(parametersOf(vault));
        if (!page) {
            return makeError(page.error());
        }
        return ExportOutput{std::move(*page), {}};
    }
    }
    return makeError(tr("the Tessera format is written to a file with exportToFile"));
}

Expected<ExportOutput> Exporter::exportToFile(const vault::Vault& vault, ExportFormat format,
                                              const QString& path, const ExportOptions& options)
{
    if (QFile::exists(path)) {
        return makeError(tr("%1 already exists; choose a new file name").arg(path));
    }
    if (format == ExportFormat::Tessera) {
        if (options.password == nullptr) {
            return makeError(tr("a Tessera backup needs a password"));
        }
        auto created =
            vault::VaultFile::create(path, *options.password, vault.clone(), options.tessera);
        if (!created) {
            return makeError(created.error());
        }
        return ExportOutput{};
    }
    auto output = exportData(vault, format, options);
    if (!output) {
        return output;
    }
    // Exports carry secrets: the file is owner-only from its first byte, and a file that
    // appeared at `path` since the check above is never replaced.
    if (const Status written = vault::writeNewFileAtomically(path, output->data); !written) {
        return makeError(written.error());
    }
    return output;
}

} // namespace tessera::transfer
