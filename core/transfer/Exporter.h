// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "util/Expected.h"
#include "vault/VaultFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::transfer {

// The formats Tessera writes. Only Tessera and Aegis (with a password) are encrypted.
enum class ExportFormat
{
    Tessera,         // Tessera's own vault file format, as a backup
    Aegis,           // Aegis vault JSON, plain or encrypted
    UriList,         // otpauth:// URIs, one a line
    GoogleMigration, // otpauth-migration:// URIs, one per QR code
    Html,            // a printable page with one QR code per entry, for paper backup
};

struct ExportOptions
{
    // Null: unencrypted (Aegis). Tessera needs one.
    const crypto::SecureBytes* password = nullptr;
    // Aegis's slot KDF; tests lower it, Aegis itself uses N=2^15, r=8, p=1.
    crypto::ScryptParameters aegisScrypt{std::uint64_t(1) << 15, 8, 1};
    vault::VaultCreateOptions tessera;
    int migrationBatchSize = 10;
    crypto::RandomSource random = crypto::systemRandom;
};

// What an export produced: the bytes to write, and the entries the format cannot hold.
struct ExportOutput
{
    QByteArray data;
    QStringList skipped;
};

// Writes a vault's entries in another format, so nobody is locked in.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::Exporter)

public:
    static std::optional<ExportFormat> formatFromName(const QString& name);
    static bool isEncrypted(ExportFormat format, const ExportOptions& options);

    // Writes the export to `path` (refusing to replace a file), via a sibling temporary file.
    static Expected<ExportOutput> exportToFile(const vault::Vault& vault, ExportFormat format,
                                               const QString& path, const ExportOptions& options);
    // All formats but Tessera, in memory.
    static Expected<ExportOutput> exportData(const vault::Vault& vault, ExportFormat format,
                                             const ExportOptions& options);
};

} // namespace tessera::transfer
