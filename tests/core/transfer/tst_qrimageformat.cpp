// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"
#include "scan/QrEncoder.h"
#include "transfer/GoogleMigration.h"
#include "transfer/Importer.h"
#include "transfer/QrImageFormat.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace tessera;
using namespace tessera::transfer;

namespace {

const QString kGitHub =
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");
const QString kBankUri =
    QStringLiteral("otpauth://hotp/Bank:bob?secret=KRSXG5CTMVRXEZLU&issuer=Bank&counter=3");
const QString kShopUri =
    QStringLiteral("otpauth://totp/Shop:carol?secret=MFRGGZDFMZTWQ2LK&issuer=Shop&digits=8");
// A link whose path looks like a secret: error messages must not repeat it.
const QString kLink = QStringLiteral("https://example.com/reset/S3CR3TT0K3N");

otp::OtpParameters parsed(const QString& uri)
{
    auto parameters = otp::otpauth::parse(uri);
    Q_ASSERT(parameters.hasValue());
    return std::move(*parameters);
}

// The QR codes of `texts` one under another on a white page, so their reading order is theirs.
QImage page(const QStringList& texts)
{
    std::vector<QImage> codes;
    int width = 0;
    int height = 0;
    for (const QString& text : texts) {
        auto code = scan::QrEncoder::toImage(text, 6);
        Q_ASSERT(code.hasValue());
        width = std::max(width, code->width());
        height += code->height() + 40;
        codes.push_back(std::move(*code));
    }
    QImage image(width + 80, height + 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    int y = 20;
    for (const QImage& code : codes) {
        painter.drawImage(40, y, code);
        y += code.height() + 40;
    }
    return image;
}

// A black-and-white GIF of `image`, made here because Qt reads GIF but cannot write it. The LZW
// data is uncompressed: 3-bit codes with a clear code every two pixels, so the code table never
// grows past 3 bits.
QByteArray gifOf(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray out("GIF89a");
    const auto le16 = [&out](int value) {
        out.append(char(value & 0xff));
        out.append(char((value >> 8) & 0xff));
    };
    le16(grey.width());
    le16(grey.height());
    out.append(char(0x81)); // a global colour table of 4 entries
    out.append(2, '\0');
    out.append(QByteArray("\xff\xff\xff\0\0\0\0\0\0\0\0\0", 12)); // white, black, unused
    out.append(',');
    le16(0);
    le16(0);
    le16(grey.width());
    le16(grey.height());
    out.append('\0');
    out.append('\x02'); // LZW minimum code size: clear = 4, end = 5
    QByteArray data;
    quint32 bits = 0;
    int count = 0;
    const auto put = [&](quint32 code) {
        bits |= code << count;
        count += 3;
        while (count >= 8) {
            data.append(char(bits & 0xff));
            bits >>= 8;
            count -= 8;
        }
    };
    int run = 0;
    put(4);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (run == 2) {
                put(4);
                run = 0;
            }
            put(line[x] < 128 ? 1 : 0);
            ++run;
        }
    }
    put(5);
    if (count > 0) {
        data.append(char(bits & 0xff));
    }
    for (qsizetype at = 0; at < data.size(); at += 255) {
        const QByteArray block = data.mid(at, 255);
        out.append(char(block.size()));
        out.append(block);
    }
    out.append('\0');
    out.append(';');
    return out;
}

QByteArray encoded(const QImage& image, const char* format)
{
    if (qstrcmp(format, "gif") == 0) {
        return gifOf(image);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool saved = image.save(&buffer, format, 95);
    Q_ASSERT(saved);
    return bytes;
}

QString describe(const ImportItem& item)
{
    if (!item.ok()) {
        return item.sourceName + QStringLiteral(" error");
    }
    const otp::OtpParameters& p = *item.parameters;
    return QStringList{item.sourceName,
                       otp::typeName(p.type()),
                       p.issuer(),
                       p.account(),
                       otp::base32::encode(p.secret().span()),
                       QString::number(p.digits()),
                       QString::number(p.counter())}
        .join(QLatin1Char('|'));
}

} // namespace

