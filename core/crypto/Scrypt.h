// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBytes.h"
#include "util/Expected.h"

#include <cstdint>
#include <span>

namespace tessera::crypto {

// scrypt cost parameters (RFC 7914). N must be a power of two greater than 1.
struct ScryptParameters
{
    std::uint64_t n = std::uint64_t(1) << 15;
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    // Memory scrypt needs for these parameters, in bytes (128 * r * (N + p)).
    std::uint64_t memoryBytes() const { return 128ULL * r * (n + p); }
};

// Derives `keyLength` bytes from a password with OpenSSL's EVP_KDF "SCRYPT".
Expected<SecureBytes> scrypt(std::span<const std::uint8_t> password,
                             std::span<const std::uint8_t> salt, const ScryptParameters& parameters,
                             std::size_t keyLength);

} // namespace tessera::crypto
