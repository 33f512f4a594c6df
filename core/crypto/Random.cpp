// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include <openssl/rand.h>

#include <climits>

namespace tessera::crypto {

bool systemRandom(std::span<std::uint8_t> out)
{
    if (out.empty()) {
        return true;
    }
    if (out.size() > std::size_t(INT_MAX)) {
        return false;
    }
    return RAND_priv_bytes(out.data(), int(out.size())) == 1;
}

SecureBytes randomSecret(std::size_t size, const RandomSource& source)
{
    SecureBytes bytes(size);
    if (!source(bytes.span())) {
        return {};
    }
    return bytes;
}

} // namespace tessera::crypto
