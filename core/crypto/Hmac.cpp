// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hmac.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace tessera::crypto {

namespace {

struct MacDeleter
{
    void operator()(EVP_MAC* mac) const { EVP_MAC_free(mac); }
};
struct MacCtxDeleter
{
    void operator()(EVP_MAC_CTX* ctx) const { EVP_MAC_CTX_free(ctx); }
};

EVP_MAC* hmacImplementation()
{
    // Fetching is the costly part of EVP_MAC; a function-local static makes it once and
    // thread-safe. Freed at exit.
    static const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    return mac.get();
}

} // namespace

bool hmac(HashAlgorithm algorithm, std::span<const std::uint8_t> key,
          std::span<const std::uint8_t> message, std::span<std::uint8_t> out)
{
    if (out.size() < std::size_t(digestSize(algorithm)) || hmacImplementation() == nullptr) {
        return false;
    }
    const std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter> ctx(EVP_MAC_CTX_new(hmacImplementation()));
    if (!ctx) {
        return false;
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                         const_cast<char*>(opensslName(algorithm)), 0),
        OSSL_PARAM_construct_end(),
    };
    // EVP_MAC_init treats a null key as "keep the previous key"; an empty key needs a non-null
    // pointer.
    static const std::uint8_t kNoKey = 0;
    const std::uint8_t* keyData = key.empty() ? &kNoKey : key.data();
    std::size_t written = 0;
    return EVP_MAC_init(ctx.get(), keyData, key.size(), params) == 1 &&
           EVP_MAC_update(ctx.get(), message.data(), message.size()) == 1 &&
           EVP_MAC_final(ctx.get(), out.data(), &written, out.size()) == 1 &&
           written == std::size_t(digestSize(algorithm));
}

} // namespace tessera::crypto
