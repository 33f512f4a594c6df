// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include <algorithm>

namespace tessera::vault {

Vault Vault::clone() const
{
    Vault copy;
    copy.m_entries.reserve(m_entries.size());
    for (const Entry& entry : m_entries) {
        copy.m_entries.push_back(entry.clone());
    }
    copy.m_groups = m_groups;
    copy.m_unknownFields = m_unknownFields;
    return copy;
}

Entry* Vault::entry(const QUuid& id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry& entry) { return entry.id() == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

const Entry* Vault::entry(const QUuid& id) const
{
    return const_cast<Vault*>(this)->entry(id);
}

bool Vault::removeEntry(const QUuid& id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry& entry) { return entry.id() == id; });
    if (it == m_entries.end()) {
        return false;
    }
    m_entries.erase(it);
    return true;
}

QList<QUuid> Vault::find(QStringView name) const
{
    const QUuid asUuid = QUuid::fromString(name);
    QList<QUuid> matches;
    for (const Entry& entry : m_entries) {
        const auto& parameters = entry.parameters();
        const bool byUuid = !asUuid.isNull() && entry.id() == asUuid;
        const bool byAccount = parameters.account() == name;
        const bool byFullName =
            !parameters.issuer().isEmpty() && name.startsWith(parameters.issuer()) &&
            name.size() == parameters.issuer().size() + 1 + parameters.account().size() &&
            name.at(parameters.issuer().size()) == QLatin1Char(':') &&
            name.sliced(parameters.issuer().size() + 1) == parameters.account();
        if (byUuid || byAccount || byFullName) {
            matches.append(entry.id());
        }
    }
    return matches;
}

} // namespace tessera::vault
