// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

#include "pool/local/MfaPreferences.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

const QString kSms = QString::fromLatin1(factors::kSms);
const QString kTotp = QString::fromLatin1(factors::kSoftwareToken);
const QString kEmail = QString::fromLatin1(factors::kEmail);

QJsonObject setting(bool enabled, bool preferred)
{
    return {{"Enabled", enabled}, {"PreferredMfa", preferred}};
}

// A user with a phone and an email, SMS on and `preferred`.
local::UserRecord smsUser(const QString& preferred = {})
{
    local::UserRecord record;
    record.user.username = QStringLiteral("alice");
    record.user.attributes.insert(QStringLiteral("phone_number"), QStringLiteral("+15555550100"));
    record.user.attributes.insert(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    record.smsEnabled = true;
    record.preferred = preferred;
    return record;
}

MfaConfig allFactorsOn()
{
    MfaConfig config;
    config.mode = MfaMode::Optional;
    config.sms = SmsMfaConfig{};
    config.softwareTokenEnabled = true;
    config.email = EmailMfaConfig{};
    return config;
}

} // namespace

// A user's MFA preference rules live in MfaPreferences, and both operations that change them,
// SetUserMFAPreference (the user, with an access token) and AdminSetUserMFAPreference (an
// administrator), go through it: the same request gets the same answer and the same result.
class TestMfaPreferences : public QObject
{
    Q_OBJECT

private slots:
    void bothOperationsApplyTheSameRules_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("totpVerified");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("message");     // empty: accepted
        QTest::addColumn<QStringList>("enabled"); // UserMFASettingList afterwards
        QTest::addColumn<QString>("preferred");   // PreferredMfaSetting afterwards
        const QStringList none;
        for (const char* operation : {"SetUserMFAPreference", "AdminSetUserMFAPreference"}) {
            const auto row = [operation](const char* name, bool totpVerified,
                                         const QJsonObject& request, const QString& message,
                                         const QStringList& enabled, const QString& preferred) {
                QTest::addRow("%s: %s", operation, name)
                    << QString::fromLatin1(operation) << totpVerified << request << message
                    << enabled << preferred;
            };
            row("SMS on and preferred", false, {{"SMSMfaSettings", setting(true, true)}}, {},
                {kSms}, kSms);
            row("SMS and email on, email preferred", false,
                {{"SMSMfaSettings", setting(true, false)},
                 {"EmailMfaSettings", setting(true, true)}},
                {}, {kSms, kEmail}, kEmail);
            row("TOTP preferred once verified", true,
                {{"SoftwareTokenMfaSettings", setting(true, true)}}, {}, {kTotp}, kTotp);
            // Refused: nothing changes.
            row("two preferred", true,
                {{"SMSMfaSettings", setting(true, true)},
                 {"SoftwareTokenMfaSettings", setting(true, true)}},
                QStringLiteral("Only one MFA method can be set as preferred."), none, {});
            row("TOTP preferred before it is verified", false,
                {{"SoftwareTokenMfaSettings", setting(true, true)}},
                QStringLiteral("User has not verified software token mfa"), none, {});
            row("TOTP on before it is verified", false,
                {{"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}}}},
                QStringLiteral("User has not verified software token mfa"), none, {});
            row("preferred while off", true, {{"EmailMfaSettings", setting(false, true)}},
                QStringLiteral(
                    "EMAIL_OTP cannot be the preferred MFA method while it is not enabled."),
                none, {});
        }
    }

    void bothOperationsApplyTheSameRules()
    {
        QFETCH(QString, operation);
        QFETCH(bool, totpVerified);
        QFETCH(QJsonObject, request);
        QFETCH(QString, message);
        QFETCH(QStringList, enabled);
        QFETCH(QString, preferred);
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.makeUser(QStringLiteral("alice"), totpVerified);
        if (operation.startsWith(QLatin1String("Admin"))) {
            request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
            request.insert(QStringLiteral("Username"), QStringLiteral("alice"));
        } else {
            const QString access = str(
                fixture.signIn(QStringLiteral("alice")).value("AuthenticationResult").toObject(),
                "AccessToken");
            QVERIFY2(!access.isEmpty(), "alice has no factor on yet, so she signs in directly");
            request.insert(QStringLiteral("AccessToken"), access);
        }
        const PoolResult result = fixture.engine->execute(operation, request);
        QCOMPARE(result ? QString() : result.failure().message, message);
        if (!result) {
            QCOMPARE(result.failure().type, QStringLiteral("InvalidParameterException"));
        }
        const QJsonObject user =
            fixture.ok(QStringLiteral("AdminGetUser"),
                       {{"UserPoolId", fixture.poolId}, {"Username", "alice"}});
        QCOMPARE(user.value("UserMFASettingList").toVariant().toStringList(), enabled);
        QCOMPARE(str(user, "PreferredMfaSetting"), preferred);
    }

    void smsNeedsAPhoneNumber()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.ok(
            QStringLiteral("AdminCreateUser"),
            {{"UserPoolId", fixture.poolId}, {"Username", "bob"}, {"MessageAction", "SUPPRESS"}});
        const PoolError error = fixture.error(QStringLiteral("AdminSetUserMFAPreference"),
                                              {{"UserPoolId", fixture.poolId},
                                               {"Username", "bob"},
                                               {"SMSMfaSettings", QJsonObject{{"Enabled", true}}}});
        QCOMPARE(error.message,
                 QStringLiteral("User does not have delivery config set to turn on SMS_MFA"));
    }

