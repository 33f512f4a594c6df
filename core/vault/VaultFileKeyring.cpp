// SPDX-License-Identifier: GPL-3.0-or-later
// VaultFile's keyring slots: adding, removing, and the steps VaultSession::apply saves them in.
#include "VaultFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace tessera::vault {

Status VaultFile::addKeyringSlot(KeyringBackend& keyring)
{
    auto slot = makeKeyringSlot(keyring);
    if (!slot) {
        return slot.failure();
    }
    VaultHeader header = m_header;
    const QString key = slot->keyringKey;
    header.keySlots.append(std::move(*slot));
    Status saved = saveWith(std::move(header), m_masterKey.clone());
    if (!saved) {
        (void)keyring.removeSecret(key);
    }
    return saved;
}

Status VaultFile::removeKeyringSlots(KeyringBackend& keyring)
{
    VaultHeader header = m_header;
    const QList<KeySlot> removed = takeKeyringSlots();
    if (removed.isEmpty()) {
        return {};
    }
    Status saved = saveWith(m_header, m_masterKey.clone());
    if (!saved) {
        m_header = std::move(header);
        return saved;
    }
    return forgetKeyringSlots(keyring, removed);
}

bool VaultFile::hasKeyringSlot() const
{
    return std::any_of(m_header.keySlots.cbegin(), m_header.keySlots.cend(),
                       [](const KeySlot& s) { return s.type == KeySlot::Type::Keyring; });
}

void VaultFile::addSlot(KeySlot slot)
{
    m_header.keySlots.append(std::move(slot));
}

QList<KeySlot> VaultFile::takeKeyringSlots()
{
    QList<KeySlot> taken;
    m_header.keySlots.removeIf([&](const KeySlot& slot) {
        if (slot.type == KeySlot::Type::Keyring) {
            taken.append(slot);
            return true;
        }
        return false;
    });
    return taken;
}

Status VaultFile::forgetKeyringSlots(KeyringBackend& keyring, const QList<KeySlot>& keySlots)
{
    // The slots are gone from the file, so their items no longer open anything; still, leave no
    // key behind.
    for (const KeySlot& slot : keySlots) {
        if (const Status removed = keyring.removeSecret(slot.keyringKey); !removed) {
            return makeError(
                tr("the keyring slot was removed from the vault, but the keyring kept its "
                   "item '%1': %2")
                    .arg(slot.keyringKey, removed.error()));
        }
    }
    return {};
}

} // namespace tessera::vault
