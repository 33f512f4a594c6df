// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Digest.h"
#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>
#include <span>

namespace tessera::transfer {

// The small crypto and encoding pieces other apps' exports need beyond core/crypto: PBKDF2
// (andOTP, 2FAS, FreeOTP, Authy, Stratum) and AES-CBC (Authy, TOTP Authenticator, Stratum legacy)
// through OpenSSL, Argon2id (Stratum) through libargon2 since OpenSSL 3.0 lacks it, and strict
// hex/Base64 decoding that refuses damaged input.
class TransferCrypto
{
public:
    static Expected<crypto::SecureBytes> pbkdf2(crypto::HashAlgorithm algorithm,
                                                const crypto::SecureBytes& password,
                                                QByteArrayView salt, int iterations,
                                                std::size_t keyLength);
    // Argon2id (RFC 9106); `memoryKiB` is the memory cost in KiB.
    static Expected<crypto::SecureBytes> argon2id(const crypto::SecureBytes& password,
                                                  QByteArrayView salt, int iterations,
                                                  int memoryKiB, int parallelism,
                                                  std::size_t keyLength);
    // AES-256-CBC with PKCS#7 padding. Fails when the padding is wrong, which is what a wrong key
    // gives nearly always (CBC has no tag: callers still check what the plaintext holds).
    static Expected<crypto::SecureBytes> aesCbcDecrypt(std::span<const std::uint8_t> key,
                                                       QByteArrayView iv, QByteArrayView data);
    // SHA-256 of the password, kept in wiped memory (andOTP's old format uses it as the key).
    static crypto::SecureBytes sha256Key(const crypto::SecureBytes& password);

    static std::optional<QByteArray> fromHex(QByteArrayView hex);
    static std::optional<QByteArray> fromBase64(QByteArrayView base64);
};

} // namespace tessera::transfer
