// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenDelegate.h"

#include "TokenListModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace tessera::ui {

namespace {

constexpr int kRowHeight = 64;
constexpr int kMargin = 12;
constexpr int kBadge = 40;
constexpr int kGlyph = 22; // the issuer icon inside the badge
constexpr int kRing = 22;
constexpr int kButtonWidth = 110;
constexpr int kButtonHeight = 30;

// A stable colour per name, so an account keeps its badge colour between runs.
QColor badgeColour(const QString& name)
{
    // CRC-16 rather than qHash: qHash may be seeded per process, and the colour must not change.
    const auto hue = int(qChecksum(QByteArrayView(name.toUtf8())) % 360U);
    return QColor::fromHsl(hue, 110, 110);
}

QRect ringRect(const QRect& row)
{
    return {row.right() - kMargin - kRing, row.center().y() - kRing / 2, kRing, kRing};
}

} // namespace

QRect TokenDelegate::revealButtonRect(const QRect& row)
{
    return {row.right() - kMargin - kButtonWidth, row.center().y() - kButtonHeight / 2,
            kButtonWidth, kButtonHeight};
}

QSize TokenDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int lines = option.fontMetrics.height() * 2 + 16;
    return {320, std::max(kRowHeight, lines)};
}

void TokenDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    // The style paints the selection and hover background; the content is ours.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    const QPalette& palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65F);
    const QRect row = opt.rect;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QString issuer = index.data(TokenListModel::IssuerRole).toString();
    const QString account = index.data(TokenListModel::AccountRole).toString();
    const QRect badge(row.left() + kMargin, row.center().y() - kBadge / 2, kBadge, kBadge);
    paintBadge(painter, opt, index, badge);

    const bool needsReveal = index.data(TokenListModel::NeedsRevealRole).toBool();
    const bool hidden = index.data(TokenListModel::HiddenRole).toBool();
    const QString rawCode = index.data(TokenListModel::CodeRole).toString();
    // Dots of the code's own length, so hiding does not make the row jump when revealed.
    const QString code = groupedCode(hidden ? QString(rawCode.size(), QChar(0x2022)) : rawCode);
    const bool hovered = (opt.state & QStyle::State_MouseOver) != 0;
    QFont codeFont = opt.font;
    codeFont.setPointSizeF(opt.font.pointSizeF() * 1.6);
    codeFont.setFamilies({QStringLiteral("monospace")});
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setBold(true);
    const int codeWidth = QFontMetrics(codeFont).horizontalAdvance(QStringLiteral("0000 0000"));

    // Right side: countdown ring and code, or the reveal button.
    const int rightEdge = row.right() - kMargin;
    int textRight = rightEdge;
    if (needsReveal) {
        QStyleOptionButton button;
        button.rect = revealButtonRect(row);
        button.text = tr("Show code");
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        button.palette = palette;
        button.fontMetrics = opt.fontMetrics;
        painter->restore();
        style->drawControl(QStyle::CE_PushButton, &button, painter, opt.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        textRight = button.rect.left() - kMargin;
    } else {
        const int period = index.data(TokenListModel::PeriodRole).toInt();
        int codeRight = rightEdge;
        if (period > 0) {
            const double left = index.data(TokenListModel::CountdownRole).toDouble();
            const int seconds = index.data(TokenListModel::SecondsRemainingRole).toInt();
            const QRect ring = ringRect(row);
            QColor track = text;
            track.setAlphaF(0.15F);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(track, 3));
            painter->drawEllipse(ring);
            // Amber in the last five seconds: copying now risks a code that expires in flight.
            const QColor arc =
                seconds <= 5 ? QColor(0xe0, 0x8a, 0x00) : palette.color(QPalette::Highlight);
            painter->setPen(QPen(selected ? text : arc, 3, Qt::SolidLine, Qt::RoundCap));
            painter->drawArc(ring, 90 * 16, int(left * 360.0 * 16.0));
            codeRight = ring.left() - kMargin;
        }
        painter->setFont(codeFont);
        painter->setPen(text);
        QRect codeRect(codeRight - codeWidth, row.top(), codeWidth, row.height());
        if (m_showNextCode && hovered && !hidden && period > 0) {
            // The next code under the current one, for a login form that is slow to submit.
            const QFontMetrics codeMetrics(codeFont);
            const int total = codeMetrics.height() + opt.fontMetrics.height();
            const int top = row.center().y() - total / 2;
            codeRect = QRect(codeRect.left(), top, codeWidth, codeMetrics.height());
            const QString next = index.data(TokenListModel::NextCodeRole).toString();
            painter->setFont(opt.font);
            painter->setPen(dim);
            painter->drawText(QRect(codeRect.left() - codeWidth, codeRect.bottom(), 2 * codeWidth,
                                    opt.fontMetrics.height()),
                              Qt::AlignRight | Qt::AlignVCenter,
                              tr("next %1").arg(groupedCode(next)));
            painter->setFont(codeFont);
            painter->setPen(text);
        }
        painter->drawText(codeRect, Qt::AlignRight | Qt::AlignVCenter, code);
        textRight = codeRect.left() - kMargin;
    }

    // Issuer over account.
    const int textLeft = badge.right() + kMargin;
    const QRect textRect(textLeft, row.top() + 8, std::max(0, textRight - textLeft),
                         row.height() - 16);
    QFont issuerFont = opt.font;
    issuerFont.setBold(true);
    painter->setFont(issuerFont);
    painter->setPen(text);
    const QFontMetrics issuerMetrics(issuerFont);
    // A star before a favourite's name; favourites are listed first.
    const QString star =
        index.data(TokenListModel::FavouriteRole).toBool() ? QStringLiteral("\u2605 ") : QString();
    const QString shownIssuer = star + (issuer.isEmpty() ? account : issuer);
    painter->drawText(
        QRect(textRect.left(), textRect.top(), textRect.width(), textRect.height() / 2),
        Qt::AlignLeft | Qt::AlignBottom,
        issuerMetrics.elidedText(shownIssuer, Qt::ElideRight, textRect.width()));
    const QString group = index.data(TokenListModel::GroupRole).toString();
    if (!issuer.isEmpty() || !group.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(dim);
        painter->drawText(QRect(textRect.left(), textRect.center().y() + 2, textRect.width(),
                                textRect.height() / 2),
                          Qt::AlignLeft | Qt::AlignTop,
                          opt.fontMetrics.elidedText(
                              group.isEmpty() ? account : tr("%1 \u00b7 %2").arg(account, group),
                              Qt::ElideRight, textRect.width()));
    }

    // A hairline between rows keeps a long list readable without zebra stripes.
    QColor line = text;
    line.setAlphaF(0.08F);
    painter->setPen(line);
    painter->drawLine(textLeft, row.bottom(), row.right(), row.bottom());
    painter->restore();
}

