// SPDX-License-Identifier: GPL-3.0-or-later
#include "SymbolicIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <cmath>
#include <utility>

namespace tessera::ui {

QIcon SymbolicIconEngine::icon(const QString& svgPath, QPalette::ColorRole role)
{
    return QIcon(new SymbolicIconEngine(svgPath, role));
}

SymbolicIconEngine::SymbolicIconEngine(QString svgPath, QPalette::ColorRole role)
    : m_svgPath(std::move(svgPath)), m_role(role)
{}

QColor SymbolicIconEngine::colourFor(QIcon::Mode mode) const
{
    // Read at paint time rather than at construction: the palette can change while the icon
    // lives (the user switches to a dark theme), and a cached colour would then be wrong.
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, m_role);
}

QPixmap SymbolicIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State,
                                         qreal scale)
{
    const QSize deviceSize(int(std::ceil(size.width() * scale)),
                           int(std::ceil(size.height() * scale)));
    QPixmap result(deviceSize);
    result.fill(Qt::transparent);
    if (deviceSize.isEmpty()) {
        return result;
    }
    QSvgRenderer renderer(m_svgPath);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(deviceSize)));
    // The SVG's own colour only supplies the shape; the palette supplies the colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(result.rect(), colourFor(mode));
    painter.end();
    result.setDevicePixelRatio(scale);
    return result;
}

QPixmap SymbolicIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

void SymbolicIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                               QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QIconEngine* SymbolicIconEngine::clone() const
{
    return new SymbolicIconEngine(m_svgPath, m_role);
}

QString SymbolicIconEngine::key() const
{
    return QStringLiteral("tessera-symbolic");
}

} // namespace tessera::ui
