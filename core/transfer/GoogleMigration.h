// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <vector>

namespace tessera::transfer {

// Google Authenticator's "Transfer accounts" export: otpauth-migration://offline?data=<Base64 of
// a protobuf MigrationPayload>, one URI per QR code, several codes per export.
class GoogleMigration
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::GoogleMigration)

public:
    static bool isMigrationUri(QStringView text);

    // The entries of one migration URI; a damaged URI gives one error item and no entries.
    static std::vector<ImportItem> decode(QStringView uri, const QString& sourceName);

    // What encode() made: the URIs (one per QR code) and the entries Google Authenticator cannot
    // hold (Steam, a period other than 30 s, digits other than 6 or 8), by display name.
    struct Encoded
    {
        QStringList uris;
        QStringList skipped;
    };
    // `perBatch` entries per URI keeps each QR code readable by a phone camera.
    static Encoded encode(const std::vector<const otp::OtpParameters*>& entries, int perBatch = 10,
                          std::int32_t batchId = 0);
};

} // namespace tessera::transfer
