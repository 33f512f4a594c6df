// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: who has set up which MFA factor, counted for a whole pool in one query.
#include "PoolStore.h"

namespace tessera::pool::local {

Expected<EnrolmentSummary, PoolError> PoolStore::enrolment(const QString& poolId)
{
    // One row per combination of factors and preference (a pool has at most a few dozen), read
    // from the users_enrolment index alone (schema 7): no user's JSON is parsed.
    auto query = run(QStringLiteral("SELECT mfa_factors, mfa_preferred, count(*) FROM users "
                                    "WHERE pool_id = ? GROUP BY mfa_factors, mfa_preferred"),
                     {poolId});
    if (!query) {
        return query.failure();
    }
    EnrolmentSummary summary;
    summary.exact = true;
    while (query->next()) {
        const int bits = query->value(0).toInt();
        UserFactors factors;
        factors.sms = (bits & 1) != 0;
        factors.softwareToken = (bits & 2) != 0;
        factors.email = (bits & 4) != 0;
        factors.preferred = query->value(1).toString();
        summary.add(factors, query->value(2).toLongLong());
    }
    summary.poolUsers = summary.counted;
    auto passkeys = run(QStringLiteral("SELECT count(DISTINCT username) FROM webauthn_credentials "
                                       "WHERE pool_id = ?"),
                        {poolId});
    if (!passkeys) {
        return passkeys.failure();
    }
    summary.withPasskey = passkeys->next() ? passkeys->value(0).toLongLong() : 0;
    return summary;
}

Expected<QMap<QString, UserFactors>, PoolError> PoolStore::userFactors(const QString& poolId,
                                                                       const QStringList& usernames)
{
    QMap<QString, UserFactors> found;
    if (usernames.isEmpty()) {
        return found;
    }
    // One statement for the whole page (SQLite's default limit is 32766 parameters).
    QStringList marks;
    marks.fill(QStringLiteral("?"), usernames.size());
    QVariantList values{poolId};
    for (const QString& username : usernames) {
        values << username;
    }
    auto query = run(QStringLiteral("SELECT username, coalesce(json_extract(mfa, '$.sms'), 0), "
                                    "coalesce(json_extract(mfa, '$.totp'), 0), "
                                    "coalesce(json_extract(mfa, '$.email'), 0), "
                                    "coalesce(json_extract(mfa, '$.preferred'), '') "
                                    "FROM users WHERE pool_id = ? AND username IN (%1)")
                         .arg(marks.join(QLatin1Char(','))),
                     values);
    if (!query) {
        return query.failure();
    }
    while (query->next()) {
        UserFactors factors;
        factors.sms = query->value(1).toBool();
        factors.softwareToken = query->value(2).toBool();
        factors.email = query->value(3).toBool();
        factors.preferred = query->value(4).toString();
        found.insert(query->value(0).toString(), factors);
    }
    return found;
}

} // namespace tessera::pool::local
