// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PNG bytes read as import and scan read them (QImageReader), then searched for
// QR codes by QrDecoder. It must end within its bounds with texts or an error that says why.
#include "scan/QrDecoder.h"

#include <QBuffer>
#include <QImageReader>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using tessera::scan::QrDecoder;

namespace {

// Most mutations of a PNG break a chunk's CRC and never reach the decoder; those inputs are read
// as raw grey pixels instead (the first two bytes give the width), so the census and ZXing's
// passes see mutated images too.
QImage rawGrey(const std::uint8_t* data, std::size_t size)
{
    if (size < 3) {
        return {};
    }
    const int width = 1 + ((data[0] | (data[1] << 8)) % 512);
    const int height = int((size - 2) / std::size_t(width));
    if (height == 0) {
        return {};
    }
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        std::memcpy(image.scanLine(y), data + 2 + std::size_t(y) * std::size_t(width),
                    std::size_t(width));
    }
    return image;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    // A few hundred bytes of PNG can declare a huge canvas; decoding one takes long enough to stall
    // the fuzzer without testing the decoder, so this reader allows 16 MB (the decoder's own cap is
    // tested in tests/hostile).
    reader.setAllocationLimit(16);
    QImage image = reader.read();
    if (image.isNull()) {
        image = rawGrey(data, size);
    }
    const auto texts = QrDecoder::decode(image);
    if (!texts && texts.error().isEmpty()) {
        std::abort();
    }
    return 0;
}
