// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QString>

namespace tessera::vault {

// The operating system's secret store (Secret Service, macOS Keychain, Windows Credential
// Manager) as the vault needs it: three blocking calls on items named by `key`. A keyring slot
// keeps a random key there; the vault file holds only that item's name. Implementations run off
// the UI thread; InMemoryKeyring serves tests.
class KeyringBackend
{
public:
    virtual ~KeyringBackend() = default;

    // Empty names are never used. Errors say which keyring failed and why (locked, denied...).
    virtual Expected<crypto::SecureBytes> readSecret(const QString& key) = 0;
    virtual Status writeSecret(const QString& key, const crypto::SecureBytes& secret) = 0;
    virtual Status removeSecret(const QString& key) = 0;
};

} // namespace tessera::vault
