// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenSortModel.h"

#include "TokenListModel.h"

#include <QDateTime>
#include <QMimeData>

namespace tessera::ui {

TokenSortModel::TokenSortModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(TokenListModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Codes and countdowns change every second; only these roles may move a row.
    setSortRole(TokenListModel::FavouriteRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    sort(0);
}

void TokenSortModel::setOrder(Order order)
{
    if (order == m_order) {
        return;
    }
    m_order = order;
    invalidate();
}

bool TokenSortModel::canMoveByHand() const
{
    // Asked for every row painted (through flags()): no strings built here.
    return m_order == Order::Manual && filterRegularExpression().pattern().isEmpty();
}

QString TokenSortModel::moveByHandBlockedReason() const
{
    if (canMoveByHand()) {
        return {};
    }
    if (m_order != Order::Manual) {
        return tr("Accounts can be moved only when they are sorted by “My order” (Settings, "
                  "Sort accounts by).");
    }
    return tr("Clear the search to move accounts: while it hides some, their new place "
              "would be unclear.");
}

Qt::ItemFlags TokenSortModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    return canMoveByHand() ? flags : flags & ~(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
}

bool TokenSortModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                     int column, const QModelIndex& parent) const
{
    return canMoveByHand() && qobject_cast<const TokenListModel*>(sourceModel()) != nullptr &&
           sourceModel()->canDropMimeData(data, action, -1, column, {}) && !parent.isValid() &&
           row <= rowCount();
}

bool TokenSortModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    auto* tokens = qobject_cast<TokenListModel*>(sourceModel());
    // `row` is the gap the drop landed in (-1: after the last row).
    int gap = row < 0 ? rowCount() : row;
    bool moved = false;
    for (const QUuid& id : TokenListModel::idsFromMimeData(data)) {
        const int current = mapFromSource(tokens->index(tokens->rowOf(id))).row();
        if (current < 0) {
            continue;
        }
        // Where it ends: taking it out first shifts the gaps below it up by one.
        const int position = gap > current ? gap - 1 : gap;
        moved = moveToRow(id, position) || moved;
        gap = mapFromSource(tokens->index(tokens->rowOf(id))).row() + 1;
    }
    return moved;
}

bool TokenSortModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                              const QModelIndex& destinationParent, int destinationChild)
{
    if (!canMoveByHand() || sourceParent.isValid() || destinationParent.isValid() || count != 1) {
        return false;
    }
    const QUuid id = index(sourceRow, 0).data(TokenListModel::IdRole).toUuid();
    const int position = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return !id.isNull() && moveToRow(id, position);
}

bool TokenSortModel::moveToRow(const QUuid& id, int position)
{
    auto* tokens = qobject_cast<TokenListModel*>(sourceModel());
    // With every row shown in "My order", proxy rows are the vault's listed order.
    return tokens != nullptr && canMoveByHand() &&
           tokens->moveInListedOrder(id, position).has_value();
}

int TokenSortModel::compareText(const QModelIndex& left, const QModelIndex& right, int role) const
{
    return m_collator.compare(left.data(role).toString(), right.data(role).toString());
}

bool TokenSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Straight to the entries where the model is ours: sorting 10,000 rows through QVariant
    // data() calls cost the UI thread tens of milliseconds at unlock.
    const auto* tokens = qobject_cast<const TokenListModel*>(sourceModel());
    const vault::Entry* leftEntry = tokens != nullptr ? tokens->entryAt(left.row()) : nullptr;
    const vault::Entry* rightEntry = tokens != nullptr ? tokens->entryAt(right.row()) : nullptr;
    const bool leftFavourite = leftEntry != nullptr
                                   ? leftEntry->isFavourite()
                                   : left.data(TokenListModel::FavouriteRole).toBool();
    const bool rightFavourite = rightEntry != nullptr
                                    ? rightEntry->isFavourite()
                                    : right.data(TokenListModel::FavouriteRole).toBool();
    if (leftFavourite != rightFavourite) {
        return leftFavourite;
    }
    int order = 0;
    switch (m_order) {
    case Order::Manual:
        break;
    case Order::Issuer:
        order = compareText(left, right, TokenListModel::IssuerRole);
        order = order != 0 ? order : compareText(left, right, TokenListModel::AccountRole);
        break;
    case Order::Account:
        order = compareText(left, right, TokenListModel::AccountRole);
        order = order != 0 ? order : compareText(left, right, TokenListModel::IssuerRole);
        break;
    case Order::Group: {
        // Entries outside any group come last.
        const QString leftGroup = left.data(TokenListModel::GroupRole).toString();
        const QString rightGroup = right.data(TokenListModel::GroupRole).toString();
        if (leftGroup.isEmpty() != rightGroup.isEmpty()) {
            return rightGroup.isEmpty();
        }
        order = m_collator.compare(leftGroup, rightGroup);
        order = order != 0 ? order : compareText(left, right, TokenListModel::IssuerRole);
        break;
    }
    case Order::RecentlyUsed: {
        const QDateTime leftUsed = left.data(TokenListModel::LastUsedRole).toDateTime();
        const QDateTime rightUsed = right.data(TokenListModel::LastUsedRole).toDateTime();
        if (leftUsed != rightUsed) {
            // Never-used (invalid) entries sort after every used one.
            return leftUsed.isValid() && (!rightUsed.isValid() || leftUsed > rightUsed);
        }
        break;
    }
    }
    // Ties keep the vault's order, so the list does not shuffle between runs.
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace tessera::ui
