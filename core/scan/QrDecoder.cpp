// SPDX-License-Identifier: GPL-3.0-or-later
// The one file that talks to ZXing-cpp: its API changed between 1.4 (Debian 12) and 2.x, so a
// version change touches this file only.
#include "QrDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImageReader>
#include <QPoint>

// ZXing-cpp 1.4 returns std::wstring from Result::text() unless this is defined first.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <functional>
#include <numeric>
#include <optional>
#include <vector>

namespace tessera::scan {

namespace {

struct Found
{
    QString text;
    QPoint topLeft;
};

// ZXing-cpp 1.4 pairs every finder pattern it finds with every other two (GenerateFinderPatternSets
// is cubic in their number) and offers no hint to cap them: a 2 KB PNG tiled with 7x7 finder
// patterns keeps it busy for minutes in a single pass, so no deadline between passes can bound
// it. The census below counts what ZXing would keep, generously, before ZXing sees the image.

// An image told into dark and light pixels as one of ZXing's binarizers does: a pixel is dark
// when it is at most its 8x8 block's threshold. Computed on demand, since the census reads only
// every third row and short lines through the hits on them.
class Binarized
{
public:
    static constexpr int kBlock = 8;

    Binarized(const QImage& grey, std::vector<int> thresholds)
        : m_grey(grey), m_columns((grey.width() + kBlock - 1) / kBlock),
          m_thresholds(std::move(thresholds))
    {}

    int width() const { return m_grey.width(); }
    int height() const { return m_grey.height(); }
    bool dark(int x, int y) const
    {
        return m_grey.constScanLine(y)[x] <=
               m_thresholds[std::size_t(y / kBlock) * std::size_t(m_columns) +
                            std::size_t(x / kBlock)];
    }

private:
    const QImage& m_grey;
    int m_columns;
    std::vector<int> m_thresholds;
};

// The census's view of one of ZXing's binarizers, one threshold per 8x8 block: LocalAverage
// compares a pixel with the mean of the 5x5 blocks around it and calls blocks of little contrast
// light (approximated here with the neighbourhood's mean and standard deviation); GlobalHistogram
// uses one threshold between the image's two main tones (the mean stands in for it, which holds
// for the two-tone images an attacker draws); FixedThreshold uses 127.
Binarized binarize(const QImage& grey, ZXing::Binarizer binarizer)
{
    constexpr int kBlock = Binarized::kBlock;
    constexpr double kMinDeviation = 6.0;
    const int columns = (grey.width() + kBlock - 1) / kBlock;
    const int rows = (grey.height() + kBlock - 1) / kBlock;
    const std::size_t blocks = std::size_t(columns) * std::size_t(rows);
    if (binarizer == ZXing::Binarizer::FixedThreshold) {
        return Binarized(grey, std::vector<int>(blocks, 127));
    }
    const auto blockOf = [columns](int bx, int by) {
        return std::size_t(by) * std::size_t(columns) + std::size_t(bx);
    };
    std::vector<qint64> sum(blocks);
    std::vector<qint64> squares(blocks);
    std::vector<int> counts(blocks);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            const std::size_t block = blockOf(x / kBlock, y / kBlock);
            sum[block] += row[x];
            squares[block] += qint64(row[x]) * row[x];
            ++counts[block];
        }
    }
    if (binarizer != ZXing::Binarizer::LocalAverage) {
        const qint64 total = std::accumulate(sum.begin(), sum.end(), qint64(0));
        const double pixels = double(qint64(grey.width()) * grey.height());
        return Binarized(grey, std::vector<int>(blocks, int(std::floor(double(total) / pixels))));
    }
    std::vector<int> local(blocks);
    for (int by = 0; by < rows; ++by) {
        for (int bx = 0; bx < columns; ++bx) {
            qint64 s = 0;
            qint64 q = 0;
            qint64 n = 0;
            for (int ny = std::max(0, by - 2); ny <= std::min(rows - 1, by + 2); ++ny) {
                for (int nx = std::max(0, bx - 2); nx <= std::min(columns - 1, bx + 2); ++nx) {
                    s += sum[blockOf(nx, ny)];
                    q += squares[blockOf(nx, ny)];
                    n += counts[blockOf(nx, ny)];
                }
            }
            const double mean = double(s) / double(n);
            const double deviation = std::sqrt(std::max(0.0, double(q) / double(n) - mean * mean));
            // -1: no pixel is dark in a flat neighbourhood.
            local[blockOf(bx, by)] = deviation < kMinDeviation ? -1 : int(std::floor(mean));
        }
    }
    return Binarized(grey, std::move(local));
}

