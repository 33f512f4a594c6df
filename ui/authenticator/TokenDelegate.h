// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace tessera::ui {

// Paints one token row: an initials badge, issuer over account, the code grouped for reading
// and a countdown ring; an HOTP row not yet revealed shows a "Show code" button instead. With
// "hide codes until clicked" the code shows as dots; under the mouse the next code shows too.
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

signals:
    void revealRequested(const QModelIndex& index);

private:
    bool m_showNextCode = true;
};

} // namespace tessera::ui
