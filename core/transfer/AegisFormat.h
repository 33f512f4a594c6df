// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace tessera::transfer {

// Aegis's vault file (version 1, content version 3), plain or encrypted with password slots
// (scrypt + AES-256-GCM key wrapping), as aegis-vault-format.md describes it.
class AegisFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::AegisFormat)

public:
    static bool recognises(const QJsonObject& root);
    static ImportResult read(const QJsonObject& root, const crypto::SecureBytes* password);

    struct WriteOptions
    {
        // Null: a plain (unencrypted) export.
        const crypto::SecureBytes* password = nullptr;
        // Aegis's own parameters; Aegis on a phone may run out of memory above them.
        crypto::ScryptParameters scrypt{std::uint64_t(1) << 15, 8, 1};
        crypto::RandomSource random = crypto::systemRandom;
    };
    static Expected<QByteArray> write(const vault::Vault& vault, const WriteOptions& options);
};

} // namespace tessera::transfer
