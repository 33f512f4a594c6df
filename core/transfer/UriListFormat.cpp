// SPDX-License-Identifier: GPL-3.0-or-later
#include "UriListFormat.h"

#include "GoogleMigration.h"
#include "ItemBuilder.h"
#include "otp/OtpAuthUri.h"

#include <QCoreApplication>

namespace tessera::transfer {

namespace {

bool isSkipped(const QString& line)
{
    return line.isEmpty() || line.startsWith(QLatin1Char('#'));
}

bool mentionsUri(const QString& line)
{
    return line.contains(QLatin1String("otpauth://"), Qt::CaseInsensitive) ||
           line.contains(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive);
}

} // namespace

bool UriListFormat::recognises(const QString& text)
{
    bool sawUri = false;
    bool sawOther = false;
    bool sawComment = false;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed().toString();
        if (isSkipped(trimmed)) {
            sawComment = sawComment || !trimmed.isEmpty();
            continue;
        }
        if (mentionsUri(trimmed)) {
            sawUri = true;
        } else {
            sawOther = true;
        }
    }
    // A file of comments alone is an empty list, not an unknown format.
    return !sawOther && (sawUri || sawComment);
}

ImportResult UriListFormat::read(const QString& text)
{
    ImportResult result;
    result.format = QStringLiteral("otpauth-list");
    int lineNumber = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        const QString trimmed = line.trimmed().toString();
        if (isSkipped(trimmed)) {
            continue;
        }
        const QString source = tr("line %1").arg(lineNumber);
        if (auto items = readUri(trimmed, source)) {
            if (GoogleMigration::isMigrationUri(trimmed)) {
                result.format = QStringLiteral("google-migration");
            }
            for (ImportItem& item : *items) {
                result.items.push_back(std::move(item));
            }
        } else if (trimmed.contains(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive)) {
            // The line is not echoed: it may hold a secret.
            result.items.push_back(ItemBuilder::error(
                source, tr("not an otpauth-migration URL: the line must start with "
                           "otpauth-migration://, and something comes before it")));
        } else {
            result.items.push_back(ItemBuilder::error(
                source, tr("not an otpauth:// URI: the line must start with otpauth://")));
        }
    }
    return result;
}

std::optional<std::vector<ImportItem>> UriListFormat::readUri(const QString& text,
                                                              const QString& sourceName)
{
    if (GoogleMigration::isMigrationUri(text)) {
        return GoogleMigration::decode(text, sourceName);
    }
    if (text.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive)) {
        std::vector<ImportItem> items;
        items.push_back(ItemBuilder::fromUri(sourceName, text));
        return items;
    }
    return std::nullopt;
}

QString UriListFormat::write(const std::vector<const otp::OtpParameters*>& entries)
{
    QString text;
    for (const otp::OtpParameters* parameters : entries) {
        text += otp::otpauth::format(*parameters) + QLatin1Char('\n');
    }
    return text;
}

} // namespace tessera::transfer
