// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera::transfer {

// 2FAS Authenticator backups (.2fas / .json, schemas 1 to 4), plain or with servicesEncrypted
// (PBKDF2-HMAC-SHA256, 10,000 iterations, AES-256-GCM; "reference" checks the password).
class TwoFasFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::TwoFasFormat)

public:
    static bool recognises(const QJsonObject& root);
    static ImportResult read(const QJsonObject& root, const crypto::SecureBytes* password);
};

} // namespace tessera::transfer
