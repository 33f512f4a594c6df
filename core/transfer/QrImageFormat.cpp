// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImageFormat.h"

#include "ItemBuilder.h"
#include "UriListFormat.h"
#include "scan/QrDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

namespace tessera::transfer {

namespace {

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.startsWith(prefix);
}

// "BM" alone is too weak a signature (a text file may start so): the DIB header that follows the
// 14-byte file header starts with its own size, which is one of a few known values.
bool isBmp(QByteArrayView data)
{
    if (data.size() < 18 || !startsWith(data, "BM")) {
        return false;
    }
    quint32 dibSize = 0;
    for (int i = 3; i >= 0; --i) {
        dibSize = (dibSize << 8) | static_cast<unsigned char>(data[14 + i]);
    }
    constexpr std::array<quint32, 6> kDibSizes{12, 40, 52, 56, 108, 124};
    return std::find(kDibSizes.begin(), kDibSizes.end(), dibSize) != kDibSizes.end();
}

struct Kind
{
    QString name;      // for messages
    QByteArray reader; // Qt's image format name
};

std::optional<Kind> kind(QByteArrayView data)
{
    if (startsWith(data, QByteArrayView("\x89PNG\r\n\x1a\n", 8))) {
        return Kind{QStringLiteral("PNG"), "png"};
    }
    if (startsWith(data, "\xff\xd8\xff")) {
        return Kind{QStringLiteral("JPEG"), "jpeg"};
    }
    if (startsWith(data, "GIF87a") || startsWith(data, "GIF89a")) {
        return Kind{QStringLiteral("GIF"), "gif"};
    }
    if (isBmp(data)) {
        return Kind{QStringLiteral("BMP"), "bmp"};
    }
    if (data.size() >= 12 && startsWith(data, "RIFF") && data.sliced(8, 4) == "WEBP") {
        return Kind{QStringLiteral("WebP"), "webp"};
    }
    return std::nullopt;
}

// What a QR code holds when it is no account, said in general terms: the text itself is never
// shown, since it may hold a secret.
QString describeOther(const QString& text)
{
    if (text.isEmpty()) {
        return QrImageFormat::tr("this QR code is empty");
    }
    if (text.contains(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive)) {
        return QrImageFormat::tr("not an otpauth-migration URL: the QR code must start with "
                                 "otpauth-migration://, and something comes before it");
    }
    if (text.contains(QLatin1String("otpauth://"), Qt::CaseInsensitive)) {
        return QrImageFormat::tr(
            "not an otpauth:// URI: the QR code must start with otpauth://, and something "
            "comes before it");
    }
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        return QrImageFormat::tr(
            "this QR code holds a web address, not an account (an account's code starts "
            "with otpauth:// or otpauth-migration://)");
    }
    if (text.startsWith(QLatin1String("WIFI:"), Qt::CaseInsensitive)) {
        return QrImageFormat::tr("this QR code holds Wi-Fi network settings, not an account");
    }
    if (text.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("MECARD:"), Qt::CaseInsensitive)) {
        return QrImageFormat::tr("this QR code holds a contact card, not an account");
    }
    // A scheme name is a short word the standard defines; it names the kind without the content.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]{0,19}):"));
    const auto match = scheme.match(text);
    if (match.hasMatch()) {
        return QrImageFormat::tr(
                   "this QR code holds a '%1:' link, not an account (an account's code starts "
                   "with otpauth:// or otpauth-migration://)")
            .arg(match.captured(1).toLower());
    }
    return QrImageFormat::tr(
        "this QR code holds %n characters of text that is not an account (an account's "
        "code starts with otpauth:// or otpauth-migration://)",
        nullptr, int(text.size()));
}

} // namespace

bool QrImageFormat::recognises(QByteArrayView data)
{
    return kind(data).has_value();
}

QString QrImageFormat::kindOf(QByteArrayView data)
{
    const auto found = kind(data);
    return found ? found->name : QString();
}

ImportResult QrImageFormat::readTexts(const QStringList& texts)
{
    ImportResult result;
    result.format = QStringLiteral("qr-image");
    int number = 0;
    for (const QString& raw : texts) {
        const QString text = raw.trimmed();
        const QString source = tr("QR code %1").arg(++number);
        if (auto items = UriListFormat::readUri(text, source)) {
            for (ImportItem& item : *items) {
                result.items.push_back(std::move(item));
            }
        } else {
            result.items.push_back(ItemBuilder::error(source, describeOther(text)));
        }
    }
    return result;
}

ImportResult QrImageFormat::read(QByteArrayView data)
{
    const QString format = QStringLiteral("qr-image");
    const auto found = kind(data);
    if (!found) {
        return ImportResult::failed(ImportFailure::Unrecognised,
                                    tr("not a PNG, JPEG, GIF, BMP or WebP image"), format);
    }
    if (!QImageReader::supportedImageFormats().contains(found->reader)) {
        return ImportResult::failed(
            ImportFailure::Unsupported,
            tr("this is a %1 image, which this system cannot decode (Qt has no %1 image plugin "
               "here); save the image as PNG and import that")
                .arg(found->name),
            format);
    }
    QByteArray bytes = data.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, found->reader);
    // Phone photos carry their orientation in EXIF; QImageReader's allocation limit (Qt's
    // default) refuses images that would decode to hundreds of megabytes.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        return ImportResult::failed(
            ImportFailure::Damaged,
            tr("this %1 image cannot be decoded: %2").arg(found->name, reader.errorString()),
            format);
    }
    const auto decoded = scan::QrDecoder::decode(image);
    if (!decoded) {
        // Too large or too busy to search within the decoder's bounds: the message says which.
        return ImportResult::failed(ImportFailure::Unsupported, decoded.error(), format);
    }
    const QStringList& texts = *decoded;
    if (texts.isEmpty()) {
        return ImportResult::failed(
            ImportFailure::Unrecognised,
            tr("no QR code was found in this %1 image; the code must be whole, sharp and not "
               "too small (crop the image to the code and try again)")
                .arg(found->name),
            format);
    }
    return readTexts(texts);
}

} // namespace tessera::transfer
