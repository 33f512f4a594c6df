// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Aegis vault JSON (plain and encrypted headers) read with a fixed password.
// A hostile file must give entries or an error, never a crash or an unbounded KDF.
#include "transfer/Importer.h"

#include <cstdint>

using namespace tessera;
using namespace tessera::transfer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const crypto::SecureBytes password("test", 4);
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)Importer::importData(input, ImportOptions{QStringLiteral("aegis"), &password});
    return 0;
}
