// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: base32::decode on arbitrary text. Whatever it accepts, encode() must give text
// that decodes back to the same bytes, since Tessera stores and exports secrets that way.
#include "otp/Base32.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tessera::otp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto decoded = base32::decode(input);
    if (!decoded) {
        return 0;
    }
    const QString encoded = base32::encode(decoded.value().span());
    const auto again = base32::decode(encoded);
    if (!again || again.value().view() != decoded.value().view()) {
        std::fprintf(stderr, "Base32 round trip changed the bytes\n  input:   %s\n  encoded: %s\n",
                     input.toUtf8().constData(), encoded.toUtf8().constData());
        std::abort();
    }
    return 0;
}
