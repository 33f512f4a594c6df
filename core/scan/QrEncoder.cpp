// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrEncoder.h"

#include <QCoreApplication>
#include <QPainter>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace tessera::scan {

namespace {

QRecLevel level(ErrorCorrection correction)
{
    switch (correction) {
    case ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

Expected<QrMatrix> QrEncoder::encode(const QString& text, ErrorCorrection correction)
{
    if (text.isEmpty()) {
        return makeError(tr("there is no text to put in a QR code"));
    }
    QByteArray utf8 = text.toUtf8();
    errno = 0;
    // Version 0: the smallest version the data fits in.
    const std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
        int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
        level(correction)));
    // The text may hold a secret: do not leave a copy in freed memory.
    utf8.fill('\0');
    if (!code) {
        if (errno == ERANGE) {
            return makeError(tr("the text is too long for a QR code (%n bytes; at most 2953 fit)",
                                nullptr, int(text.toUtf8().size())));
        }
        return makeError(tr("libqrencode could not encode the text"));
    }
    const int size = code->width;
    std::vector<bool> dark(std::size_t(size) * std::size_t(size));
    for (std::size_t i = 0; i < dark.size(); ++i) {
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        dark[i] = (code->data[i] & 1U) != 0;
    }
    return QrMatrix(size, std::move(dark));
}

QImage QrEncoder::toImage(const QrMatrix& matrix, int moduleSize, int border, QColor dark,
                          QColor light)
{
    const int side = (matrix.size() + 2 * border) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(light);
    QPainter painter(&image);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y)) {
                painter.fillRect((x + border) * moduleSize, (y + border) * moduleSize, moduleSize,
                                 moduleSize, dark);
            }
        }
    }
    return image;
}

Expected<QImage> QrEncoder::toImage(const QString& text, int moduleSize, int border,
                                    ErrorCorrection correction)
{
    const auto matrix = encode(text, correction);
    if (!matrix) {
        return makeError(matrix.error());
    }
    return toImage(*matrix, moduleSize, border);
}

QString QrEncoder::toSvg(const QrMatrix& matrix, int border)
{
    const int side = matrix.size() + 2 * border;
    QString path;
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y)) {
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + border).arg(y + border);
            }
        }
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" "
                          "shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>\n"
                          "<path fill=\"#000\" d=\"%2\"/>\n"
                          "</svg>\n")
        .arg(side)
        .arg(path);
}

Expected<QString> QrEncoder::toSvg(const QString& text, int border, ErrorCorrection correction)
{
    const auto matrix = encode(text, correction);
    if (!matrix) {
        return makeError(matrix.error());
    }
    return toSvg(*matrix, border);
}

} // namespace tessera::scan
