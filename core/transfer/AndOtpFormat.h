// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>

namespace tessera::transfer {

// andOTP backups: a plain JSON list, or the encrypted .json.aes files, new format
// ([u32 BE PBKDF2 iterations][salt 12][nonce 12][AES-GCM ciphertext || tag]) and old format
// (key = SHA-256(password); [nonce 12][ciphertext || tag]).
class AndOtpFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::AndOtpFormat)

public:
    static bool recognises(const QJsonArray& root);
    static ImportResult read(const QJsonArray& root);
    static ImportResult readEncrypted(QByteArrayView data, const crypto::SecureBytes* password);
};

} // namespace tessera::transfer
