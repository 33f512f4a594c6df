// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"

#include <QCborMap>
#include <QList>
#include <QStringView>

#include <vector>

namespace tessera::vault {

// The decrypted content of a vault: entries in the user's order and groups in theirs.
// It knows nothing about files or keys; VaultFile stores it.
class Vault
{
public:
    Vault() = default;
    Vault(Vault&&) noexcept = default;
    Vault& operator=(Vault&&) noexcept = default;
    Vault clone() const;

    const std::vector<Entry>& entries() const { return m_entries; }
    std::size_t size() const { return m_entries.size(); }
    void addEntry(Entry entry) { m_entries.push_back(std::move(entry)); }
    Entry* entry(const QUuid& id);
    const Entry* entry(const QUuid& id) const;
    bool removeEntry(const QUuid& id);

    // The entries a person means by `name`: "issuer:account", a bare account, or a UUID (with or
    // without braces). More than one match means the name is ambiguous.
    QList<QUuid> find(QStringView name) const;

    const QList<Group>& groups() const { return m_groups; }
    void setGroups(QList<Group> groups) { m_groups = std::move(groups); }

    const QCborMap& unknownFields() const { return m_unknownFields; }
    void setUnknownFields(QCborMap fields) { m_unknownFields = std::move(fields); }

private:
    std::vector<Entry> m_entries;
    QList<Group> m_groups;
    QCborMap m_unknownFields;
};

} // namespace tessera::vault
