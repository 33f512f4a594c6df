// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace tessera::transfer {

// Authenticator Pro / Stratum encrypted backups: "AUTHENTICATORPRO" (Argon2id + AES-GCM) and the
// legacy "AuthenticatorPro" (PBKDF2-SHA1 + AES-CBC). Both hold the plain JSON backup, which
// SimpleJsonFormats reads.
class StratumFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::StratumFormat)

public:
    static bool recognises(QByteArrayView data);
    static ImportResult readEncrypted(QByteArrayView data, const crypto::SecureBytes* password);
};

} // namespace tessera::transfer
