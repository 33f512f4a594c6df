// SPDX-License-Identifier: GPL-3.0-or-later
// The one file that talks to ZXing-cpp: its API changed between 1.4 (Debian 12) and 2.x, so a
// version change touches this file only.
#include "QrDecoder.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QPoint>

// ZXing-cpp 1.4 returns std::wstring from Result::text() unless this is defined first.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace tessera::scan {

namespace {

struct Found
{
    QString text;
    QPoint topLeft;
};

std::vector<Found> read(const QImage& grey, ZXing::Binarizer binarizer)
{
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setBinarizer(binarizer);
    ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    // Codes split over several symbols (structured append) come back whole when all are seen.
    // MergeStructuredAppendSequences returns the merged sequences only, so add the rest.
    ZXing::Results merged = ZXing::MergeStructuredAppendSequences(results);
    if (!merged.empty()) {
        std::erase_if(results, [](const ZXing::Result& r) { return r.isPartOfSequence(); });
        results.insert(results.end(), merged.begin(), merged.end());
    }
    std::vector<Found> found;
    for (const ZXing::Result& result : results) {
        // isValid() is false for a symbol whose error correction failed: never guess a text.
        if (!result.isValid()) {
            continue;
        }
        const auto& corner = result.position().topLeft();
        found.push_back({QString::fromStdString(result.text()), QPoint(corner.x, corner.y)});
    }
    return found;
}

} // namespace

QStringList QrDecoder::decode(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    std::vector<Found> found = read(grey, ZXing::Binarizer::LocalAverage);
    // Each fallback runs only when everything before it found nothing, so a clean image costs
    // one pass and a hard one a few more.
    if (found.empty()) {
        // Light-on-dark codes (dark themes, inverted prints): ZXing-cpp 1.4 has no TryInvert.
        QImage inverted = grey;
        inverted.invertPixels();
        found = read(inverted, ZXing::Binarizer::LocalAverage);
    }
    if (found.empty()) {
        // Low-contrast photos that the local threshold breaks up read better with a global one.
        found = read(grey, ZXing::Binarizer::GlobalHistogram);
    }
    if (found.empty()) {
        found = read(grey, ZXing::Binarizer::FixedThreshold);
    }
    const int longSide = std::max(grey.width(), grey.height());
    if (found.empty() && longSide < 600) {
        // Small screenshots: modules of one or two pixels read better when enlarged.
        found = read(grey.scaled(grey.size() * 2, Qt::IgnoreAspectRatio, Qt::FastTransformation),
                     ZXing::Binarizer::LocalAverage);
    }
    // Blurred photos of printed or worn codes: a smooth enlargement moves the sampling grid off
    // the blur; zxing-cpp's corpus shows no single factor wins, so two are tried.
    for (const double factor : {1.5, 1.25}) {
        if (found.empty() && longSide < 1200) {
            found = read(
                grey.scaled(grey.size() * factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                ZXing::Binarizer::LocalAverage);
        }
    }
    if (found.empty() && longSide > 1200) {
        // Large photos: smoothing away sensor noise helps the finder patterns stand out.
        found = read(grey.scaled(grey.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                     ZXing::Binarizer::LocalAverage);
    }
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.topLeft.y() != b.topLeft.y() ? a.topLeft.y() < b.topLeft.y()
                                              : a.topLeft.x() < b.topLeft.x();
    });
    QStringList texts;
    for (Found& code : found) {
        if (!texts.contains(code.text)) {
            texts.append(std::move(code.text));
        }
    }
    return texts;
}

Expected<QStringList> QrDecoder::decodeFile(const QString& path)
{
    QImageReader reader(path);
    // Photos from phones carry their orientation in EXIF.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        return makeError(QCoreApplication::translate("tessera::scan::QrDecoder",
                                                     "cannot read '%1' as an image: %2")
                             .arg(path, reader.errorString()));
    }
    return decode(image);
}

} // namespace tessera::scan