// ZXing's two tolerances for a run: half a module and half a pixel along rows and columns,
// three quarters of a module and half a pixel along diagonals.
enum class Tolerance
{
    Strict,
    Relaxed,
};

// Runs in the ratio 1:1:3:1:1, whichever colour they start with, since the inverted pass looks
// for light-on-dark patterns.
bool looksLikeFinder(const std::array<int, 5>& runs, Tolerance tolerance)
{
    constexpr std::array<int, 5> kRatio{1, 1, 3, 1, 1};
    const int width = runs[0] + runs[1] + runs[2] + runs[3] + runs[4];
    if (width < 7) {
        return false;
    }
    const double module = width / 7.0;
    const double allowed = module * (tolerance == Tolerance::Strict ? 0.5 : 0.75) + 0.5;
    for (std::size_t i = 0; i < kRatio.size(); ++i) {
        if (std::abs(runs[i] - kRatio[i] * module) > allowed) {
            return false;
        }
    }
    return true;
}

struct Crossing
{
    int offset; // of the middle run's middle from the starting point, along the line
    int width;  // of the whole 1:1:3:1:1 shape along the line
};

// Where the line through (x, y) in direction (dx, dy) crosses a 1:1:3:1:1 shape with (x, y) in
// its middle run, looking at most `reach` pixels each way.
std::optional<Crossing> crossing(const Binarized& bits, int x, int y, int dx, int dy, int reach,
                                 Tolerance tolerance)
{
    const bool centre = bits.dark(x, y);
    // runs[2] is the run through (x, y); runs[1] and runs[0] before it, runs[3] and runs[4] after.
    std::array<int, 5> runs{0, 0, 1, 0, 0};
    std::array<int, 2> middleReach{0, 0}; // how far the middle run goes back and forward
    for (const int step : {-1, 1}) {
        int run = 2;
        bool colour = centre;
        int px = x + step * dx;
        int py = y + step * dy;
        for (int walked = 1;
             walked <= reach && px >= 0 && px < bits.width() && py >= 0 && py < bits.height();
             ++walked, px += step * dx, py += step * dy) {
            if (bits.dark(px, py) != colour) {
                colour = !colour;
                run += step;
                if (run < 0 || run > 4) {
                    break;
                }
            }
            ++runs[std::size_t(run)];
            if (run == 2) {
                middleReach[step < 0 ? 0 : 1] = walked;
            }
        }
    }
    if (!looksLikeFinder(runs, tolerance)) {
        return std::nullopt;
    }
    return Crossing{(middleReach[1] - middleReach[0]) / 2,
                    runs[0] + runs[1] + runs[2] + runs[3] + runs[4]};
}

// Whether a row hit at (x, y) is a shape ZXing could keep. As ZXing does, it centres the point on
// the column's pattern, then on the row's, asks both diagonals to agree, and refuses shapes five
// times wider one way than another. Texture in photos and the data modules of dense codes match
// along a row by chance; they rarely match along all four lines.
std::optional<QPoint> finderCentre(const Binarized& bits, int x, int y, int reach)
{
    const auto down = crossing(bits, x, y, 0, 1, reach, Tolerance::Strict);
    if (!down) {
        return std::nullopt;
    }
    const int centreY = y + down->offset;
    const auto across = crossing(bits, x, centreY, 1, 0, reach, Tolerance::Strict);
    if (!across) {
        return std::nullopt;
    }
    const int centreX = x + across->offset;
    int narrowest = std::min(down->width, across->width);
    int widest = std::max(down->width, across->width);
    // A pattern of even module widths has its centre between pixels, where no pixel lies on both
    // diagonals: ZXing measures from the true centre, the census each diagonal from whichever of
    // the four pixels around it crosses it.
    for (const QPoint& direction : {QPoint(1, 1), QPoint(1, -1)}) {
        std::optional<Crossing> diagonal;
        for (const QPoint& offset : {QPoint(0, 0), QPoint(1, 0), QPoint(0, 1), QPoint(1, 1)}) {
            diagonal = crossing(bits, std::min(centreX + offset.x(), bits.width() - 1),
                                std::min(centreY + offset.y(), bits.height() - 1), direction.x(),
                                direction.y(), reach, Tolerance::Relaxed);
            if (diagonal) {
                break;
            }
        }
        if (!diagonal) {
            return std::nullopt;
        }
        narrowest = std::min(narrowest, diagonal->width);
        widest = std::max(widest, diagonal->width);
    }
    if (widest > 5 * narrowest) {
        return std::nullopt;
    }
    return QPoint(centreX, centreY);
}

