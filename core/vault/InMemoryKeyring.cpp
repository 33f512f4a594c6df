// SPDX-License-Identifier: GPL-3.0-or-later
#include "InMemoryKeyring.h"

#include <QCoreApplication>

namespace tessera::vault {

namespace {

Error unavailable()
{
    return makeError(
        QCoreApplication::translate("InMemoryKeyring", "the keyring is locked or unavailable"));
}

} // namespace

Expected<crypto::SecureBytes> InMemoryKeyring::readSecret(const QString& key)
{
    if (!m_available) {
        return unavailable();
    }
    const auto it = m_items.find(key);
    if (it == m_items.end()) {
        return makeError(
            QCoreApplication::translate("InMemoryKeyring", "the keyring has no item '%1'")
                .arg(key));
    }
    return it->second.clone();
}

Status InMemoryKeyring::writeSecret(const QString& key, const crypto::SecureBytes& secret)
{
    if (!m_available) {
        return unavailable();
    }
    m_items.insert_or_assign(key, secret.clone());
    return {};
}

Status InMemoryKeyring::removeSecret(const QString& key)
{
    if (!m_available) {
        return unavailable();
    }
    m_items.erase(key);
    return {};
}

} // namespace tessera::vault
