// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <cstddef>
#include <vector>

namespace tessera::scan {

// How much of a QR code may be damaged and still read: more correction, larger code.
enum class ErrorCorrection
{
    Low,
    Medium,
    Quartile,
    High
};

// The modules of one QR code, as a square of dark and light cells, to draw at any size.
class QrMatrix
{
public:
    QrMatrix(int size, std::vector<bool> dark) : m_size(size), m_dark(std::move(dark)) {}

    int size() const { return m_size; }
    bool isDark(int x, int y) const
    {
        return m_dark[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
    }

private:
    int m_size = 0;
    std::vector<bool> m_dark;
};

// Writes text as a QR code with libqrencode (8-bit mode, UTF-8), as a matrix, an image or SVG.
// `border` is the quiet zone in modules; readers want 4.
class QrEncoder
{
    Q_DECLARE_TR_FUNCTIONS(tessera::scan::QrEncoder)

public:
    static Expected<QrMatrix> encode(const QString& text,
                                     ErrorCorrection correction = ErrorCorrection::Medium);

    // Dark modules in `dark` on `light`, each module moduleSize pixels square.
    static Expected<QImage> toImage(const QString& text, int moduleSize = 8, int border = 4,
                                    ErrorCorrection correction = ErrorCorrection::Medium);
    static QImage toImage(const QrMatrix& matrix, int moduleSize = 8, int border = 4,
                          QColor dark = Qt::black, QColor light = Qt::white);

    // A standalone SVG document, one unit per module, scalable without blur.
    static Expected<QString> toSvg(const QString& text, int border = 4,
                                   ErrorCorrection correction = ErrorCorrection::Medium);
    static QString toSvg(const QrMatrix& matrix, int border = 4);
};

} // namespace tessera::scan