// The number of shapes that cross a row, their column and both diagonals as 1:1:3:1:1, a shape's
// hits on consecutive scanned rows counted once (as ZXing keeps one pattern per centre). Like
// ZXing when it tries harder, it scans every third row, which crosses the 3-module centre of any
// pattern of modules a pixel or more wide. Stops counting past `limit`.
int countFinderLikeShapes(const Binarized& bits, int limit)
{
    struct Hit
    {
        int centre;
        int halfWidth;
    };
    std::vector<Hit> previous;
    std::vector<Hit> current;
    std::vector<int> runs;
    int count = 0;
    for (int y = 2; y < bits.height(); y += 3) {
        runs.clear();
        bool dark = bits.dark(0, y);
        int length = 1;
        for (int x = 1; x < bits.width(); ++x) {
            if (bits.dark(x, y) == dark) {
                ++length;
            } else {
                runs.push_back(length);
                dark = !dark;
                length = 1;
            }
        }
        runs.push_back(length);
        current.clear();
        int start = 0;
        for (std::size_t i = 0; i + 5 <= runs.size(); start += runs[i], ++i) {
            const std::array<int, 5> window{runs[i], runs[i + 1], runs[i + 2], runs[i + 3],
                                            runs[i + 4]};
            if (!looksLikeFinder(window, Tolerance::Strict)) {
                continue;
            }
            const int width = window[0] + window[1] + window[2] + window[3] + window[4];
            // ZXing looks 1.5 widths along each line; the census looks a little further.
            const auto centre =
                finderCentre(bits, start + window[0] + window[1] + window[2] / 2, y, width * 2);
            if (!centre) {
                continue;
            }
            const Hit hit{centre->x(), width / 2};
            current.push_back(hit);
            // The row above's hits are sorted by centre (below).
            const auto above =
                std::lower_bound(previous.begin(), previous.end(), hit.centre - hit.halfWidth,
                                 [](const Hit& h, int x) { return h.centre < x; });
            if (above == previous.end() || above->centre > hit.centre + hit.halfWidth) {
                if (++count > limit) {
                    return count;
                }
            }
        }
        // Centring may move a hit a little past its right neighbour.
        std::sort(current.begin(), current.end(),
                  [](const Hit& a, const Hit& b) { return a.centre < b.centre; });
        std::swap(previous, current);
    }
    return count;
}

// The layers ZXing's ReadBarcodes searches when it tries downscaling (LumImagePyramid in 1.4):
// the image, then each layer shrunk by 3 (averaging 3x3 pixels) while its short side is over 500.
// The decoder builds them itself so that the census sees every image ZXing searches: a layer has
// finder patterns of its own (a tiling of 3-pixel modules is one of 1-pixel modules there).
std::vector<QImage> pyramid(const QImage& grey)
{
    constexpr int kFactor = 3;
    constexpr int kThreshold = 500;
    std::vector<QImage> layers{grey};
    while (std::min(layers.back().width(), layers.back().height()) > kThreshold) {
        const QImage& above = layers.back();
        QImage layer(above.width() / kFactor, above.height() / kFactor, QImage::Format_Grayscale8);
        for (int y = 0; y < layer.height(); ++y) {
            uchar* out = layer.scanLine(y);
            for (int x = 0; x < layer.width(); ++x) {
                int sum = (kFactor * kFactor) / 2;
                for (int ty = 0; ty < kFactor; ++ty) {
                    const uchar* in =
                        above.constScanLine(y * kFactor + ty) + std::ptrdiff_t(x) * kFactor;
                    sum += in[0] + in[1] + in[2];
                }
                out[x] = uchar(sum / (kFactor * kFactor));
            }
        }
        layers.push_back(std::move(layer));
    }
    return layers;
}

