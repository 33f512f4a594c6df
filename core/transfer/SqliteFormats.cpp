// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFormats.h"

#include "ItemBuilder.h"
#include "SimpleJsonFormats.h"
#include "TransferCrypto.h"

#include "SqliteReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tessera::transfer {

namespace {

const QString kGoogle = QStringLiteral("google-authenticator-db");
const QString kMicrosoft = QStringLiteral("microsoft-authenticator-db");
const QString kStratum = QStringLiteral("stratum");

bool hasColumns(SqliteReader& database, const QString& table, const QStringList& columns)
{
    const QStringList present = database.columns(table);
    return std::all_of(columns.begin(), columns.end(),
                       [&present](const QString& column) { return present.contains(column); });
}

Status readGoogle(SqliteReader& database, ImportResult& result)
{
    auto rows = database.select(QStringLiteral("accounts"),
                                {QStringLiteral("email"), QStringLiteral("secret"),
                                 QStringLiteral("counter"), QStringLiteral("type"),
                                 QStringLiteral("issuer")},
                                QStringLiteral("_id"));
    if (!rows) {
        return makeError(rows.error());
    }
    for (const SqliteReader::Row& row : *rows) {
        ItemBuilder::Fields fields;
        const QString email = row[0].toString();
        // email holds "Issuer:Name" when the account was added with an issuer.
        const QStringList parts = email.split(QLatin1Char(':'));
        fields.account = parts.size() == 2 ? parts[1] : email;
        fields.issuer = row[4].toString();
        const int type = row[3].toInt();
        if (type == 1) {
            fields.type = QStringLiteral("hotp");
            fields.counter = row[2].toULongLong();
        } else if (type != 0) {
            result.items.push_back(ItemBuilder::error(
                email,
                SqliteFormats::tr("Google Authenticator account type %1 is unknown").arg(type)));
            continue;
        }
        result.items.push_back(ItemBuilder::fromBase32(email, fields, row[1].toString()));
    }
    return {};
}

Status readMicrosoft(SqliteReader& database, ImportResult& result)
{
    auto rows = database.select(QStringLiteral("accounts"),
                                {QStringLiteral("name"), QStringLiteral("username"),
                                 QStringLiteral("oath_secret_key"), QStringLiteral("account_type")},
                                QStringLiteral("_id"));
    if (!rows) {
        return makeError(rows.error());
    }
    for (const SqliteReader::Row& row : *rows) {
        ItemBuilder::Fields fields;
        fields.issuer = row[0].toString();
        fields.account = row[1].toString();
        const QString source = fields.issuer + QLatin1Char(':') + fields.account;
        const int type = row[3].toInt();
        const QString secret = row[2].toString();
        if (type == 0) {
            result.items.push_back(ItemBuilder::fromBase32(source, fields, secret));
        } else if (type == 1) {
            // Microsoft's own accounts: 8 digits, the secret in Base64.
            fields.digits = 8;
            const auto bytes = TransferCrypto::fromBase64(secret.toLatin1());
            result.items.push_back(
                bytes
                    ? ItemBuilder::fromBytes(source, fields, crypto::SecureBytes::fromView(*bytes))
                    : ItemBuilder::error(source,
                                         SqliteFormats::tr("the secret is not valid Base64")));
        }
        // Other types are push-notification sign-in accounts: they have no OTP secret.
    }
    return {};
}

// Authenticator Pro's table has the columns of its JSON backup, so the rows go through the JSON
// reader rather than a second copy of its mapping.
Expected<ImportResult> readStratum(SqliteReader& database)
{
    auto rows = database.select(QStringLiteral("authenticator"),
                                {QStringLiteral("type"), QStringLiteral("issuer"),
                                 QStringLiteral("username"), QStringLiteral("secret"),
                                 QStringLiteral("algorithm"), QStringLiteral("digits"),
                                 QStringLiteral("period"), QStringLiteral("counter")},
                                QStringLiteral("ranking"));
    if (!rows) {
        return makeError(rows.error());
    }
    QJsonArray authenticators;
    for (const SqliteReader::Row& row : *rows) {
        authenticators.append(QJsonObject{
            {QStringLiteral("Type"), row[0].toInt()},
            {QStringLiteral("Issuer"), row[1].toString()},
            {QStringLiteral("Username"), row[2].toString()},
            {QStringLiteral("Secret"), row[3].toString()},
            {QStringLiteral("Algorithm"), row[4].toInt()},
            {QStringLiteral("Digits"), row[5].toInt()},
            {QStringLiteral("Period"), row[6].toInt()},
            {QStringLiteral("Counter"), row[7].toLongLong()},
        });
    }
    return SimpleJsonFormats::read(
        kStratum, QJsonDocument(QJsonObject{{QStringLiteral("Authenticators"), authenticators}}));
}

} // namespace

bool SqliteFormats::isSqlite(QByteArrayView data)
{
    return data.startsWith(QByteArrayView("SQLite format 3\0", 16));
}

QString SqliteFormats::detect(QByteArrayView data)
{
    auto database = SqliteReader::open(data);
    if (!database) {
        return {};
    }
    // Views are detected as tables are, so that reading one gives the reason it is refused.
    if (hasColumns(*database, QStringLiteral("accounts"),
                   {QStringLiteral("email"), QStringLiteral("secret"), QStringLiteral("type")})) {
        return kGoogle;
    }
    if (hasColumns(*database, QStringLiteral("accounts"),
                   {QStringLiteral("oath_secret_key"), QStringLiteral("account_type")})) {
        return kMicrosoft;
    }
    if (hasColumns(*database, QStringLiteral("authenticator"),
                   {QStringLiteral("secret"), QStringLiteral("algorithm")})) {
        return kStratum;
    }
    return {};
}

ImportResult SqliteFormats::read(const QString& format, QByteArrayView data)
{
    auto database = SqliteReader::open(data);
    if (!database) {
        return ImportResult::failed(ImportFailure::Damaged, database.error(), format);
    }
    ImportResult result;
    Status read;
    if (format == kStratum) {
        auto stratum = readStratum(*database);
        if (stratum) {
            result = std::move(*stratum);
        } else {
            read = makeError(stratum.error());
        }
    } else if (format == kGoogle) {
        read = readGoogle(*database, result);
    } else {
        read = readMicrosoft(*database, result);
    }
    if (!read) {
        // A view, a computed column, too many rows, the time budget: the file is not read at all
        // rather than in part.
        return ImportResult::failed(ImportFailure::Unsupported, read.error(), format);
    }
    result.format = format;
    return result;
}

} // namespace tessera::transfer
