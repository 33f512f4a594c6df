// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AndroidPreferences.h"
#include "ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace tessera::transfer {

// FreeOTP's files: version 1 (and FreeOTP+'s internal file), a SharedPreferences XML whose values
// are JSON tokens with secrets as signed byte arrays; version 2, a Java-serialised
// HashMap<String, String> whose token secrets are sealed by a password-derived master key.
class FreeOtpFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::FreeOtpFormat)

public:
    static bool recognisesV1(const AndroidPreferences& preferences);
    static bool recognisesV2(QByteArrayView data);
    static ImportResult readV1(const AndroidPreferences& preferences);
    static ImportResult readV2(QByteArrayView data, const crypto::SecureBytes* password);
};

} // namespace tessera::transfer
