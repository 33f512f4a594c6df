// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QPalette>

namespace tessera::ui {

// Draws a one-colour SVG in a colour taken from the application palette when the icon is
// painted, so that symbolic icons stay readable on light and dark palettes alike.
class SymbolicIconEngine final : public QIconEngine
{
public:
    // The SVG is drawn in the palette's `role` colour in the Normal and Active modes, in
    // HighlightedText when selected and in the disabled Text colour when disabled.
    static QIcon icon(const QString& svgPath, QPalette::ColorRole role = QPalette::Text);

    SymbolicIconEngine(QString svgPath, QPalette::ColorRole role);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    QColor colourFor(QIcon::Mode mode) const;

    QString m_svgPath;
    QPalette::ColorRole m_role;
};

} // namespace tessera::ui