// Images of QR codes given to import: made here with QrEncoder, so these tests never skip.
class TestQrImageFormat : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeOfAnImageIsImported_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("png");
        QTest::newRow("jpeg") << QByteArray("jpeg");
        QTest::newRow("gif") << QByteArray("gif");
        QTest::newRow("bmp") << QByteArray("bmp");
    }

    void everyCodeOfAnImageIsImported()
    {
        QFETCH(QByteArray, format);
        const otp::OtpParameters bank = parsed(kBankUri);
        const otp::OtpParameters shop = parsed(kShopUri);
        const auto migration = GoogleMigration::encode({&bank, &shop});
        QCOMPARE(migration.uris.size(), 1);
        const QByteArray image =
            encoded(page({kGitHub, migration.uris.constFirst(), kLink}), format.constData());

        QCOMPARE(Importer::detectFormat(image), QStringLiteral("qr-image"));
        const ImportResult result = Importer::importData(image);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, QStringLiteral("qr-image"));
        QStringList got;
        for (const ImportItem& item : result.items) {
            got.append(describe(item));
        }
        const QStringList expected{
            "QR code 1|totp|GitHub|alice@example.com|JBSWY3DPEHPK3PXP|6|0",
            "QR code 2, account 1|hotp|Bank|bob|KRSXG5CTMVRXEZLU|6|3",
            "QR code 2, account 2|totp|Shop|carol|MFRGGZDFMZTWQ2LK|8|0",
            "QR code 3 error",
        };
        QCOMPARE(got, expected);
        const QString& error = result.items.back().error;
        QVERIFY2(error.contains(QLatin1String("web address")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("example.com")) &&
                     !error.contains(QLatin1String("S3CR3T")),
                 "the code's text is never echoed");
    }

    void otherContentIsNamedInGeneralTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("web address") << kLink << "holds a web address";
        QTest::newRow("wifi") << "WIFI:T:WPA;S:home;P:S3CR3TT0K3N;;"
                              << "Wi-Fi network settings";
        QTest::newRow("vcard") << "BEGIN:VCARD\nVERSION:3.0\nN:S3CR3TT0K3N\nEND:VCARD"
                               << "contact card";
        QTest::newRow("other scheme") << "mailto:S3CR3TT0K3N@example.com"
                                      << "a 'mailto:' link";
        QTest::newRow("plain text") << "S3CR3TT0K3N is the code"
                                    << "23 characters of text";
        QTest::newRow("otpauth inside text") << "Scan: otpauth://totp/A?secret=S3CR3TT0K3N"
                                             << "must start with otpauth://";
        QTest::newRow("migration inside text")
            << "QR-Code:otpauth-migration://offline?data=S3CR3TT0K3N"
            << "not an otpauth-migration URL";
        QTest::newRow("empty") << ""
                               << "this QR code is empty";
    }

    void otherContentIsNamedInGeneralTerms()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const ImportResult result = QrImageFormat::readTexts({text});
        QVERIFY(result.ok());
        QCOMPARE(result.items.size(), std::size_t(1));
        const ImportItem& item = result.items.front();
        QVERIFY(!item.ok());
        QCOMPARE(item.sourceName, QStringLiteral("QR code 1"));
        QVERIFY2(item.error.contains(message), qPrintable(item.error));
        QVERIFY2(!item.error.contains(QLatin1String("S3CR3T")), qPrintable(item.error));
    }

    void badOtpauthCodeIsAnErrorRow()
    {
        const ImportResult result =
            QrImageFormat::readTexts({kGitHub, QStringLiteral("otpauth://totp/Bad?secret=1")});
        QCOMPARE(result.items.size(), std::size_t(2));
        QVERIFY(result.items[0].ok());
        QVERIFY2(!result.items[1].ok() && result.items[1].error.contains(QLatin1String("Base32")),
                 qPrintable(result.items[1].error));
    }

    void imageWithoutQrCodeIsAFileError()
    {
        QImage blank(200, 120, QImage::Format_RGB32);
        blank.fill(Qt::white);
        // Some dark shapes, so the decoder has something to look at.
        QPainter painter(&blank);
        painter.fillRect(20, 20, 40, 40, Qt::black);
        painter.fillRect(120, 60, 60, 20, Qt::black);
        painter.end();
        const ImportResult result = Importer::importData(encoded(blank, "png"));
        QCOMPARE(result.failure, ImportFailure::Unrecognised);
        QVERIFY2(result.error.contains(QLatin1String("no QR code was found in this PNG image")),
                 qPrintable(result.error));
        QVERIFY(result.items.empty());
    }

    void brokenImagesSaySo_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "PNG";
        QTest::newRow("truncated jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << "JPEG";
        QTest::newRow("gif header only") << QByteArray("GIF89a\x01\0\x01\0", 10) << "GIF";
        QByteArray webp("RIFF\x1a\0\0\0WEBPVP8 ", 16);
        webp.append(QByteArray(14, '\0'));
        QTest::newRow("webp") << webp << "WebP";
    }

    void brokenImagesSaySo()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, kind);
        QCOMPARE(Importer::detectFormat(data), QStringLiteral("qr-image"));
        const ImportResult result = Importer::importData(data);
        // Damaged when Qt reads the format, unsupported when this system has no plugin for it
        // (Debian's Qt reads WebP only with qt6-image-formats-plugins).
        QVERIFY2(result.failure == ImportFailure::Damaged ||
                     result.failure == ImportFailure::Unsupported,
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("this %1 image").arg(kind)) ||
                     result.error.contains(QStringLiteral("a %1 image").arg(kind)),
                 qPrintable(result.error));
        QVERIFY(result.items.empty());
    }

    void textStartingLikeAnImageIsNotOne()
    {
        // "BM" alone does not make a bitmap: its DIB header size must follow.
        const QByteArray text = "BM is on my list\notpauth://totp/A?secret=JBSWY3DPEHPK3PXP\n";
        QVERIFY(!QrImageFormat::recognises(text));
        QVERIFY(Importer::detectFormat(text) != QStringLiteral("qr-image"));
    }
};

QTEST_GUILESS_MAIN(TestQrImageFormat)
#include "tst_qrimageformat.moc"
