// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferCrypto.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cctype>

namespace tessera::transfer {

Expected<crypto::SecureBytes> TransferCrypto::pbkdf2(crypto::HashAlgorithm algorithm,
                                                     const crypto::SecureBytes& password,
                                                     QByteArrayView salt, int iterations,
                                                     std::size_t keyLength)
{
    crypto::SecureBytes key(keyLength);
    const EVP_MD* md = EVP_get_digestbyname(crypto::opensslName(algorithm));
    if (md == nullptr || iterations < 1 ||
        PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), int(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.data()), int(salt.size()),
                          iterations, md, int(keyLength), key.data()) != 1) {
        return makeError(
            QCoreApplication::translate("tessera::transfer", "PBKDF2 failed (OpenSSL)"));
    }
    return key;
}

crypto::SecureBytes TransferCrypto::sha256Key(const crypto::SecureBytes& password)
{
    crypto::SecureBytes key(SHA256_DIGEST_LENGTH);
    SHA256(password.data(), password.size(), key.data());
    return key;
}

std::optional<QByteArray> TransferCrypto::fromHex(QByteArrayView hex)
{
    if (hex.size() % 2 != 0) {
        return std::nullopt;
    }
    for (const char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
    }
    return QByteArray::fromHex(hex.toByteArray());
}

std::optional<QByteArray> TransferCrypto::fromBase64(QByteArrayView base64)
{
    auto decoded = QByteArray::fromBase64Encoding(base64.toByteArray(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

} // namespace tessera::transfer
