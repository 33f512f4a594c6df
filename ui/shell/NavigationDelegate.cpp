// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationDelegate.h"

#include <QPainter>

#include <algorithm>

namespace tessera::ui {

namespace {

// Gap between the highlight and the edges of the list.
constexpr int kOuterMargin = 8;
// Gap between the highlight's edge and the icon, and between the text and the far edge.
constexpr int kInnerMargin = 10;
constexpr int kIconTextGap = 10;
constexpr int kVerticalPadding = 9;
constexpr qreal kCornerRadius = 6.0;
// How strongly a hovered row is tinted with the highlight colour.
constexpr qreal kHoverAlpha = 0.14;

QPalette::ColorGroup colourGroup(const QStyleOptionViewItem& option)
{
    if (!(option.state & QStyle::State_Enabled)) {
        return QPalette::Disabled;
    }
    return (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
}

} // namespace

void NavigationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);

    const QPalette::ColorGroup group = colourGroup(opt);
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const QRectF pill = QRectF(opt.rect).adjusted(kOuterMargin, 2, -kOuterMargin, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (selected) {
        painter->setBrush(opt.palette.color(group, QPalette::Highlight));
        painter->drawRoundedRect(pill, kCornerRadius, kCornerRadius);
    } else if (hovered) {
        QColor tint = opt.palette.color(group, QPalette::Highlight);
        tint.setAlphaF(float(kHoverAlpha));
        painter->setBrush(tint);
        painter->drawRoundedRect(pill, kCornerRadius, kCornerRadius);
    }
    // Keyboard users need to see which row has focus even when it is not the selected one.
    if ((opt.state & QStyle::State_HasFocus) && !selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(opt.palette.color(group, QPalette::Highlight), 1.0));
        painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), kCornerRadius, kCornerRadius);
    }

    const QSize iconSize = opt.decorationSize;
    const QRect iconRect(int(pill.left()) + kInnerMargin,
                         opt.rect.top() + (opt.rect.height() - iconSize.height()) / 2,
                         iconSize.width(), iconSize.height());
    const QIcon::Mode mode = group == QPalette::Disabled ? QIcon::Disabled
                             : selected                  ? QIcon::Selected
                                                         : QIcon::Normal;
    opt.icon.paint(painter, iconRect, Qt::AlignCenter, mode);

    const QRect textRect(iconRect.right() + 1 + kIconTextGap, opt.rect.top(),
                         int(pill.right()) - kInnerMargin - iconRect.right() - kIconTextGap,
                         opt.rect.height());
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int width = 2 * kOuterMargin + 2 * kInnerMargin + opt.decorationSize.width() +
                      kIconTextGap + opt.fontMetrics.horizontalAdvance(opt.text);
    const int height =
        std::max(opt.decorationSize.height(), opt.fontMetrics.height()) + 2 * kVerticalPadding;
    return {width, height};
}

} // namespace tessera::ui