    void usableFactorsAndTheAutomaticChoice_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<bool>("totpOn");
        QTest::addColumn<bool>("totpVerified");
        QTest::addColumn<QStringList>("usable");
        QTest::addColumn<QString>("choice"); // empty: the user chooses
        QTest::newRow("SMS alone") << QString() << false << false << QStringList{kSms} << kSms;
        QTest::newRow("TOTP on but not verified")
            << QString() << true << false << QStringList{kSms} << kSms;
        QTest::newRow("SMS and TOTP, none preferred")
            << QString() << true << true << QStringList{kSms, kTotp} << QString();
        QTest::newRow("SMS and TOTP, TOTP preferred")
            << kTotp << true << true << QStringList{kSms, kTotp} << kTotp;
        QTest::newRow("preferred factor not usable")
            << kEmail << true << true << QStringList{kSms, kTotp} << QString();
    }

    void usableFactorsAndTheAutomaticChoice()
    {
        QFETCH(QString, preferred);
        QFETCH(bool, totpOn);
        QFETCH(bool, totpVerified);
        QFETCH(QStringList, usable);
        QFETCH(QString, choice);
        local::UserRecord record = smsUser(preferred);
        record.softwareTokenEnabled = totpOn;
        record.totpVerified = totpVerified;
        const local::MfaPreferences preferences(record);
        const QStringList found = preferences.usable(allFactorsOn());
        QCOMPARE(found, usable);
        QCOMPARE(preferences.automaticChoice(found).value_or(QString()), choice);
    }

    void factorOffInThePoolIsNotUsable()
    {
        local::UserRecord record = smsUser(kSms);
        MfaConfig pool = allFactorsOn();
        pool.sms.reset();
        QVERIFY2(local::MfaPreferences(record).usable(pool).isEmpty(),
                 "a factor the pool turned off is not challenged, whatever the user chose");
    }

    void newSoftwareTokenStartsUnverifiedAndOff()
    {
        local::UserRecord record = smsUser(kTotp);
        record.softwareTokenEnabled = true;
        record.totpVerified = true;
        local::MfaPreferences preferences(record);
        preferences.replaceSoftwareToken(QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(record.totpSecret, QStringLiteral("JBSWY3DPEHPK3PXP"));
        QVERIFY(!record.totpVerified);
        QVERIFY(!record.softwareTokenEnabled);
        QVERIFY2(record.preferred.isEmpty(), "an unproven secret cannot stay preferred");
        preferences.softwareTokenVerified(false);
        QVERIFY(record.totpVerified);
        QVERIFY2(!record.softwareTokenEnabled, "a signed-in user turns TOTP on separately");
        preferences.softwareTokenVerified(true);
        QVERIFY2(record.softwareTokenEnabled, "set up during a sign-in, TOTP is turned on");
    }
};

QTEST_GUILESS_MAIN(TestMfaPreferences)
#include "tst_mfapreferences.moc"
