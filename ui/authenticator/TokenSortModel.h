// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace tessera::ui {

// The token list as the user sees it: filtered by the search text, favourites first, then in
// the chosen order. Sorting keys change only when an entry is edited, never on the 1 Hz tick, so
// the proxy does not re-sort every second. In "My order" with no search, the rows are exactly the
// vault's listed order (favourites first), and the user may rearrange them: a drop between rows
// or moveRows moves the entry there (vault::Vault::moveInListedOrder); in any other order, or
// while a search hides rows, arranging by hand is off and moveByHandBlockedReason() says why.
class TokenSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order
    {
        Manual,  // the vault's order
        Issuer,  // issuer, then account, A to Z
        Account, // account, then issuer
        Group,   // group, then issuer
        RecentlyUsed,
    };
    Q_ENUM(Order)

    explicit TokenSortModel(QObject* parent = nullptr);

    Order order() const { return m_order; }
    void setOrder(Order order);

    bool canMoveByHand() const;
    // Empty while arranging by hand is possible; otherwise a sentence for the user.
    QString moveByHandBlockedReason() const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // Moves the entry `id` so that it ends at proxy row `position`.
    bool moveToRow(const QUuid& id, int position);
    int compareText(const QModelIndex& left, const QModelIndex& right, int role) const;

    Order m_order = Order::Manual;
    QCollator m_collator;
};

} // namespace tessera::ui
