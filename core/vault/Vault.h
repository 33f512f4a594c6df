// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"

#include <QCborMap>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>
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
    // Where `id` is in entries(), or nothing.
    std::optional<std::size_t> indexOf(const QUuid& id) const;

    // Reordering, by UUID so that a stale row number can never move the wrong entry. The order is
    // one list over all entries: groups do not have orders of their own, and moving an entry
    // never changes the groups it belongs to. False when `id` or the anchor is not in the vault
    // (the order is then unchanged).
    //
    // Moves `id` to just before `before`; a null `before` moves it to the end.
    bool moveEntry(const QUuid& id, const QUuid& before);
    // Moves `id` to just after `after`.
    bool moveEntryAfter(const QUuid& id, const QUuid& after);

    // The order the authenticator lists entries in when the user arranges them ("My order"):
    // favourites first, then the others, each part in vault order.
    std::vector<QUuid> listedOrder() const;

    // A move within listedOrder(), as a drag or "Move up/down" in that list makes it: `id` is
    // to end at `position`. A favourite stays among favourites and the others among the others,
    // so a position beyond the entry's part is clamped to its edge. The plan names the neighbour
    // the entry goes next to (in the same part, so next to it in the vault is next to it in the
    // list, whatever the other part holds between) and where it ends; a null anchor means it
    // is there already. Nothing when `id` is not in the vault.
    struct ListedMove
    {
        QUuid anchor;
        bool after = false; // after the anchor rather than before it
        int position = 0;   // where the entry ends in listedOrder()
    };
    std::optional<ListedMove> planListedMove(const QUuid& id, int position) const;
    // Carries out a plan of planListedMove(id, ...), made while the order was as it is now.
    bool applyListedMove(const QUuid& id, const ListedMove& move);
    // Plans and carries out a move; returns where the entry ends.
    std::optional<int> moveInListedOrder(const QUuid& id, int position);

    // The entries a person means by `name`: "issuer:account", a bare account, or a UUID (with or
    // without braces). More than one match means the name is ambiguous.
    QList<QUuid> find(QStringView name) const;

    const QList<Group>& groups() const { return m_groups; }
    void setGroups(QList<Group> groups) { m_groups = std::move(groups); }
    // The group a person names by `name` (names are matched exactly), added at the end of the
    // groups when there is none yet; a null id for an empty name, which means "no group".
    QUuid groupNamed(const QString& name);
    // The name of the group `id`, or an empty string when there is no such group.
    QString groupName(const QUuid& id) const;
    // Every group's name, in the groups' order.
    QStringList groupNames() const;
    // Takes group `id` out of the groups (entries still naming it are left as they are: a group
    // made by an edit that is taken back); nothing for a null or unknown id.
    void removeGroup(const QUuid& id);

    const QCborMap& unknownFields() const { return m_unknownFields; }
    void setUnknownFields(QCborMap fields) { m_unknownFields = std::move(fields); }

private:
    bool moveNextTo(const QUuid& id, const QUuid& anchor, bool after);

    std::vector<Entry> m_entries;
    QList<Group> m_groups;
    QCborMap m_unknownFields;
};

} // namespace tessera::vault
