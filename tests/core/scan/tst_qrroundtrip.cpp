// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/QrDecoder.h"
#include "scan/QrEncoder.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using tessera::scan::ErrorCorrection;
using tessera::scan::QrDecoder;
using tessera::scan::QrEncoder;

// Encodes with libqrencode and decodes with ZXing-cpp: both directions on data the test owns.
class TestQrRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void severalCodesInOneImage();
    void lightOnDarkCode();
    void rotatedAndScaledCode();
    void imageWithoutCode();
    void nullImage();
    void unreadableFile();
    void fileRoundTrip();
    void svgHasOneUnitPerModule();
    void emptyTextIsRefused();
    void tooLongTextIsRefused();
};

void TestQrRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCorrection>("correction");
    QTest::newRow("otpauth-totp")
        << QStringLiteral(
               "otpauth://totp/ACME%20Co:john@example.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
               "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30")
        << ErrorCorrection::Medium;
    QTest::newRow("otpauth-hotp-high")
        << QStringLiteral("otpauth://hotp/Example:alice?secret=JBSWY3DPEHPK3PXP&counter=7")
        << ErrorCorrection::High;
    QTest::newRow("unicode-issuer") << QStringLiteral("otpauth://totp/Bücher%20%E2%9C%93:ø?"
                                                      "secret=JBSWY3DPEHPK3PXP&issuer=Bücher ✓")
                                    << ErrorCorrection::Low;
    QTest::newRow("migration")
        << QStringLiteral("otpauth-migration://"
                          "offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoH"
                          "RXhhbXBsZSABKAEwAhABGAEgACjr4JKnBQ%3D%3D")
        << ErrorCorrection::Quartile;
    QTest::newRow("one-character") << QStringLiteral("x") << ErrorCorrection::Medium;
    QTest::newRow("long-text") << QString(1500, QLatin1Char('A')) << ErrorCorrection::Low;
}

void TestQrRoundTrip::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(ErrorCorrection, correction);
    const auto image = QrEncoder::toImage(text, 4, 4, correction);
    QVERIFY2(image, qPrintable(image.error()));
    const auto decoded = QrDecoder::decode(*image);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, QStringList{text});
}

void TestQrRoundTrip::severalCodesInOneImage()
{
    const QStringList texts{QStringLiteral("otpauth://totp/A:one?secret=JBSWY3DPEHPK3PXP"),
                            QStringLiteral("otpauth://totp/B:two?secret=KRSXG5CTMVRXEZLU"),
                            QStringLiteral("otpauth://totp/C:three?secret=MFRGGZDFMZTWQ2LK")};
    QImage sheet(900, 700, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    // Two on the first row, one below: the decoder returns them in reading order.
    const QList<QPoint> places{{20, 20}, {480, 40}, {200, 380}};
    for (int i = 0; i < texts.size(); ++i) {
        const auto code = QrEncoder::toImage(texts[i], 6, 4);
        QVERIFY(code);
        painter.drawImage(places[i], *code);
    }
    painter.end();
    const auto decoded = QrDecoder::decode(sheet);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, texts);
}

void TestQrRoundTrip::lightOnDarkCode()
{
    const QString text = QStringLiteral("otpauth://totp/Dark:mode?secret=JBSWY3DPEHPK3PXP");
    const auto matrix = QrEncoder::encode(text);
    QVERIFY(matrix);
    const QImage inverted = QrEncoder::toImage(*matrix, 5, 4, Qt::white, QColor(0x20, 0x20, 0x20));
    const auto decoded = QrDecoder::decode(inverted);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, QStringList{text});
}

void TestQrRoundTrip::rotatedAndScaledCode()
{
    const QString text = QStringLiteral("otpauth://totp/Turned:around?secret=JBSWY3DPEHPK3PXP");
    const auto image = QrEncoder::toImage(text, 7, 4);
    QVERIFY(image);
    const QImage turned = image->transformed(QTransform().rotate(90))
                              .scaled(image->width() * 3 / 4, image->height() * 3 / 4,
                                      Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const auto decoded = QrDecoder::decode(turned);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, QStringList{text});
}

void TestQrRoundTrip::imageWithoutCode()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(40, 40, 120, 60, Qt::black);
    painter.drawEllipse(180, 60, 80, 80);
    painter.end();
    const auto decoded = QrDecoder::decode(image);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QVERIFY(decoded->isEmpty());
}

void TestQrRoundTrip::nullImage()
{
    const auto decoded = QrDecoder::decode(QImage());
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QVERIFY(decoded->isEmpty());
}

void TestQrRoundTrip::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("not-an-image.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is text, not a PNG");
    file.close();
    const auto result = QrDecoder::decodeFile(path);
    QVERIFY2(!result, "a file that is not an image must give an error, not an empty list");
    QVERIFY2(result.error().contains(path), "the error should name the file");

    const auto missing = QrDecoder::decodeFile(dir.filePath(QStringLiteral("missing.png")));
    QVERIFY(!missing);
}

void TestQrRoundTrip::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("otpauth://totp/File:saved?secret=JBSWY3DPEHPK3PXP");
    const auto image = QrEncoder::toImage(text);
    QVERIFY(image);
    const QString path = dir.filePath(QStringLiteral("code.png"));
    QVERIFY(image->save(path));
    const auto result = QrDecoder::decodeFile(path);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(*result, QStringList{text});
}

void TestQrRoundTrip::svgHasOneUnitPerModule()
{
    const auto matrix = QrEncoder::encode(QStringLiteral("x"));
    QVERIFY(matrix);
    QCOMPARE(matrix->size(), 21); // version 1
    const QString svg = QrEncoder::toSvg(*matrix, 4);
    QVERIFY(svg.startsWith(QStringLiteral("<?xml")));
    QVERIFY2(svg.contains(QStringLiteral("viewBox=\"0 0 29 29\"")), qPrintable(svg.left(300)));
    // The top-left finder pattern's corner is dark.
    QVERIFY(matrix->isDark(0, 0));
    QVERIFY(svg.contains(QStringLiteral("M4 4h1v1h-1z")));
}

void TestQrRoundTrip::emptyTextIsRefused()
{
    const auto image = QrEncoder::toImage(QString());
    QVERIFY(!image);
    QVERIFY(!image.error().isEmpty());
}

void TestQrRoundTrip::tooLongTextIsRefused()
{
    // Version 40-L holds 2953 bytes.
    const auto image = QrEncoder::toSvg(QString(4000, QLatin1Char('a')));
    QVERIFY(!image);
    QVERIFY2(image.error().contains(QStringLiteral("too long")), qPrintable(image.error()));
}

QTEST_MAIN(TestQrRoundTrip)
#include "tst_qrroundtrip.moc"
