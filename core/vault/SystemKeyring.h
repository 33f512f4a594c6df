// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "KeyringBackend.h"

namespace tessera::vault {

// The platform's secret store through QtKeychain: Secret Service (GNOME Keyring, KWallet) on
// Linux, the Keychain on macOS, Credential Manager on Windows. Items live under the service name
// "Tessera". Each call blocks until the store answers, so callers run it off the UI thread (the
// store may show its own unlock prompt). QtKeychain's insecure plain-text fallback stays off: if
// no secret store is running, the calls fail and say so.
class SystemKeyring : public KeyringBackend
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::SystemKeyring)

public:
    // False when Tessera was built without QtKeychain.
    static bool isCompiledIn();

    Expected<crypto::SecureBytes> readSecret(const QString& key) override;
    Status writeSecret(const QString& key, const crypto::SecureBytes& secret) override;
    Status removeSecret(const QString& key) override;
};

} // namespace tessera::vault
