// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace tessera::scan {

// Finds every QR code in an image and returns the text of each, in reading order (top to bottom,
// then left to right), without duplicates. Only codes whose error correction succeeded are
// returned, so a text is either right or absent. Stateless and thread-safe: scanning may run on
// a worker thread.
class QrDecoder
{
public:
    // Empty when the image holds no readable QR code (or is null).
    static QStringList decode(const QImage& image);

    // Loads `path` (any format Qt reads) and decodes it. An error says why the file could not be
    // read as an image; a readable image without codes gives an empty list.
    static Expected<QStringList> decodeFile(const QString& path);
};

} // namespace tessera::scan
