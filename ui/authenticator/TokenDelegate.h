// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IssuerIcons.h"

#include <QStyledItemDelegate>

namespace tessera::ui {

// Paints one token row: the issuer's icon (or an initials badge), issuer over account, the code
// grouped for reading and a countdown ring; an HOTP row not yet revealed shows a "Show code" button
// instead. With "hide codes until clicked" the code shows as dots; under the mouse the next code
// shows too.
class TokenDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    // Where the HOTP button sits in a row's rectangle.
    static QRect revealButtonRect(const QRect& row);

    void setShowNextCode(bool show) { m_showNextCode = show; }
    bool showsNextCode() const { return m_showNextCode; }

    const IssuerBadgeCache& badgeCache() const { return m_badges; }

signals:
    void revealRequested(const QModelIndex& index);

private:
    void paintBadge(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                    const QRect& badge) const;

    bool m_showNextCode = true;
    // Filled while painting, which Qt declares const.
    mutable IssuerBadgeCache m_badges;
};

} // namespace tessera::ui
