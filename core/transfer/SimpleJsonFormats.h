// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tessera::transfer {

// The JSON exports whose whole logic is a field mapping: Bitwarden, FreeOTP+, Proton
// Authenticator, Steam maFiles (SDA, old and new), Duo and Authenticator Pro / Stratum (plain).
class SimpleJsonFormats
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::SimpleJsonFormats)

public:
    // The format name ("bitwarden-json", "freeotp-plus", "proton", "steam", "duo", "stratum"),
    // or empty when none of these matches.
    static QString detect(const QJsonDocument& document);
    static ImportResult read(const QString& format, const QJsonDocument& document);
};

} // namespace tessera::transfer
