// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scrypt.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace tessera::crypto {

namespace {

struct KdfDeleter
{
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

bool isPowerOfTwo(std::uint64_t n)
{
    return n > 1 && (n & (n - 1)) == 0;
}

} // namespace

Expected<SecureBytes> scrypt(std::span<const std::uint8_t> password,
                             std::span<const std::uint8_t> salt, const ScryptParameters& parameters,
                             std::size_t keyLength)
{
    if (!isPowerOfTwo(parameters.n) || parameters.r == 0 || parameters.p == 0) {
        return makeError(QStringLiteral("scrypt parameters are invalid: N must be a power of two "
                                        "above 1, r and p at least 1"));
    }
    // Refuse absurd costs before allocating: 4 GiB is far beyond any parameter Tessera writes.
    if (parameters.memoryBytes() > (std::uint64_t(4) << 30)) {
        return makeError(QStringLiteral("scrypt parameters ask for more than 4 GiB of memory"));
    }
    const std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf) {
        return makeError(QStringLiteral("this OpenSSL has no scrypt"));
    }
    const std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    std::uint64_t n = parameters.n;
    std::uint32_t r = parameters.r;
    std::uint32_t p = parameters.p;
    std::uint64_t maxMemory = parameters.memoryBytes() + (std::uint64_t(1) << 20);
    static const std::uint8_t kEmpty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD,
            const_cast<std::uint8_t*>(password.empty() ? &kEmpty : password.data()),
            password.size()),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<std::uint8_t*>(salt.empty() ? &kEmpty : salt.data()),
            salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(keyLength);
    if (!ctx || EVP_KDF_derive(ctx.get(), key.data(), key.size(), params) != 1) {
        return makeError(QStringLiteral("scrypt failed (out of memory?)"));
    }
    return key;
}

} // namespace tessera::crypto
