// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tessera::transfer {

// Text with one URI a line: otpauth:// (Ente Auth, Aegis and WinAuth plain text, Authenticator
// Plus) and otpauth-migration:// (Google Authenticator). Blank lines and # comments are skipped.
class UriListFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::UriListFormat)

public:
    // True when the text looks like such a list: every line blank, a comment, or one containing
    // otpauth:// or otpauth-migration:// (lines that merely contain it become error items), or only
    // comments.
    static bool recognises(const QString& text);
    static ImportResult read(const QString& text);
    // One text that should be a URI (a trimmed line, a QR code's content): a migration URI gives
    // its batch, an otpauth:// URI one item; nullopt when it is neither, and the caller says what
    // it was instead.
    static std::optional<std::vector<ImportItem>> readUri(const QString& text,
                                                          const QString& sourceName);

    // The canonical otpauth:// URI of each entry, one a line.
    static QString write(const std::vector<const otp::OtpParameters*>& entries);
};

} // namespace tessera::transfer
