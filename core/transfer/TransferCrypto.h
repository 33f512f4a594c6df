// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Digest.h"
#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace tessera::transfer {

// The small crypto and encoding pieces other apps' exports need beyond core/crypto: PBKDF2
// (andOTP, 2FAS) through OpenSSL, and strict hex/Base64 decoding that refuses damaged input.
class TransferCrypto
{
public:
    static Expected<crypto::SecureBytes> pbkdf2(crypto::HashAlgorithm algorithm,
                                                const crypto::SecureBytes& password,
                                                QByteArrayView salt, int iterations,
                                                std::size_t keyLength);
    // SHA-256 of the password, kept in wiped memory (andOTP's old format uses it as the key).
    static crypto::SecureBytes sha256Key(const crypto::SecureBytes& password);

    static std::optional<QByteArray> fromHex(QByteArrayView hex);
    static std::optional<QByteArray> fromBase64(QByteArrayView base64);
};

} // namespace tessera::transfer
