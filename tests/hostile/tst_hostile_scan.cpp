// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile images given to the QR decoder, through scan (QrDecoder::decodeFile, as the CLI's scan
// command and the add dialog call it) and import (QrImageFormat): each must end within a loose
// time budget with an error that says why, and write nothing.
#include "scan/QrDecoder.h"
#include "scan/QrEncoder.h"
#include "transfer/Importer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using tessera::scan::QrDecoder;

namespace {

// A QR code's 7x7 corner square (finder pattern), repeated edge to edge, `module` pixels a module,
// in two grey levels: a PNG of a few hundred bytes that ZXing-cpp 1.4 pairs up in cubic time
// (minutes at 300x300).
QImage tiledFinderPatterns(int size, double module = 1, uchar dark = 0, uchar light = 255)
{
    static const char* const kPattern[7] = {"1111111", "1000001", "1011101", "1011101",
                                            "1011101", "1000001", "1111111"};
    QImage image(size, size, QImage::Format_Grayscale8);
    for (int y = 0; y < size; ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < size; ++x) {
            row[x] = kPattern[int(y / module) % 7][int(x / module) % 7] == '1' ? dark : light;
        }
    }
    return image;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

class tst_HostileScan : public QObject
{
    Q_OBJECT

private slots:
    void finderPatternTiles_data();
    void finderPatternTiles();
    void justUnderTheCapStaysQuick();
    void importGivesTheSameReason();
    void refusesHugeImages();
    void givesUpWhenTheBudgetIsSpent();
    void codesBesideNoiseStillRead();
};

void tst_HostileScan::finderPatternTiles_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<double>("module");
    QTest::addColumn<int>("degrees");
    QTest::addColumn<int>("dark");
    QTest::addColumn<int>("light");
    // Before the fix: 12 s at 150x150, over 120 s at 300x300, over 300 s at 600x600.
    QTest::newRow("150x150") << 150 << 1.0 << 0 << 0 << 255;
    QTest::newRow("300x300") << 300 << 1.0 << 0 << 0 << 255;
    QTest::newRow("600x600") << 600 << 1.0 << 0 << 0 << 255;
    QTest::newRow("2000x2000") << 2000 << 1.0 << 0 << 0 << 255;
    // The same attack drawn for each of ZXing's binarizers and passes: light on dark (the
    // inverted pass), two close greys either side of 127 (FixedThreshold), two dark greys
    // (GlobalHistogram, LocalAverage); modules of 2, 3 and 1.5 pixels (even widths put the
    // centre between pixels); turned by 30 degrees.
    QTest::newRow("light on dark") << 300 << 1.0 << 0 << 255 << 0;
    QTest::newRow("greys either side of 127") << 300 << 1.0 << 0 << 120 << 135;
    QTest::newRow("dark greys") << 300 << 1.0 << 0 << 20 << 60;
    QTest::newRow("two-pixel modules") << 600 << 2.0 << 0 << 0 << 255;
    QTest::newRow("three-pixel modules") << 900 << 3.0 << 0 << 0 << 255;
    QTest::newRow("1.5-pixel modules") << 450 << 1.5 << 0 << 0 << 255;
    QTest::newRow("turned 30 degrees") << 600 << 2.0 << 30 << 0 << 255;
}

void tst_HostileScan::finderPatternTiles()
{
    QFETCH(int, size);
    QFETCH(double, module);
    QFETCH(int, degrees);
    QFETCH(int, dark);
    QFETCH(int, light);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tiles.png"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QImage tiles = tiledFinderPatterns(size, module, uchar(dark), uchar(light));
        if (degrees != 0) {
            // Fast (nearest-pixel) turning keeps two tones; the corners it adds are white.
            tiles = tiles.convertToFormat(QImage::Format_RGB32)
                        .transformed(QTransform().rotate(degrees), Qt::FastTransformation);
        }
        QVERIFY(file.write(png(tiles)) > 0);
    }
    const QStringList before = entries(dir.path());
    QElapsedTimer timer;
    timer.start();
    const auto texts = QrDecoder::decodeFile(path);
    const qint64 elapsed = timer.elapsed();
    qInfo("%dx%d tiles, modules of %.1f px: %lld ms", size, size, module, elapsed);
    QVERIFY2(!texts, "an image of nothing but corner squares must be refused, not searched");
    QVERIFY2(texts.error().contains(QLatin1String("shapes like the corner squares of a QR code")),
             qPrintable(texts.error()));
    QVERIFY2(elapsed < 5000, "refusing it should take under 5 s");
    QCOMPARE(entries(dir.path()), before);
}

