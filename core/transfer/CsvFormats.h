// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QString>

namespace tessera::transfer {

// Password managers' CSV exports that carry OTP secrets in one column: Bitwarden (login_totp)
// and KeePassXC (TOTP, an otpauth:// URI or a KeeOTP-style "key=...&step=...&size=..." string).
class CsvFormats
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::CsvFormats)

public:
    // "bitwarden-csv", "keepass-csv", or empty.
    static QString detect(const QString& text);
    static ImportResult read(const QString& format, const QString& text);
};

} // namespace tessera::transfer
