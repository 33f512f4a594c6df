// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Scrypt.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tessera::vault {

// Format constants; docs/vault-format.md is the specification.
inline constexpr char kMagic[8] = {'T', 'E', 'S', 'S', 'E', 'R', 'A', '\x1a'};
inline constexpr quint16 kFormatVersion = 1;
// magic (8) + version (2) + header length (4)
inline constexpr qsizetype kPreambleSize = 14;
inline constexpr qsizetype kMaxHeaderSize = 1 << 20;
inline constexpr int kMaxSlots = 32;
inline constexpr std::size_t kMasterKeySize = 32;
inline constexpr std::size_t kSaltSize = 32;

// The weakest scrypt a vault may be created with, and the shape a slot's parameters must have to
// be read at all (N a power of two up to 2^24, r and p up to 64, at most 1 GiB). What trying all
// slots of one file costs is capped separately, before any derivation (crypto::checkKdfCost).
inline constexpr crypto::ScryptParameters kMinimumScrypt{std::uint64_t(1) << 15, 8, 1};
bool isWithinReadLimits(const crypto::ScryptParameters& parameters);
bool isAtLeastMinimum(const crypto::ScryptParameters& parameters);

// One copy of the master key, wrapped (AES-256-GCM) under a key-encryption key from somewhere:
// a password through scrypt, or a random key kept in the OS keyring.
struct KeySlot
{
    enum class Type
    {
        Password,
        Keyring,
        Unknown
    };
    Type type = Type::Unknown;
    crypto::ScryptParameters scrypt; // Password
    QByteArray salt;                 // Password
    QString keyringKey;              // Keyring: the item's name in the keyring
    QByteArray nonce;                // 12 bytes
    QByteArray wrappedKey;           // master key (32) + tag (16)
    // A slot type this version does not know, or fields it does not: written back unchanged.
    QCborMap unknownFields;

    // Associated data for wrapping: binds the wrapped key to its slot type.
    QByteArray wrappingAad() const;
};

// Why a file could not be read as a vault, before any key is tried.
enum class FormatError
{
    NotAVault,
    NewerVersion,
    Damaged
};

struct FormatFailure
{
    QString message;
    FormatError code = FormatError::Damaged;
};

// The authenticated, unencrypted part of a vault file.
struct VaultHeader
{
    QByteArray payloadNonce; // 12 bytes, fresh on every save
    QList<KeySlot> keySlots;
    QCborMap unknownFields;

    QByteArray toCbor() const;

    // The struct's messages are translated under its own name; the macro ends in private:.
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::VaultHeader)
};

// A vault file split into its parts. `authenticatedBytes` (preamble + header) is the payload's
// associated data, so no byte before the ciphertext can change unnoticed.
struct ParsedVaultFile
{
    VaultHeader header;
    QByteArrayView authenticatedBytes;
    QByteArrayView ciphertext;
};

// Splits and checks the structure of a vault file without any key. Safe on arbitrary bytes (this
// is what tests/fuzz/fuzz_vault_file.cpp exercises). The views point into `file`.
[[nodiscard]] Expected<ParsedVaultFile, FormatFailure> parseVaultFile(QByteArrayView file);

// Preamble + header, ready to be the associated data of the payload.
QByteArray serializeAuthenticatedPart(const VaultHeader& header);

} // namespace tessera::vault