void tst_HostileScan::justUnderTheCapStaysQuick()
{
    // 12 x 12 = 144 corner squares, just under the cap: searched with every pass, no code found,
    // in a time a person waits for.
    const int size = 12 * 7;
    QElapsedTimer timer;
    timer.start();
    const auto texts = QrDecoder::decode(tiledFinderPatterns(size));
    qInfo("%dx%d tiles: %lld ms", size, size, timer.elapsed());
    QVERIFY2(texts, qPrintable(texts.error()));
    QVERIFY(texts->isEmpty());
    QVERIFY2(timer.elapsed() < 8000, "searching 144 corner squares should take under 8 s");
}

void tst_HostileScan::importGivesTheSameReason()
{
    const QByteArray bytes = png(tiledFinderPatterns(600));
    QVERIFY2(bytes.size() < 4096, "the hostile image is a few KB");
    QElapsedTimer timer;
    timer.start();
    const auto result = transfer::Importer::importData(bytes);
    QVERIFY2(!result.ok(), "import must refuse the image");
    QVERIFY2(result.error.contains(QLatin1String("shapes like the corner squares of a QR code")),
             qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 5000, "refusing it should take under 5 s");
}

void tst_HostileScan::refusesHugeImages()
{
    // 8000 x 6000 is 48 megapixels; one byte a pixel keeps the test's own memory small.
    QImage image(8000, 6000, QImage::Format_Grayscale8);
    image.fill(255);
    QElapsedTimer timer;
    timer.start();
    const auto texts = QrDecoder::decode(image);
    QVERIFY2(!texts, "a 48 MP image is over the cap");
    QVERIFY2(texts.error().contains(QLatin1String("8000 by 6000 pixels")) &&
                 texts.error().contains(QLatin1String("at most 40 megapixels")),
             qPrintable(texts.error()));
    QVERIFY2(timer.elapsed() < 2000, "refusing it should not search it");
}

void tst_HostileScan::givesUpWhenTheBudgetIsSpent()
{
    // A gradient holds no code, so every fallback pass runs; with no budget left after the
    // first, the decoder stops there and says so.
    QImage gradient(400, 400, QImage::Format_Grayscale8);
    for (int y = 0; y < gradient.height(); ++y) {
        uchar* row = gradient.scanLine(y);
        for (int x = 0; x < gradient.width(); ++x) {
            row[x] = uchar((x + y) * 255 / 798);
        }
    }
    const auto texts = QrDecoder::decode(gradient, std::chrono::milliseconds(0));
    QVERIFY2(!texts, "a spent budget must end the search with an error");
    static const QRegularExpression gaveUp(
        QStringLiteral("^gave up after \\d+ s looking for QR codes in this image"));
    QVERIFY2(gaveUp.match(texts.error()).hasMatch(), qPrintable(texts.error()));
    // With the default budget the same image is searched to the end: no code, no error.
    const auto searched = QrDecoder::decode(gradient);
    QVERIFY2(searched, qPrintable(searched.error()));
    QVERIFY(searched->isEmpty());
}

void tst_HostileScan::codesBesideNoiseStillRead()
{
    // The census must not refuse a real sheet of codes: twelve codes on a page.
    QImage sheet(1400, 1000, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    QStringList texts;
    for (int i = 0; i < 12; ++i) {
        texts.append(QStringLiteral("otpauth://totp/Sheet:user%1?secret=JBSWY3DPEHPK3PXP").arg(i));
        const auto code = scan::QrEncoder::toImage(texts.last(), 4, 4);
        QVERIFY(code);
        painter.drawImage(QPoint(20 + (i % 4) * 340, 20 + (i / 4) * 320), *code);
    }
    painter.end();
    const auto found = QrDecoder::decode(sheet);
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->size(), texts.size());
}

QTEST_MAIN(tst_HostileScan)
#include "tst_hostile_scan.moc"
