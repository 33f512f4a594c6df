// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace tessera::transfer {

// Turns the fields an export file holds into an ImportItem, so every importer applies the same
// checks (OtpParameters::create) and writes errors the same way.
class ItemBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::ItemBuilder)

public:
    // An otpauth:// URI (or Bitwarden's steam://SECRET).
    static ImportItem fromUri(const QString& sourceName, const QString& uri);

    // Field by field. `type` and `algorithm` are names as apps write them ("totp", "HOTP",
    // "steam", "SHA1", "sha-256"); an empty algorithm means SHA1.
    struct Fields
    {
        QString type = QStringLiteral("totp");
        QString algorithm;
        int digits = otp::kDefaultDigits;
        int period = otp::kDefaultPeriod;
        quint64 counter = 0;
        QString issuer;
        QString account;
    };
    static ImportItem fromBase32(const QString& sourceName, const Fields& fields,
                                 const QString& base32Secret);
    static ImportItem fromBytes(const QString& sourceName, const Fields& fields,
                                crypto::SecureBytes secret);

    // An entry of another Tessera vault, checked again as new input: a vault may hold text
    // longer than an import may bring in (OtpParameters::restore).
    static ImportItem fromParameters(const QString& sourceName,
                                     const otp::OtpParameters& parameters);

    static ImportItem error(const QString& sourceName, const QString& reason);
};

} // namespace tessera::transfer
