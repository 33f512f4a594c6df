// SPDX-License-Identifier: GPL-3.0-or-later
#include "SamplePool.h"

#include "LocalPoolEngine.h"
#include "pool/PoolUser.h"

#include <QJsonArray>

namespace tessera::pool::local {

namespace {

// One user's place in the mix, by index: a fixed pattern, so every sample pool looks alike and
// tests can count on it. Of every 20 users: 7 have no factor, 4 SMS, 5 an authenticator app,
// 2 both (preferring the app), 2 email.
struct Shape
{
    bool sms = false;
    bool totp = false;
    bool email = false;
    QString preferred;
};

Shape shapeOf(int index)
{
    const int slot = index % 20;
    if (slot < 7) {
        return {};
    }
    if (slot < 11) {
        return {true, false, false, QString::fromLatin1(factors::kSms)};
    }
    if (slot < 16) {
        return {false, true, false, QString::fromLatin1(factors::kSoftwareToken)};
    }
    if (slot < 18) {
        return {true, true, false, QString::fromLatin1(factors::kSoftwareToken)};
    }
    return {false, false, true, QString::fromLatin1(factors::kEmail)};
}

QString statusOf(int index)
{
    if (index % 25 == 3) {
        return QStringLiteral("FORCE_CHANGE_PASSWORD");
    }
    if (index % 40 == 7) {
        return QStringLiteral("UNCONFIRMED");
    }
    return QStringLiteral("CONFIRMED");
}

} // namespace

Expected<QString, PoolError> createSamplePool(LocalPoolEngine& engine, const QString& name,
                                              int users)
{
    const PoolResult created =
        engine.execute(QStringLiteral("CreateUserPool"), {{QStringLiteral("PoolName"), name}});
    if (!created) {
        return created.failure();
    }
    const QString poolId = created->value(QStringLiteral("UserPool"))
                               .toObject()
                               .value(QStringLiteral("Id"))
                               .toString();
    const PoolResult configured = engine.execute(
        QStringLiteral("SetUserPoolMfaConfig"),
        {{QStringLiteral("UserPoolId"), poolId},
         {QStringLiteral("MfaConfiguration"), QStringLiteral("OPTIONAL")},
         {QStringLiteral("SoftwareTokenMfaConfiguration"),
          QJsonObject{{QStringLiteral("Enabled"), true}}},
         {QStringLiteral("SmsMfaConfiguration"),
          QJsonObject{{QStringLiteral("SmsAuthenticationMessage"),
                       QStringLiteral("Your sample code is {####}")},
                      {QStringLiteral("SmsConfiguration"),
                       QJsonObject{{QStringLiteral("SnsCallerArn"),
                                    QStringLiteral("arn:aws:iam::123456789012:role/sample-sms")},
                                   {QStringLiteral("ExternalId"), QStringLiteral("sample")}}}}}});
    if (!configured) {
        return configured.failure();
    }
    EngineServices& services = engine.services();
    const PoolResult filled = services.store.transaction([&]() -> PoolResult {
        QList<UserRecord> records;
        records.reserve(users);
        for (int i = 0; i < users; ++i) {
            UserRecord record;
            const QString username = QStringLiteral("user-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            record.user.username = username;
            record.user.attributes = {
                {QStringLiteral("sub"), services.uuid()},
                {QStringLiteral("email"), username + QStringLiteral("@example.com")},
                {QStringLiteral("email_verified"), QStringLiteral("true")},
                // 555-01xx numbers are reserved for fiction.
                {QStringLiteral("phone_number"),
                 QStringLiteral("+1555010%1").arg(i % 100, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("phone_number_verified"),
                 i % 3 == 0 ? QStringLiteral("false") : QStringLiteral("true")}};
            record.user.userStatus = statusOf(i);
            record.user.enabled = i % 30 != 5;
            record.user.userCreateDate = record.user.userLastModifiedDate =
                services.now() - qint64(users - i) * 3600;
            const Shape shape = shapeOf(i);
            record.smsEnabled = shape.sms;
            record.softwareTokenEnabled = shape.totp;
            record.emailEnabled = shape.email;
            record.preferred = shape.preferred;
            if (shape.totp) {
                // A secret nobody holds: these users exist to be looked at.
                record.totpSecret = services.randomChars(32, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
                if (record.totpSecret.isEmpty()) {
                    return PoolError::internal(QStringLiteral("No random bytes for a secret."));
                }
                record.totpVerified = true;
            }
            records.append(std::move(record));
        }
        if (auto done = services.store.saveUsers(poolId, records); !done) {
            return done.failure();
        }
        return QJsonObject{};
    });
    if (!filled) {
        return filled.failure();
    }
    return poolId;
}

} // namespace tessera::pool::local
