// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

QJsonObject sms(const QString& message, bool withConfiguration = true)
{
    QJsonObject block{{QStringLiteral("SmsAuthenticationMessage"), message}};
    if (withConfiguration) {
        block.insert(QStringLiteral("SmsConfiguration"),
                     QJsonObject{{QStringLiteral("SnsCallerArn"),
                                  QStringLiteral("arn:aws:iam::123456789012:role/sns")}});
    }
    return block;
}

const QJsonObject kTotpOn{{QStringLiteral("Enabled"), true}};
const QJsonObject kTotpOff{{QStringLiteral("Enabled"), false}};

} // namespace

// SetUserPoolMfaConfig refuses what Cognito refuses, with its error names and messages; unknown
// pools, users and clients are named as Cognito names them. (A user's MFA preferences:
// tst_mfapreferences.)
class TestMfaConfigValidation : public QObject
{
    Q_OBJECT

private slots:
    void setUserPoolMfaConfig_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        const QString ok;
        const QString invalid = QStringLiteral("InvalidParameterException");
        const QString disableAll =
            QStringLiteral("Invalid MFA configuration given, can't disable all MFAs with a "
                           "required or optional configuration.");
        const QString offAndFactor = QStringLiteral(
            "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
        const auto row = [](const char* name, QJsonObject request, const QString& type,
                            const QString& message) {
            QTest::newRow(name) << request << type << message;
        };
        row("ON with no factor", {{"MfaConfiguration", "ON"}}, invalid, disableAll);
        row("OPTIONAL with TOTP disabled",
            {{"MfaConfiguration", "OPTIONAL"}, {"SoftwareTokenMfaConfiguration", kTotpOff}},
            invalid, disableAll);
        row("OFF with TOTP",
            {{"MfaConfiguration", "OFF"}, {"SoftwareTokenMfaConfiguration", kTotpOn}}, invalid,
            offAndFactor);
        row("OFF with SMS",
            {{"MfaConfiguration", "OFF"}, {"SmsMfaConfiguration", sms("Code {####}")}}, invalid,
            offAndFactor);
        row("OFF with TOTP explicitly off",
            {{"MfaConfiguration", "OFF"}, {"SoftwareTokenMfaConfiguration", kTotpOff}}, ok, ok);
        row("SMS message too short",
            {{"MfaConfiguration", "ON"}, {"SmsMfaConfiguration", sms("{###}")}}, invalid,
            QStringLiteral("1 validation error detected: Value '{###}' at "
                           "'smsMfaConfiguration.smsAuthenticationMessage' "
                           "failed to satisfy constraint: Member must have length greater than or "
                           "equal to 6"));
        row("SMS message without placeholder",
            {{"MfaConfiguration", "ON"}, {"SmsMfaConfiguration", sms("Your code")}}, invalid,
            QStringLiteral("1 validation error detected: Value 'Your code' at "
                           "'smsMfaConfiguration.smsAuthenticationMessage' "
                           "failed to satisfy constraint: Member must satisfy regular expression "
                           "pattern: .*\\{####\\}.*"));
        const QString longMessage = QStringLiteral("{####}") + QString(135, QLatin1Char('x'));
        // A value in a message is quoted by its first 32 characters only.
        row("SMS message 141 characters",
            {{"MfaConfiguration", "ON"}, {"SmsMfaConfiguration", sms(longMessage)}}, invalid,
            QStringLiteral(
                "1 validation error detected: Value '%1...' at "
                "'smsMfaConfiguration.smsAuthenticationMessage' "
                "failed to satisfy constraint: Member must have length less than or equal to 140")
                .arg(longMessage.left(32)));
        row("SMS message 140 characters",
            {{"MfaConfiguration", "ON"}, {"SmsMfaConfiguration", sms(longMessage.left(140))}}, ok,
            ok);
        row("SMS without SMS configuration",
            {{"MfaConfiguration", "ON"}, {"SmsMfaConfiguration", sms("Code {####}", false)}},
            invalid,
            QStringLiteral("SMS configuration is required to turn on SMS MFA: give "
                           "SmsConfiguration with an SnsCallerArn."));
        row("bad mode", {{"MfaConfiguration", "MAYBE"}, {"SoftwareTokenMfaConfiguration", kTotpOn}},
            invalid,
            QStringLiteral("1 validation error detected: Value 'MAYBE' at 'mfaConfiguration' "
                           "failed to satisfy "
                           "constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]"));
        row("ON with TOTP",
            {{"MfaConfiguration", "ON"}, {"SoftwareTokenMfaConfiguration", kTotpOn}}, ok, ok);
        row("OPTIONAL with email",
            {{"MfaConfiguration", "OPTIONAL"},
             {"EmailMfaConfiguration", QJsonObject{{"Message", "Code {####}"}}}},
            ok, ok);
    }

