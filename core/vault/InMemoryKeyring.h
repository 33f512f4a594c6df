// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyringBackend.h"

#include <map>

namespace tessera::vault {

// A keyring that lives in this process, for tests and for platforms without one: it can be told
// to fail, as a locked or absent system keyring would.
class InMemoryKeyring final : public KeyringBackend
{
public:
    Expected<crypto::SecureBytes> readSecret(const QString& key) override;
    Status writeSecret(const QString& key, const crypto::SecureBytes& secret) override;
    Status removeSecret(const QString& key) override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& key) const { return m_items.count(key) > 0; }
    std::size_t size() const { return m_items.size(); }

private:
    std::map<QString, crypto::SecureBytes> m_items;
    bool m_available = true;
};

} // namespace tessera::vault