void TokenDelegate::paintBadge(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index, const QRect& badge) const
{
    painter->setPen(Qt::NoPen);
    const QString iconKey = index.data(TokenListModel::IconKeyRole).toString();
    const qreal ratio = painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
    if (const IssuerBadgeCache::Badge* icon =
            iconKey.isEmpty() ? nullptr : m_badges.badge(iconKey, option.palette, kGlyph, ratio)) {
        painter->setBrush(icon->disc);
        if (icon->outlined) {
            QColor edge = option.palette.color(QPalette::Text);
            edge.setAlphaF(0.25F);
            painter->setPen(QPen(edge, 1));
        }
        // Inset by half the outline, so an outlined disc is no larger than a plain one.
        painter->drawEllipse(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->setPen(Qt::NoPen);
        // Whole logical pixels from the badge's corner: the glyph's pixels land on the screen's.
        const int inset = (kBadge - kGlyph) / 2;
        painter->drawPixmap(badge.topLeft() + QPoint(inset, inset), icon->glyph);
        return;
    }
    const QString issuer = index.data(TokenListModel::IssuerRole).toString();
    painter->setBrush(badgeColour(
        issuer.isEmpty() ? index.data(TokenListModel::AccountRole).toString() : issuer));
    painter->drawEllipse(badge);
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(option.font.pointSizeF() * 1.05);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, index.data(TokenListModel::InitialsRole).toString());
}

bool TokenDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease &&
        index.data(TokenListModel::NeedsRevealRole).toBool()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (revealButtonRect(option.rect).contains(mouse->position().toPoint())) {
            emit revealRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tessera::ui
