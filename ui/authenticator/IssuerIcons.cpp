// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuerIcons.h"

#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

#include <cmath>

namespace tessera::ui {

namespace {

// WCAG 2.x asks 3:1 of graphics that identify something (success criterion 1.4.11).
constexpr double kMinimumContrast = 3.0;
// Below this contrast with the list's background, a disc's edge is lost.
constexpr double kOutlineBelow = 1.3;

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

QColor mix(const QColor& base, const QColor& over, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * amount),
                            float(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (over.blueF() - base.blueF()) * amount));
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

BadgeColours badgeColours(QColor brand, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = luminance(base) < luminance(text);
    // A disc a shade off the list's background: visible as a shape, quiet as a colour.
    const QColor disc = mix(base, text, dark ? 0.14 : 0.07);
    if (contrastRatio(brand, disc) >= kMinimumContrast) {
        return {disc, brand};
    }
    const QColor black(0x1a, 0x1a, 0x1a);
    const QColor white(Qt::white);
    return {brand, contrastRatio(brand, black) >= contrastRatio(brand, white) ? black : white};
}

QPixmap renderIssuerGlyph(const QString& key, const QColor& colour, int size,
                          qreal devicePixelRatio)
{
    QSvgRenderer renderer(QStringLiteral(":/issuer-icons/%1.svg").arg(key));
    if (!renderer.isValid()) {
        return {};
    }
    // Rendered at the physical size, so the glyph is crisp on a high-density screen.
    const int physical = int(std::lround(size * devicePixelRatio));
    QImage image(physical, physical, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, physical, physical));
    // The SVGs are one-colour shapes: keep their coverage, paint it in `colour`.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

const IssuerBadgeCache::Badge* IssuerBadgeCache::badge(const QString& key, const QPalette& palette,
                                                       int glyphSize, qreal devicePixelRatio)
{
    const Key cacheKey{key, palette.color(QPalette::Base).rgba(),
                       palette.color(QPalette::Text).rgba(), glyphSize, devicePixelRatio};
    auto found = m_badges.find(cacheKey);
    if (found == m_badges.end()) {
        std::optional<Badge> made;
        if (const icons::IssuerIcon* icon = bundledIssuerIcons().icon(key)) {
            const BadgeColours colours = badgeColours(QColor::fromRgb(icon->rgb), palette);
            QPixmap glyph = renderIssuerGlyph(key, colours.glyph, glyphSize, devicePixelRatio);
            if (!glyph.isNull()) {
                ++m_renders;
                const bool brandDisc = colours.glyph != QColor::fromRgb(icon->rgb);
                const bool outlined =
                    brandDisc &&
                    contrastRatio(colours.disc, palette.color(QPalette::Base)) < kOutlineBelow;
                made = Badge{colours.disc, std::move(glyph), outlined};
            }
        }
        found = m_badges.insert(cacheKey, made);
    }
    return found->has_value() ? &**found : nullptr;
}

} // namespace tessera::ui
