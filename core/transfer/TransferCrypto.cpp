// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferCrypto.h"

#include <QCoreApplication>

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cctype>
#include <memory>

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

Expected<crypto::SecureBytes> TransferCrypto::argon2id(const crypto::SecureBytes& password,
                                                       QByteArrayView salt, int iterations,
                                                       int memoryKiB, int parallelism,
                                                       std::size_t keyLength)
{
    crypto::SecureBytes key(keyLength);
    const int rc = argon2id_hash_raw(std::uint32_t(iterations), std::uint32_t(memoryKiB),
                                     std::uint32_t(parallelism), password.data(), password.size(),
                                     salt.data(), std::size_t(salt.size()), key.data(), keyLength);
    if (rc != ARGON2_OK) {
        return makeError(QCoreApplication::translate("tessera::transfer", "Argon2id failed: %1")
                             .arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    return key;
}

Expected<crypto::SecureBytes> TransferCrypto::aesCbcDecrypt(std::span<const std::uint8_t> key,
                                                            QByteArrayView iv, QByteArrayView data)
{
    const auto failed = [] {
        return makeError(QCoreApplication::translate(
            "tessera::transfer", "AES-CBC decryption failed (wrong key or damaged data)"));
    };
    if (key.size() != 32 || iv.size() != 16 || data.isEmpty() || data.size() % 16 != 0) {
        return failed();
    }
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(
        EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    crypto::SecureBytes plain(std::size_t(data.size()) + 16);
    int written = 0;
    int last = 0;
    if (!context ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(),
                           reinterpret_cast<const unsigned char*>(iv.data())) != 1 ||
        EVP_DecryptUpdate(context.get(), plain.data(), &written,
                          reinterpret_cast<const unsigned char*>(data.data()),
                          int(data.size())) != 1 ||
        EVP_DecryptFinal_ex(context.get(), plain.data() + written, &last) != 1) {
        return failed();
    }
    crypto::SecureBytes result(plain.data(), std::size_t(written + last));
    return result;
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
