// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons/BundledIssuerIcons.h"

#include <QColor>
#include <QHash>
#include <QPixmap>

#include <optional>

class QPalette;

namespace tessera::ui {

using icons::bundledIssuerIcons;

// The colours of an icon badge: the brand's colour on a neutral disc that follows the palette
// (light on a light palette, dark on a dark one). When the brand colour has too little contrast
// with that disc (GitHub's near-black on a dark palette, Snapchat's yellow on a light one), the
// disc takes the brand colour and the glyph black or white, whichever reads better.
struct BadgeColours
{
    QColor disc;
    QColor glyph;
};
BadgeColours badgeColours(QColor brand, const QPalette& palette);

// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

// Issuer badges ready to paint: the disc colour and the glyph rendered from its SVG in one
// colour, at the device pixel ratio it is shown at. Each is made once per icon, palette, size and
// ratio and then reused, so painting a row (every second, for the countdown) never looks a name
// up, parses or renders SVG.
class IssuerBadgeCache
{
public:
    struct Badge
    {
        QColor disc;
        QPixmap glyph;
        // A disc in the brand's colour that nearly matches the list (GitHub's near-black on a
        // dark palette) gets a faint outline, so the badge keeps its shape.
        bool outlined = false;
    };
    // Null if `key` has no icon in the bundled set.
    const Badge* badge(const QString& key, const QPalette& palette, int glyphSize,
                       qreal devicePixelRatio);
    // How many glyphs were rendered from SVG (tests check that repaints reuse them).
    int renders() const { return m_renders; }

private:
    struct Key
    {
        QString icon;
        QRgb base;
        QRgb text;
        int size;
        qreal ratio;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.icon, key.base, key.text, key.size, key.ratio);
        }
    };
    QHash<Key, std::optional<Badge>> m_badges;
    int m_renders = 0;
};

// `key`'s glyph from the bundled set in `colour`, `size` logical pixels square at
// `devicePixelRatio`; null if there is no such icon.
QPixmap renderIssuerGlyph(const QString& key, const QColor& colour, int size,
                          qreal devicePixelRatio);

} // namespace tessera::ui
