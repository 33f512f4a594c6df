// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Google Authenticator migration URIs. Whatever decodes must encode and decode
// back to the same accounts, or a move to a phone would change them.
#include "transfer/GoogleMigration.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace tessera;
using namespace tessera::transfer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QStringLiteral("otpauth-migration://offline?data=") +
                         QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto items = GoogleMigration::decode(text, QStringLiteral("fuzz"));
    std::vector<const otp::OtpParameters*> decoded;
    for (const ImportItem& item : items) {
        if (item.ok()) {
            decoded.push_back(&*item.parameters);
        }
    }
    const auto encoded = GoogleMigration::encode(decoded, 1000, 7);
    std::size_t back = 0;
    for (const QString& uri : encoded.uris) {
        for (const ImportItem& item : GoogleMigration::decode(uri, QStringLiteral("again"))) {
            if (!item.ok()) {
                std::abort();
            }
            ++back;
        }
    }
    if (back + std::size_t(encoded.skipped.size()) != decoded.size()) {
        std::abort();
    }
    return 0;
}