// One pass: ZXing on each layer of the image's pyramid with one binarizer, each layer counted by
// the census first. An error when a layer holds too many finder-like shapes to search.
Expected<std::vector<Found>> read(const QImage& grey, ZXing::Binarizer binarizer)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    // pyramid() gives the layers, so that each is counted before it is searched.
    hints.setTryDownscale(false);
    hints.setBinarizer(binarizer);
    ZXing::Results results;
    for (const QImage& layer : pyramid(grey)) {
        if (countFinderLikeShapes(binarize(layer, binarizer), QrDecoder::kMaxFinderPatterns) >
            QrDecoder::kMaxFinderPatterns) {
            return makeError(
                QrDecoder::tr("gave up on this image: it holds more than %n shapes like the "
                              "corner squares of a QR code (a code has three); crop the image "
                              "to the code and try again",
                              nullptr, QrDecoder::kMaxFinderPatterns));
        }
        const ZXing::ImageView view(layer.constBits(), layer.width(), layer.height(),
                                    ZXing::ImageFormat::Lum, int(layer.bytesPerLine()));
        const int scale = grey.width() / std::max(1, layer.width());
        for (ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
            if (scale > 1) {
                result.setPosition(ZXing::Scale(result.position(), scale));
            }
            // A code large enough to be read on two layers is one code (as ReadBarcodes keeps it).
            if (std::find(results.begin(), results.end(), result) == results.end()) {
                results.push_back(std::move(result));
            }
        }
    }
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

Expected<QStringList> QrDecoder::decode(const QImage& image, std::chrono::milliseconds budget)
{
    if (image.isNull()) {
        return QStringList{};
    }
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > kMaxPixels) {
        return makeError(tr("this image is %1 by %2 pixels; Tessera looks for QR codes in images "
                            "of at most %3 megapixels: crop it to the code or save it smaller")
                             .arg(image.width())
                             .arg(image.height())
                             .arg(kMaxPixels / 1'000'000));
    }
    QElapsedTimer clock;
    clock.start();
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int longSide = std::max(grey.width(), grey.height());
    const auto scaled = [&grey](double factor, Qt::TransformationMode mode) {
        return grey.scaled(grey.size() * factor, Qt::IgnoreAspectRatio, mode);
    };
    // Each fallback runs only when everything before it found nothing, so a clean image costs
    // one pass and a hard one a few more.
    std::vector<std::function<Expected<std::vector<Found>>()>> passes;
    passes.emplace_back([&grey] { return read(grey, ZXing::Binarizer::LocalAverage); });
    passes.emplace_back([&grey] {
        // Light-on-dark codes (dark themes, inverted prints): ZXing-cpp 1.4 has no TryInvert.
        QImage inverted = grey;
        inverted.invertPixels();
        return read(inverted, ZXing::Binarizer::LocalAverage);
    });
    // Low-contrast photos that the local threshold breaks up read better with a global one.
    passes.emplace_back([&grey] { return read(grey, ZXing::Binarizer::GlobalHistogram); });
    passes.emplace_back([&grey] { return read(grey, ZXing::Binarizer::FixedThreshold); });
    if (longSide < 600) {
        // Small screenshots: modules of one or two pixels read better when enlarged.
        passes.emplace_back([&scaled] {
            return read(scaled(2, Qt::FastTransformation), ZXing::Binarizer::LocalAverage);
        });
    }
    if (longSide < 1200) {
        // Blurred photos of printed or worn codes: a smooth enlargement moves the sampling grid
        // off the blur; zxing-cpp's corpus shows no single factor wins, so two are tried.
        for (const double factor : {1.5, 1.25}) {
            passes.emplace_back([&scaled, factor] {
                return read(scaled(factor, Qt::SmoothTransformation),
                            ZXing::Binarizer::LocalAverage);
            });
        }
    }
    if (longSide > 1200) {
        // Large photos: smoothing away sensor noise helps the finder patterns stand out.
        passes.emplace_back([&scaled] {
            return read(scaled(0.5, Qt::SmoothTransformation), ZXing::Binarizer::LocalAverage);
        });
    }
    std::vector<Found> found;
    for (std::size_t pass = 0; pass < passes.size() && found.empty(); ++pass) {
        if (pass > 0 && clock.hasExpired(budget.count())) {
            const int seconds = int((clock.elapsed() + 999) / 1000);
            return makeError(tr("gave up after %n s looking for QR codes in this image; crop the "
                                "image to the code and try again",
                                nullptr, seconds));
        }
        auto read = passes[pass]();
        if (!read) {
            return makeError(read.error());
        }
        found = std::move(*read);
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
        return makeError(tr("cannot read '%1' as an image: %2").arg(path, reader.errorString()));
    }
    return decode(image);
}

} // namespace tessera::scan
