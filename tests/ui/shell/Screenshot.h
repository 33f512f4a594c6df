// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QString>
#include <QWidget>
#include <QtGlobal>

namespace tessera::test {

// Helpers for the screenshot checks of the widget tests: grab a widget, judge that something
// was drawn, and keep the picture when TESSERA_SCREENSHOT_DIR names a folder.
class Screenshot
{
public:
    static QImage grab(QWidget* widget) { return widget->grab().toImage(); }

    // A blank or single-colour grab means nothing was laid out or painted; text, icons and
    // antialiasing give a real window dozens of colours.
    static int distinctColours(const QImage& image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                colours.insert(image.pixel(x, y));
            }
        }
        return int(colours.size());
    }

    // Returns false only when saving was asked for and failed.
    static bool saveIfAsked(const QImage& image, const QString& fileName)
    {
        const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return true;
        }
        QDir().mkpath(dir);
        return image.save(QDir(dir).filePath(fileName));
    }

    // A complete dark palette, as a desktop in dark mode hands to Qt.
    static QPalette darkPalette()
    {
        const QColor window(0x2b, 0x2d, 0x30);
        const QColor base(0x1f, 0x20, 0x22);
        const QColor text(0xe4, 0xe6, 0xea);
        const QColor disabledText(0x7c, 0x80, 0x86);
        QPalette palette(text, window, window.lighter(140), window.darker(160), window.darker(120),
                         text, QColor(Qt::white), base, window);
        palette.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd0));
        palette.setColor(QPalette::HighlightedText, QColor(Qt::white));
        palette.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x93, 0x99));
        palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        palette.setColor(QPalette::ToolTipBase, window);
        palette.setColor(QPalette::ToolTipText, text);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            palette.setColor(QPalette::Disabled, role, disabledText);
        }
        return palette;
    }
};

} // namespace tessera::test
