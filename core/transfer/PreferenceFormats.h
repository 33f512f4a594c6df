// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AndroidPreferences.h"
#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace tessera::transfer {

// Apps whose accounts live in one SharedPreferences value: Authy (plain and with per-token
// encrypted secrets), Battle.net (masked serial and secret) and TOTP Authenticator (its internal
// file, and its encrypted backup, which holds the same list).
class PreferenceFormats
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::PreferenceFormats)

public:
    // "authy", "battle-net", "totp-authenticator" or empty.
    static QString detect(const AndroidPreferences& preferences);
    static ImportResult read(const QString& format, const AndroidPreferences& preferences,
                             const crypto::SecureBytes* password);

    // TOTP Authenticator's backup file: Base64 text of AES-256-CBC ciphertext.
    static bool recognisesTotpAuthenticatorBackup(QByteArrayView data);
    static ImportResult readTotpAuthenticatorBackup(QByteArrayView data,
                                                    const crypto::SecureBytes* password);
};

} // namespace tessera::transfer
