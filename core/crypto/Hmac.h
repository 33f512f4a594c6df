// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Digest.h"

#include <cstdint>
#include <span>

namespace tessera::crypto {

// HMAC through OpenSSL 3's EVP_MAC interface. The MAC implementation is fetched once per process.
// `out` must hold digestSize(algorithm) bytes; returns false if OpenSSL fails.
bool hmac(HashAlgorithm algorithm, std::span<const std::uint8_t> key,
          std::span<const std::uint8_t> message, std::span<std::uint8_t> out);

} // namespace tessera::crypto
