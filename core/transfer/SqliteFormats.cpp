// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFormats.h"

#include "ItemBuilder.h"
#include "SimpleJsonFormats.h"
#include "TransferCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>

namespace tessera::transfer {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::transfer", text);
}

const QString kGoogle = QStringLiteral("google-authenticator-db");
const QString kMicrosoft = QStringLiteral("microsoft-authenticator-db");
const QString kStratum = QStringLiteral("stratum");

// Opens a private, read-only copy of the database for the length of `use`: SQLite needs a file,
// and a copy leaves the user's file and its folder untouched (no journal, no lock).
bool withDatabase(QByteArrayView data, const std::function<void(QSqlDatabase&)>& use,
                  QString* error)
{
    QTemporaryDir directory;
    QFile copy(directory.filePath(QStringLiteral("import.sqlite")));
    if (!directory.isValid() || !copy.open(QIODevice::WriteOnly) ||
        copy.write(data.data(), data.size()) != data.size()) {
        *error = tr("could not stage the database in a temporary folder");
        return false;
    }
    copy.close();
    const QString connection = QStringLiteral("tessera-import-") + QUuid::createUuid().toString();
    bool opened = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(copy.fileName());
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        opened = database.open();
        if (opened) {
            use(database);
            database.close();
        } else {
            *error =
                tr("the SQLite database cannot be opened: %1").arg(database.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return opened;
}

bool hasColumns(QSqlDatabase& database, const QString& table, const QStringList& columns)
{
    const QSqlRecord record = database.record(table);
    for (const QString& column : columns) {
        if (!record.contains(column)) {
            return false;
        }
    }
    return true;
}

void readGoogle(QSqlDatabase& database, ImportResult& result)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT email, secret, counter, type, issuer FROM accounts "
                              "ORDER BY _id"));
    while (query.next()) {
        ItemBuilder::Fields fields;
        const QString email = query.value(0).toString();
        // email holds "Issuer:Name" when the account was added with an issuer.
        const QStringList parts = email.split(QLatin1Char(':'));
        fields.account = parts.size() == 2 ? parts[1] : email;
        fields.issuer = query.value(4).toString();
        const int type = query.value(3).toInt();
        if (type == 1) {
            fields.type = QStringLiteral("hotp");
            fields.counter = query.value(2).toULongLong();
        } else if (type != 0) {
            result.items.push_back(ItemBuilder::error(
                email, tr("Google Authenticator account type %1 is unknown").arg(type)));
            continue;
        }
        result.items.push_back(ItemBuilder::fromBase32(email, fields, query.value(1).toString()));
    }
}

void readMicrosoft(QSqlDatabase& database, ImportResult& result)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT name, username, oath_secret_key, account_type FROM accounts "
                              "ORDER BY _id"));
    while (query.next()) {
        ItemBuilder::Fields fields;
        fields.issuer = query.value(0).toString();
        fields.account = query.value(1).toString();
        const QString source = fields.issuer + QLatin1Char(':') + fields.account;
        const int type = query.value(3).toInt();
        const QString secret = query.value(2).toString();
        if (type == 0) {
            result.items.push_back(ItemBuilder::fromBase32(source, fields, secret));
        } else if (type == 1) {
            // Microsoft's own accounts: 8 digits, the secret in Base64.
            fields.digits = 8;
            const auto bytes = TransferCrypto::fromBase64(secret.toLatin1());
            result.items.push_back(
                bytes
                    ? ItemBuilder::fromBytes(source, fields, crypto::SecureBytes::fromView(*bytes))
                    : ItemBuilder::error(source, tr("the secret is not valid Base64")));
        }
        // Other types are push-notification sign-in accounts: they have no OTP secret.
    }
}

// Authenticator Pro's table has the columns of its JSON backup, so the rows go through the JSON
// reader rather than a second copy of its mapping.
ImportResult readStratum(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT type, issuer, username, secret, algorithm, digits, period, "
                              "counter FROM authenticator ORDER BY ranking"));
    QJsonArray authenticators;
    while (query.next()) {
        authenticators.append(QJsonObject{
            {QStringLiteral("Type"), query.value(0).toInt()},
            {QStringLiteral("Issuer"), query.value(1).toString()},
            {QStringLiteral("Username"), query.value(2).toString()},
            {QStringLiteral("Secret"), query.value(3).toString()},
            {QStringLiteral("Algorithm"), query.value(4).toInt()},
            {QStringLiteral("Digits"), query.value(5).toInt()},
            {QStringLiteral("Period"), query.value(6).toInt()},
            {QStringLiteral("Counter"), query.value(7).toLongLong()},
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
    QString format;
    QString error;
    withDatabase(
        data,
        [&format](QSqlDatabase& database) {
            if (hasColumns(
                    database, QStringLiteral("accounts"),
                    {QStringLiteral("email"), QStringLiteral("secret"), QStringLiteral("type")})) {
                format = kGoogle;
            } else if (hasColumns(
                           database, QStringLiteral("accounts"),
                           {QStringLiteral("oath_secret_key"), QStringLiteral("account_type")})) {
                format = kMicrosoft;
            } else if (hasColumns(database, QStringLiteral("authenticator"),
                                  {QStringLiteral("secret"), QStringLiteral("algorithm")})) {
                format = kStratum;
            }
        },
        &error);
    return format;
}

ImportResult SqliteFormats::read(const QString& format, QByteArrayView data)
{
    ImportResult result;
    QString error;
    const bool opened = withDatabase(
        data,
        [&](QSqlDatabase& database) {
            if (format == kStratum) {
                result = readStratum(database);
            } else if (format == kGoogle) {
                readGoogle(database, result);
            } else {
                readMicrosoft(database, result);
            }
        },
        &error);
    if (!opened) {
        return ImportResult::failed(ImportFailure::Damaged, error, format);
    }
    result.format = format;
    return result;
}

} // namespace tessera::transfer
