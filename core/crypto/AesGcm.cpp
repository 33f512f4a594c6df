// SPDX-License-Identifier: GPL-3.0-or-later
#include "AesGcm.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>

namespace tessera::crypto::aesgcm {

namespace {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

bool fitsInt(std::size_t size)
{
    return size <= std::size_t(INT_MAX);
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

Expected<QByteArray> encrypt(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
                             QByteArrayView associatedData, std::span<const std::uint8_t> plaintext)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize) {
        return makeError(QStringLiteral("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    }
    if (!fitsInt(plaintext.size()) || !fitsInt(std::size_t(associatedData.size()))) {
        return makeError(QStringLiteral("data too large to encrypt in one piece"));
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(qsizetype(plaintext.size() + kTagSize), Qt::Uninitialized);
    auto* outData = reinterpret_cast<unsigned char*>(out.data());
    int length = 0;
    int total = 0;
    const bool ok =
        ctx &&
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), outData, &length, plaintext.data(), int(plaintext.size())) ==
            1 &&
        (total = length, EVP_EncryptFinal_ex(ctx.get(), outData + total, &length) == 1) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kTagSize),
                            outData + total + length) == 1;
    if (!ok) {
        return makeError(QStringLiteral("encryption failed inside OpenSSL"));
    }
    return out;
}

Expected<SecureBytes> decrypt(std::span<const std::uint8_t> key,
                              std::span<const std::uint8_t> nonce, QByteArrayView associatedData,
                              QByteArrayView ciphertextAndTag)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize) {
        return makeError(QStringLiteral("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    }
    if (std::size_t(ciphertextAndTag.size()) < kTagSize) {
        return makeError(QStringLiteral("ciphertext is shorter than its authentication tag"));
    }
    if (!fitsInt(std::size_t(ciphertextAndTag.size())) ||
        !fitsInt(std::size_t(associatedData.size()))) {
        return makeError(QStringLiteral("data too large to decrypt in one piece"));
    }
    const auto cipherLength = std::size_t(ciphertextAndTag.size()) - kTagSize;
    SecureBytes plain(cipherLength);
    // EVP_CTRL_GCM_SET_TAG wants a writable pointer; copy the tag.
    unsigned char tag[kTagSize];
    std::copy_n(bytes(ciphertextAndTag) + cipherLength, kTagSize, tag);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), plain.data(), &length, bytes(ciphertextAndTag),
                          int(cipherLength)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plain.data() + length, &length) == 1;
    if (!ok) {
        return makeError(
            QStringLiteral("authentication failed: wrong key, or the data was changed"));
    }
    return plain;
}

} // namespace tessera::crypto::aesgcm
