// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBytes.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <span>

namespace tessera::crypto {

// AES-256-GCM authenticated encryption. The tag is appended to the ciphertext.
namespace aesgcm {

inline constexpr std::size_t kKeySize = 32;
inline constexpr std::size_t kNonceSize = 12;
inline constexpr std::size_t kTagSize = 16;

// Encrypts `plaintext`, authenticating `associatedData` too. Returns ciphertext || tag.
Expected<QByteArray> encrypt(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
                             QByteArrayView associatedData,
                             std::span<const std::uint8_t> plaintext);

// Decrypts ciphertext || tag. Fails, revealing nothing, if any byte of the key, nonce, associated
// data, ciphertext or tag is wrong. The plaintext comes back in wiped memory.
Expected<SecureBytes> decrypt(std::span<const std::uint8_t> key,
                              std::span<const std::uint8_t> nonce, QByteArrayView associatedData,
                              QByteArrayView ciphertextAndTag);

} // namespace aesgcm
} // namespace tessera::crypto
