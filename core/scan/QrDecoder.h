// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <chrono>

namespace tessera::scan {

// Finds every QR code in an image and returns the text of each, in reading order (top to bottom,
// then left to right), without duplicates. Only codes whose error correction succeeded are
// returned, so a text is either right or absent. Stateless and thread-safe: scanning may run on
// a worker thread.
//
// The work per image is bounded, since images come from anywhere (imports, the clipboard, files
// passed to the CLI): images over kMaxPixels are refused; so are images with more shapes like a
// QR code's corner squares than any real picture of codes holds (ZXing-cpp 1.4 pairs them up in
// cubic time and has no hint to cap them), counted on every image ZXing is given, downscaled
// layers included; and the fallback passes stop when the time budget is spent.
class QrDecoder
{
    Q_DECLARE_TR_FUNCTIONS(tessera::scan::QrDecoder)

public:
    // 40 megapixels: a 48 MP phone photo is binned to 12 MP by the phone itself.
    static constexpr qint64 kMaxPixels = 40'000'000;
    // A page of 40 codes has 120 corner squares; the census counts at most 35 shapes in an image
    // of zxing-cpp's corpus (a version 40 code, one pixel a module). ZXing pairs 144 up in 0.03 s
    // a pass, 441 in 5 s, 1764 in over 3 minutes.
    static constexpr int kMaxFinderPatterns = 150;
    static constexpr std::chrono::milliseconds kDefaultBudget{8000};

    // An empty list when the image holds no readable QR code (or is null); an error when the
    // image is too large or too busy to search, or the budget ran out before a code was found.
    // The first pass always runs; the budget is checked before each further one.
    static Expected<QStringList> decode(const QImage& image,
                                        std::chrono::milliseconds budget = kDefaultBudget);

    // Loads `path` (any format Qt reads) and decodes it. An error says why the file could not be
    // read as an image or searched; a readable image without codes gives an empty list.
    static Expected<QStringList> decodeFile(const QString& path);
};

} // namespace tessera::scan
