// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFormats.h"

#include "CsvReader.h"
#include "ItemBuilder.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace tessera::transfer {

namespace {

QStringList headerOf(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QList<QStringList> rows = CsvReader::parse(end < 0 ? text : text.left(end));
    return rows.isEmpty() ? QStringList() : rows.first();
}

// KeeOTP's "key=BASE32&step=30&size=6&otpHashMode=Sha256", which KeePassXC still reads.
ImportItem fromKeeOtp(const QString& source, const QString& title, const QString& user,
                      const QString& value)
{
    const QUrlQuery query(value);
    ItemBuilder::Fields fields;
    fields.issuer = title;
    fields.account = user;
    fields.period = query.queryItemValue(QStringLiteral("step")).isEmpty()
                        ? otp::kDefaultPeriod
                        : query.queryItemValue(QStringLiteral("step")).toInt();
    fields.digits = query.queryItemValue(QStringLiteral("size")).isEmpty()
                        ? otp::kDefaultDigits
                        : query.queryItemValue(QStringLiteral("size")).toInt();
    fields.algorithm = query.queryItemValue(QStringLiteral("otpHashMode"));
    return ItemBuilder::fromBase32(source, fields,
                                   query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded));
}

} // namespace

QString CsvFormats::detect(const QString& text)
{
    const QStringList header = headerOf(text);
    if (header.contains(QLatin1String("login_totp"))) {
        return QStringLiteral("bitwarden-csv");
    }
    if (header.contains(QLatin1String("TOTP")) && header.contains(QLatin1String("Title"))) {
        return QStringLiteral("keepass-csv");
    }
    return {};
}

ImportResult CsvFormats::read(const QString& format, const QString& text)
{
    ImportResult result;
    result.format = format;
    const QList<QStringList> rows = CsvReader::parse(text);
    if (rows.isEmpty()) {
        return result;
    }
    const QStringList& header = rows.first();
    const bool bitwarden = format == QLatin1String("bitwarden-csv");
    const qsizetype otpColumn =
        header.indexOf(bitwarden ? QStringLiteral("login_totp") : QStringLiteral("TOTP"));
    const qsizetype nameColumn =
        header.indexOf(bitwarden ? QStringLiteral("name") : QStringLiteral("Title"));
    const qsizetype userColumn =
        header.indexOf(bitwarden ? QStringLiteral("login_username") : QStringLiteral("Username"));
    if (otpColumn < 0) {
        return ImportResult::failed(ImportFailure::Damaged, tr("the CSV header has no OTP column"),
                                    format);
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        const QString value = row.value(otpColumn).trimmed();
        if (value.isEmpty()) {
            continue; // a login without a second factor
        }
        const QString title = row.value(nameColumn);
        const QString source = title.isEmpty() ? tr("row %1").arg(r + 1) : title;
        if (value.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive) ||
            value.startsWith(QLatin1String("steam://"), Qt::CaseInsensitive)) {
            result.items.push_back(ItemBuilder::fromUri(source, value));
        } else if (value.startsWith(QLatin1String("key="))) {
            result.items.push_back(fromKeeOtp(source, title, row.value(userColumn), value));
        } else if (bitwarden) {
            // Bitwarden also accepts a bare Base32 secret.
            ItemBuilder::Fields fields;
            fields.issuer = title;
            fields.account = row.value(userColumn);
            result.items.push_back(ItemBuilder::fromBase32(source, fields, value));
        } else {
            result.items.push_back(ItemBuilder::error(
                source, tr("the TOTP field is neither an otpauth:// URI nor key=... settings")));
        }
    }
    return result;
}

} // namespace tessera::transfer
