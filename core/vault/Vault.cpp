// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include <algorithm>

namespace tessera::vault {

namespace {

// Where the entry `id` is in `entries`, or end.
std::vector<Entry>::iterator findEntry(std::vector<Entry>& entries, const QUuid& id)
{
    return std::find_if(entries.begin(), entries.end(),
                        [&](const Entry& entry) { return entry.id() == id; });
}

} // namespace

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
    const auto it = findEntry(m_entries, id);
    return it == m_entries.end() ? nullptr : &*it;
}

const Entry* Vault::entry(const QUuid& id) const
{
    return const_cast<Vault*>(this)->entry(id);
}

std::optional<std::size_t> Vault::indexOf(const QUuid& id) const
{
    const Entry* found = entry(id);
    return found != nullptr ? std::optional<std::size_t>(std::size_t(found - m_entries.data()))
                            : std::nullopt;
}

QUuid Vault::groupNamed(const QString& name)
{
    if (name.isEmpty()) {
        return {};
    }
    const auto found = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                    [&](const Group& group) { return group.name == name; });
    if (found != m_groups.cend()) {
        return found->id;
    }
    m_groups.append(Group{QUuid::createUuid(), name, {}});
    return m_groups.constLast().id;
}

QStringList Vault::groupNames() const
{
    QStringList names;
    for (const Group& group : m_groups) {
        names << group.name;
    }
    return names;
}

void Vault::removeGroup(const QUuid& id)
{
    if (!id.isNull()) {
        m_groups.removeIf([&id](const Group& group) { return group.id == id; });
    }
}

QString Vault::groupName(const QUuid& id) const
{
    const auto found = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                    [&](const Group& group) { return group.id == id; });
    return found != m_groups.cend() ? found->name : QString();
}

bool Vault::removeEntry(const QUuid& id)
{
    const auto it = findEntry(m_entries, id);
    if (it == m_entries.end()) {
        return false;
    }
    m_entries.erase(it);
    return true;
}

bool Vault::moveEntry(const QUuid& id, const QUuid& before)
{
    return moveNextTo(id, before, false);
}

bool Vault::moveEntryAfter(const QUuid& id, const QUuid& after)
{
    return !after.isNull() && moveNextTo(id, after, true);
}

bool Vault::moveNextTo(const QUuid& id, const QUuid& anchor, bool after)
{
    const auto from = findEntry(m_entries, id);
    if (from == m_entries.end() || (!anchor.isNull() && entry(anchor) == nullptr)) {
        return false;
    }
    if (id == anchor) {
        return true;
    }
    Entry moving = std::move(*from);
    m_entries.erase(from);
    auto to = anchor.isNull() ? m_entries.end() : findEntry(m_entries, anchor);
    if (after) {
        ++to;
    }
    m_entries.insert(to, std::move(moving));
    return true;
}

std::vector<QUuid> Vault::listedOrder() const
{
    std::vector<QUuid> order;
    order.reserve(m_entries.size());
    for (const bool favourites : {true, false}) {
        for (const Entry& entry : m_entries) {
            if (entry.isFavourite() == favourites) {
                order.push_back(entry.id());
            }
        }
    }
    return order;
}

std::optional<Vault::ListedMove> Vault::planListedMove(const QUuid& id, int position) const
{
    const Entry* moving = entry(id);
    if (moving == nullptr) {
        return std::nullopt;
    }
    const std::vector<QUuid> order = listedOrder();
    const auto favourites = int(std::count_if(m_entries.begin(), m_entries.end(),
                                              [](const Entry& e) { return e.isFavourite(); }));
    const int from = int(std::find(order.begin(), order.end(), id) - order.begin());
    // The entry's own part of the list: [0, favourites) or [favourites, size).
    const int first = moving->isFavourite() ? 0 : favourites;
    const int last = moving->isFavourite() ? favourites - 1 : int(order.size()) - 1;
    ListedMove move;
    move.position = std::clamp(position, first, last);
    if (move.position != from) {
        move.anchor = order[std::size_t(move.position)];
        move.after = move.position > from;
    }
    return move;
}

bool Vault::applyListedMove(const QUuid& id, const ListedMove& move)
{
    return move.anchor.isNull() ? entry(id) != nullptr : moveNextTo(id, move.anchor, move.after);
}

std::optional<int> Vault::moveInListedOrder(const QUuid& id, int position)
{
    const std::optional<ListedMove> move = planListedMove(id, position);
    if (!move || !applyListedMove(id, *move)) {
        return std::nullopt;
    }
    return move->position;
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
