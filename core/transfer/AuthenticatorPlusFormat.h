// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace tessera::transfer {

// Authenticator Plus's export: a password-protected zip (ZipCrypto or WinZip AES, opened by
// libzip) whose Accounts.txt is an otpauth:// list.
class AuthenticatorPlusFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::AuthenticatorPlusFormat)

public:
    static bool recognises(QByteArrayView data);
    static ImportResult read(QByteArrayView data, const crypto::SecureBytes* password);
};

} // namespace tessera::transfer