    void setUserPoolMfaConfig()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, type);
        QFETCH(QString, message);
        PoolFixture fixture;
        fixture.makePool();
        request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
        const PoolResult result =
            fixture.engine->execute(QStringLiteral("SetUserPoolMfaConfig"), request);
        if (type.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.failure().message));
            return;
        }
        QVERIFY2(!result.ok(), "the configuration should be refused");
        QCOMPARE(result.failure().type, type);
        QCOMPARE(result.failure().message, message);
        // A refused configuration leaves the old one in force.
        QCOMPARE(str(fixture.ok(QStringLiteral("GetUserPoolMfaConfig"),
                                {{"UserPoolId", fixture.poolId}}),
                     "MfaConfiguration"),
                 QStringLiteral("OFF"));
    }

    void setReplacesRatherThanMerges()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.ok(QStringLiteral("SetUserPoolMfaConfig"),
                   {{"UserPoolId", fixture.poolId},
                    {"MfaConfiguration", "ON"},
                    {"SoftwareTokenMfaConfiguration", kTotpOn}});
        const QJsonObject config =
            fixture.ok(QStringLiteral("GetUserPoolMfaConfig"), {{"UserPoolId", fixture.poolId}});
        QVERIFY2(!config.contains(QStringLiteral("SmsMfaConfiguration")),
                 "SMS was left out, so it must be off");
        QVERIFY2(!config.contains(QStringLiteral("EmailMfaConfiguration")),
                 "email was left out, so it must be off");
        QCOMPARE(config.value("SoftwareTokenMfaConfiguration").toObject().value("Enabled").toBool(),
                 true);
        QCOMPARE(str(config, "MfaConfiguration"), QStringLiteral("ON"));
        // The typed value reads back what was stored.
        const auto typed = MfaConfig::fromJson(config);
        QVERIFY(typed.ok());
        QCOMPARE(typed->toJson(), config);
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("pool") << "DescribeUserPool"
                              << QJsonObject{{"UserPoolId", "local-1_missing"}}
                              << "ResourceNotFoundException"
                              << "User pool local-1_missing does not exist.";
        QTest::newRow("pool for MFA config")
            << "GetUserPoolMfaConfig" << QJsonObject{{"UserPoolId", "local-1_missing"}}
            << "ResourceNotFoundException"
            << "User pool local-1_missing does not exist.";
        QTest::newRow("user") << "AdminGetUser" << QJsonObject{{"Username", "nobody"}}
                              << "UserNotFoundException"
                              << "User does not exist.";
        QTest::newRow("client") << "InitiateAuth"
                                << QJsonObject{{"ClientId", "nosuchclient"},
                                               {"AuthFlow", "USER_PASSWORD_AUTH"}}
                                << "ResourceNotFoundException"
                                << "User pool client nosuchclient does not exist.";
        QTest::newRow("operation")
            << "GlobalSignOut" << QJsonObject{} << "UnsupportedOperationException"
            << "GlobalSignOut is not supported by this backend.";
    }

    void notFound()
    {
        QFETCH(QString, operation);
        QFETCH(QJsonObject, request);
        QFETCH(QString, type);
        QFETCH(QString, message);
        PoolFixture fixture;
        fixture.makePool();
        if (!request.contains(QStringLiteral("UserPoolId")) &&
            operation.startsWith(QLatin1String("Admin"))) {
            request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
        }
        const PoolError error = fixture.error(operation, request);
        QCOMPARE(error.type, type);
        QCOMPARE(error.message, message);
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("short") << "Ab1!"
                               << "Password did not conform with policy: Password not long enough";
        QTest::newRow("no lower")
            << "ABCDEFG1!"
            << "Password did not conform with policy: Password must have lowercase characters";
        QTest::newRow("no upper")
            << "abcdefg1!"
            << "Password did not conform with policy: Password must have uppercase characters";
        QTest::newRow("no number")
            << "Abcdefgh!"
            << "Password did not conform with policy: Password must have numeric characters";
        QTest::newRow("no symbol")
            << "Abcdefgh1"
            << "Password did not conform with policy: Password must have symbol characters";
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, message);
        PoolFixture fixture;
        fixture.makePool();
        fixture.makeUser(QStringLiteral("alice"), false);
        const PoolError error = fixture.error(
            QStringLiteral("AdminSetUserPassword"),
            {{"UserPoolId", fixture.poolId}, {"Username", "alice"}, {"Password", password}});
        QCOMPARE(error.type, QStringLiteral("InvalidPasswordException"));
        QCOMPARE(error.message, message);
    }

    void errorJsonStripsNamespace()
    {
        const PoolError error = PoolError::fromJson(
            {{"__type", "com.amazonaws.cognito#NotAuthorizedException:http://internal"},
             {"message", "No."}});
        QCOMPARE(error.type, QStringLiteral("NotAuthorizedException"));
        QCOMPARE(error.message, QStringLiteral("No."));
    }
};

QTEST_GUILESS_MAIN(TestMfaConfigValidation)
#include "tst_mfaconfigvalidation.moc"
