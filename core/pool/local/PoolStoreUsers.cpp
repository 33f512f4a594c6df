// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: users - one, a page of them (filtered), counted, saved in bulk, deleted.
#include "PoolStore.h"
#include "PoolStoreSql.h"

#include "pool/JsonFields.h"

#include <QJsonArray>
#include <QSqlError>

namespace tessera::pool::local {

using storesql::bindable;
using storesql::storeError;

namespace {

// The SQL expression over the users table that `filter`'s attribute lives in. The email and
// phone expressions match the store's indexes, so both kinds of match use them.
QString filterColumn(const UserFilter& filter)
{
    const QString& attribute = filter.attribute();
    if (attribute == QLatin1String("username")) {
        return QStringLiteral("username");
    }
    if (attribute == QLatin1String("sub")) {
        return QStringLiteral("sub");
    }
    if (attribute == QLatin1String("cognito:user_status")) {
        return QStringLiteral("status");
    }
    if (attribute == QLatin1String("status")) {
        return QStringLiteral("(CASE enabled WHEN 1 THEN 'Enabled' ELSE 'Disabled' END)");
    }
    return QStringLiteral("json_extract(attributes, '$.%1')").arg(attribute);
}

} // namespace

namespace {

// The users columns a PoolUser is read from, in the order userFromRow reads them.
const QString kPublicUserColumns =
    QStringLiteral("username, attributes, status, enabled, created, modified");
// The users columns a UserRecord is read from, in the order recordFromRow reads them.
const QString kUserColumns =
    kPublicUserColumns +
    QStringLiteral(", password_hash, password_set_at, mfa, srp_salt, srp_verifier");

PoolUser userFromRow(const QSqlQuery& query)
{
    PoolUser user;
    user.username = query.value(0).toString();
    const QJsonObject attributes = json::fromText(query.value(1).toString());
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        user.attributes.insert(it.key(), it.value().toString());
    }
    user.userStatus = query.value(2).toString();
    user.enabled = query.value(3).toBool();
    user.userCreateDate = query.value(4).toLongLong();
    user.userLastModifiedDate = query.value(5).toLongLong();
    return user;
}

UserRecord recordFromRow(const QSqlQuery& query)
{
    UserRecord record;
    record.user = userFromRow(query);
    record.passwordHash = query.value(6).toString();
    record.passwordSetAt = query.value(7).toLongLong();
    const QJsonObject mfa = json::fromText(query.value(8).toString());
    record.smsEnabled = mfa.value(QStringLiteral("sms")).toBool();
    record.softwareTokenEnabled = mfa.value(QStringLiteral("totp")).toBool();
    record.emailEnabled = mfa.value(QStringLiteral("email")).toBool();
    record.preferred = mfa.value(QStringLiteral("preferred")).toString();
    record.totpSecret = mfa.value(QStringLiteral("totpSecret")).toString();
    record.totpVerified = mfa.value(QStringLiteral("totpVerified")).toBool();
    record.totpLastStep = qint64(mfa.value(QStringLiteral("totpLastStep")).toDouble(-1));
    record.srpSalt = query.value(9).toString();
    record.srpVerifier = query.value(10).toString();
    return record;
}

} // namespace

Expected<UserRecord, PoolError> PoolStore::loadUser(const QString& poolId, const QString& username)
{
    auto query = run(
        QStringLiteral("SELECT %1 FROM users WHERE pool_id = ? AND username = ?").arg(kUserColumns),
        {poolId, username});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return PoolError::userNotFound();
    }
    return recordFromRow(*query);
}

Expected<void, PoolError> PoolStore::saveUser(const QString& poolId, const UserRecord& record)
{
    return saveUsers(poolId, {record});
}

Expected<void, PoolError> PoolStore::saveUsers(const QString& poolId,
                                               const QList<UserRecord>& records)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QString sql =
        QStringLiteral("INSERT OR REPLACE INTO users (pool_id, username, sub, attributes, "
                       "status, enabled, created, modified, password_hash, "
                       "password_set_at, mfa, srp_salt, srp_verifier, mfa_factors, "
                       "mfa_preferred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // Prepared once, so a bulk import pays for parsing once.
    if (!query.prepare(sql)) {
        return storeError(sql, query.lastError());
    }
    for (const UserRecord& record : records) {
        QJsonObject attributes;
        for (auto it = record.user.attributes.begin(); it != record.user.attributes.end(); ++it) {
            attributes.insert(it.key(), it.value());
        }
        const QJsonObject mfa{{QStringLiteral("sms"), record.smsEnabled},
                              {QStringLiteral("totp"), record.softwareTokenEnabled},
                              {QStringLiteral("email"), record.emailEnabled},
                              {QStringLiteral("preferred"), record.preferred},
                              {QStringLiteral("totpSecret"), record.totpSecret},
                              {QStringLiteral("totpVerified"), record.totpVerified},
                              {QStringLiteral("totpLastStep"), double(record.totpLastStep)}};
        const QVariantList values{poolId,
                                  record.user.username,
                                  record.user.sub(),
                                  json::toText(attributes),
                                  record.user.userStatus,
                                  record.user.enabled ? 1 : 0,
                                  record.user.userCreateDate,
                                  record.user.userLastModifiedDate,
                                  record.passwordHash,
                                  record.passwordSetAt,
                                  json::toText(mfa),
                                  record.srpSalt,
                                  record.srpVerifier,
                                  (record.smsEnabled ? 1 : 0) +
                                      (record.softwareTokenEnabled ? 2 : 0) +
                                      (record.emailEnabled ? 4 : 0),
                                  record.preferred};
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, bindable(values[i]));
        }
        if (!query.exec()) {
            return storeError(sql, query.lastError());
        }
    }
    return {};
}
Expected<qint64, PoolError> PoolStore::countUsers(const QString& poolId)
{
    auto query = run(QStringLiteral("SELECT count(*) FROM users WHERE pool_id = ?"), {poolId});
    if (!query) {
        return query.failure();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

Expected<QList<PoolUser>, PoolError>
PoolStore::listUsers(const QString& poolId, const std::optional<UserFilter>& filter,
                     const std::optional<QString>& afterUsername, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM users WHERE pool_id = ?").arg(kPublicUserColumns);
    QVariantList values{poolId};
    if (filter) {
        if (filter->prefix()) {
            // A range, so an index on the column serves it; U+10FFFF sorts after any text.
            sql += QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(filterColumn(*filter));
            values << filter->value() << (filter->value() + QString::fromUcs4(U"\U0010FFFF"));
        } else {
            sql += QStringLiteral(" AND %1 = ?").arg(filterColumn(*filter));
            values << filter->value();
        }
    }
    if (afterUsername) {
        sql += QStringLiteral(" AND username > ?");
        values << *afterUsername;
    }
    sql += QStringLiteral(" ORDER BY username LIMIT ?");
    values << limit;
    auto query = run(sql, values);
    if (!query) {
        return query.failure();
    }
    QList<PoolUser> users;
    users.reserve(limit);
    while (query->next()) {
        users.append(userFromRow(*query));
    }
    return users;
}

Expected<void, PoolError> PoolStore::deleteUser(const QString& poolId, const QString& username)
{
    for (const char* table : {"users", "sessions", "devices", "refresh_tokens", "sign_in_failures",
                              "webauthn_credentials", "webauthn_challenges"}) {
        if (auto done = exec(QStringLiteral("DELETE FROM %1 WHERE pool_id = ? AND username = ?")
                                 .arg(QLatin1String(table)),
                             {poolId, username});
            !done) {
            return done;
        }
    }
    return {};
}

} // namespace tessera::pool::local
