// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: format detection and every importer behind it, without a password (so no KDF
// runs and the fuzzer stays fast). Each item must hold parameters or an error, never neither.
#include "transfer/Importer.h"

#include <cstdint>
#include <cstdlib>

using namespace tessera::transfer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportResult result = Importer::importData(input);
    for (const ImportItem& item : result.items) {
        if (!item.ok() && item.error.isEmpty()) {
            std::abort();
        }
    }
    if (!result.ok() && !result.items.empty()) {
        std::abort();
    }
    return 0;
}
