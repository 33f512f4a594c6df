// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBytes.h"

#include <cstdint>
#include <functional>
#include <span>

namespace tessera::crypto {

// Where random bytes come from. The default draws from OpenSSL's private DRBG; tests may hand a
// component a deterministic source instead.
using RandomSource = std::function<bool(std::span<std::uint8_t>)>;

// OpenSSL's RAND_priv_bytes. Returns false only if the DRBG cannot be seeded.
bool systemRandom(std::span<std::uint8_t> out);

// A fresh secret of `size` random bytes from `source`; empty if the source failed.
SecureBytes randomSecret(std::size_t size, const RandomSource& source = systemRandom);

} // namespace tessera::crypto
