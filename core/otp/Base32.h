// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <span>

namespace tessera::otp::base32 {

// Decodes RFC 4648 Base32 as people and apps actually write it: upper or lower case, spaces and
// hyphens anywhere (as in "abcd efgh" or "ABCD-EFGH"), '=' padding at the end present or not.
// Bits left over after the last whole byte are dropped, as Google Authenticator does.
// Anything else is refused with the character and its 1-based position:
// "secret is not Base32: '1' at position 7".
Expected<crypto::SecureBytes> decode(QStringView text);

// Upper-case Base32 without padding, the form otpauth:// URIs use.
QString encode(std::span<const std::uint8_t> bytes);

} // namespace tessera::otp::base32
