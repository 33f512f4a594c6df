// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace tessera::ui {

// The token list as the user sees it: filtered by the search text, favourites first, then in
// the chosen order. Sorting keys change only when an entry is edited, never on the 1 Hz tick, so
// the proxy does not re-sort every second.
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

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int compareText(const QModelIndex& left, const QModelIndex& right, int role) const;

    Order m_order = Order::Manual;
    QCollator m_collator;
};

} // namespace tessera::ui
