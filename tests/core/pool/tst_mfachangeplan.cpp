// SPDX-License-Identifier: GPL-3.0-or-later
// MfaChangePlan: which rows a change produces, what each says users will experience (with the
// counts from an enrolment summary), the notes on how the requests work, and refusing a plan
// whose edited configuration fails validation.
#include "PoolTestSupport.h"
#include "pool/MfaChangePlan.h"

#include <QTest>

using namespace tessera::pool;

namespace {

// 120 users: 37 without a factor, 12 preferring SMS of whom 5 have nothing else, 71 with TOTP.
EnrolmentSummary sampleUsers()
{
    EnrolmentSummary users;
    users.exact = true;
    users.add(UserFactors{}, 37);
    users.add(UserFactors{true, false, false, QString::fromLatin1(factors::kSms)}, 5);
    users.add(UserFactors{true, true, false, QString::fromLatin1(factors::kSms)}, 7);
    users.add(UserFactors{false, true, false, QString::fromLatin1(factors::kSoftwareToken)}, 71);
    users.poolUsers = users.counted;
    return users;
}

MfaConfig config(MfaMode mode, bool totp, bool sms, bool email = false)
{
    MfaConfig config;
    config.mode = mode;
    config.softwareTokenEnabled = totp;
    if (sms) {
        config.sms =
            SmsMfaConfig{QStringLiteral("Your code is {####}"),
                         SmsConfiguration{QStringLiteral("arn:aws:iam::123456789012:role/sns"),
                                          QStringLiteral("external"),
                                          {}}};
    }
    if (email) {
        config.email =
            EmailMfaConfig{QStringLiteral("Your code is {####}"), QStringLiteral("Code")};
    }
    return config;
}

MfaPolicy policy(const MfaConfig& mfa)
{
    MfaPolicy policy;
    policy.pool.id = QStringLiteral("local-1_test");
    policy.pool.name = QStringLiteral("test");
    policy.pool.mfaMode = mfa.mode;
    policy.mfa = mfa;
    return policy;
}

} // namespace

class TestMfaChangePlan : public QObject
{
    Q_OBJECT

private slots:
    void consequences_data()
    {
        QTest::addColumn<MfaConfig>("before");
        QTest::addColumn<MfaConfig>("after");
        QTest::addColumn<bool>("withCounts");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("beforeWords");
        QTest::addColumn<QString>("afterWords");
        QTest::addColumn<QString>("consequence");

        QTest::newRow("optional to required, TOTP on")
            << config(MfaMode::Optional, true, false) << config(MfaMode::On, true, false) << true
            << "MFA"
            << "Optional"
            << "Required"
            << "37 of 120 users have no factor and will be asked to set up an authenticator app "
               "at their next sign-in.";
        QTest::newRow("optional to required, SMS only")
            << config(MfaMode::Optional, false, true) << config(MfaMode::On, false, true) << true
            << "MFA"
            << "Optional"
            << "Required"
            << "37 of 120 users have no factor and cannot set a factor up while signing in";
        QTest::newRow("required without counts")
            << config(MfaMode::Optional, true, false) << config(MfaMode::On, true, false) << false
            << "MFA"
            << "Optional"
            << "Required"
            << "users who have no factor will be asked to set up an authenticator app";
        QTest::newRow("off to optional") << config(MfaMode::Off, false, false)
                                         << config(MfaMode::Optional, true, false) << true << "MFA"
                                         << "Off"
                                         << "Optional"
                                         << "83 of 120 users have a factor already";
        QTest::newRow("required to optional")
            << config(MfaMode::On, true, false) << config(MfaMode::Optional, true, false) << true
            << "MFA"
            << "Required"
            << "Optional"
            << "37 of 120 users have no factor and keep signing in with a password only";
        QTest::newRow("optional to off") << config(MfaMode::Optional, true, false)
                                         << config(MfaMode::Off, false, false) << true << "MFA"
                                         << "Optional"
                                         << "Off"
                                         << "Nobody is asked for a code";
        QTest::newRow("SMS off, required, TOTP on")
            << config(MfaMode::On, true, true) << config(MfaMode::On, true, false) << true
            << "SMS text messages"
            << "On"
            << "Off"
            << "12 of 120 users prefer it and will be asked to choose another factor. 5 of 120 "
               "users have no other factor and will be asked to set up an authenticator app";
        QTest::newRow("SMS off, optional")
            << config(MfaMode::Optional, true, true) << config(MfaMode::Optional, true, false)
            << true << "SMS text messages"
            << "On"
            << "Off"
            << "5 of 120 users have no other factor and will sign in with a password only.";
        QTest::newRow("SMS on costs money")
            << config(MfaMode::Optional, true, false) << config(MfaMode::Optional, true, true)
            << true << "SMS text messages"
            << "Off"
            << "On"
            << "billed by Amazon SNS";
        QTest::newRow("TOTP on is free")
            << config(MfaMode::Optional, false, true) << config(MfaMode::Optional, true, true)
            << true << "Authenticator apps (TOTP)"
            << "Off"
            << "On"
            << "nothing to pay";
    }

    void consequences()
    {
        QFETCH(MfaConfig, before);
        QFETCH(MfaConfig, after);
        QFETCH(bool, withCounts);
        QFETCH(QString, field);
        QFETCH(QString, beforeWords);
        QFETCH(QString, afterWords);
        QFETCH(QString, consequence);

        const auto plan =
            MfaChangePlan::make(policy(before), policy(after),
                                withCounts ? std::optional(sampleUsers()) : std::nullopt);
        QVERIFY2(plan.validation,
                 qPrintable(plan.validation ? QString() : plan.validation.failure().message));
        QVERIFY(plan.canApply());
        QVERIFY(plan.setsMfaConfig);
        QVERIFY(!plan.updatesPool);
        const auto row = std::find_if(plan.rows.begin(), plan.rows.end(),
                                      [&](const PlanRow& r) { return r.field == field; });
        QVERIFY2(row != plan.rows.end(), qPrintable(field));
        QCOMPARE(row->before, beforeWords);
        QCOMPARE(row->after, afterWords);
        QVERIFY2(row->consequence.contains(consequence), qPrintable(row->consequence));
    }

    void unchangedIsEmpty()
    {
        const auto plan = MfaChangePlan::make(policy(config(MfaMode::On, true, true)),
                                              policy(config(MfaMode::On, true, true)));
        QVERIFY(plan.isEmpty());
        QVERIFY(!plan.canApply());
        QVERIFY(!plan.setsMfaConfig);
        QVERIFY(!plan.updatesPool);
    }

    void notesNameTheBlockKept()
    {
        // Only TOTP is edited; the email block goes with the request all the same.
        const auto plan = MfaChangePlan::make(policy(config(MfaMode::Optional, false, false, true)),
                                              policy(config(MfaMode::Optional, true, false, true)));
        QCOMPARE(plan.rows.size(), 1);
        QVERIFY(plan.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral(
                        "SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan "
                        "sends all of it: what you did not edit (the email block) stays as it "
                        "is.")));
    }

    void sampledCountsAreSaidSo()
    {
        EnrolmentSummary users = sampleUsers();
        users.exact = false;
        users.poolUsers = 5000;
        const auto plan = MfaChangePlan::make(policy(config(MfaMode::Optional, true, false)),
                                              policy(config(MfaMode::On, true, false)), users);
        QVERIFY(plan.rows.first().consequence.startsWith(
            QStringLiteral("37 of the 120 users read so far")));
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QStringLiteral("read so far")));
    }

    void invalidEditIsRefusedWithAwsWords()
    {
        // Required with every factor off: AWS refuses it, so the plan must not be applied.
        const auto plan = MfaChangePlan::make(policy(config(MfaMode::Optional, true, false)),
                                              policy(config(MfaMode::On, false, false)));
        QVERIFY2(!plan.validation, "disabling every MFA factor fails validation");
        QVERIFY(!plan.canApply());
        QCOMPARE(plan.validation.failure().type, QStringLiteral("InvalidParameterException"));
        QVERIFY(
            plan.validation.failure().message.contains(QStringLiteral("can't disable all MFAs")));
    }

    void messagesArePreviewed()
    {
        MfaConfig after = config(MfaMode::On, false, true);
        after.sms->smsAuthenticationMessage = QStringLiteral("Acme code: {####}");
        const auto plan =
            MfaChangePlan::make(policy(config(MfaMode::On, false, true)), policy(after));
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().field, QStringLiteral("SMS message"));
        QVERIFY(plan.rows.first().consequence.contains(QStringLiteral("Acme code: 123456")));
    }

    void poolSettingsGoThroughUpdateUserPool()
    {
        MfaPolicy before = policy(config(MfaMode::On, true, false));
        before.pool.described = QJsonObject{
            {QStringLiteral("Id"), before.pool.id},
            {QStringLiteral("LambdaConfig"),
             QJsonObject{{QStringLiteral("PreSignUp"), QStringLiteral("arn:aws:lambda:x")}}}};
        MfaPolicy after = before;
        after.pool.deviceConfiguration = DeviceConfiguration{true, false};
        const auto plan = MfaChangePlan::make(before, after);
        QVERIFY(!plan.setsMfaConfig);
        QVERIFY(plan.updatesPool);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().after, QStringLiteral("Always remembered; MFA skipped on them"));
        // The request repeats what the pool has, so UpdateUserPool resets nothing.
        const QJsonObject request = plan.edited.pool.updateRequest();
        QCOMPARE(request.value(QStringLiteral("LambdaConfig"))
                     .toObject()
                     .value(QStringLiteral("PreSignUp"))
                     .toString(),
                 QStringLiteral("arn:aws:lambda:x"));
        QCOMPARE(request.value(QStringLiteral("MfaConfiguration")).toString(),
                 QStringLiteral("ON"));
        QVERIFY(request.value(QStringLiteral("DeviceConfiguration"))
                    .toObject()
                    .value(QStringLiteral("ChallengeRequiredOnNewDevice"))
                    .toBool());
        // Tessera's own block is never sent to a pool that did not describe one (AWS).
        QVERIFY(!request.contains(QStringLiteral("TesseraPolicies")));
        QVERIFY(!request.contains(QStringLiteral("Id")));
    }

    // cognito-local answers GetUserPoolMfaConfig with an SMS block for every pool; read as SMS on,
    // every plan would fail validation for want of an SNS role the pool never needed.
    void emptySmsBlockInAnAnswerIsSmsOff()
    {
        const QJsonObject answer{{QStringLiteral("MfaConfiguration"), QStringLiteral("OFF")},
                                 {QStringLiteral("SmsMfaConfiguration"), QJsonObject{}},
                                 {QStringLiteral("SoftwareTokenMfaConfiguration"),
                                  QJsonObject{{QStringLiteral("Enabled"), false}}}};
        const auto read = MfaConfig::fromResponse(answer);
        QVERIFY(read);
        QVERIFY(!read->smsEnabled());
        // A block with a role is SMS on, as AWS answers it.
        QJsonObject withRole = answer;
        withRole[QStringLiteral("SmsMfaConfiguration")] =
            QJsonObject{{QStringLiteral("SmsConfiguration"),
                         QJsonObject{{QStringLiteral("SnsCallerArn"),
                                      QStringLiteral("arn:aws:iam::123456789012:role/sns")}}}};
        QVERIFY(MfaConfig::fromResponse(withRole)->smsEnabled());
        // A request keeps its meaning: a block given is SMS asked for.
        QVERIFY(MfaConfig::fromJson(answer)->smsEnabled());
    }

    void localEngineCountsEnrolmentExactly()
    {
        test::PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.makeUser(QStringLiteral("with-totp"), true);
        fixture.makeUser(QStringLiteral("plain-1"), false);
        fixture.makeUser(QStringLiteral("plain-2"), false);
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{QStringLiteral("UserPoolId"), fixture.poolId},
                    {QStringLiteral("Username"), QStringLiteral("plain-2")},
                    {QStringLiteral("SMSMfaSettings"),
                     QJsonObject{{QStringLiteral("Enabled"), true},
                                 {QStringLiteral("PreferredMfa"), true}}}});
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{QStringLiteral("UserPoolId"), fixture.poolId},
                    {QStringLiteral("Username"), QStringLiteral("with-totp")},
                    {QStringLiteral("SoftwareTokenMfaSettings"),
                     QJsonObject{{QStringLiteral("Enabled"), true},
                                 {QStringLiteral("PreferredMfa"), true}}}});
        auto future = fixture.engine->enrolmentSummary(fixture.poolId);
        future.waitForFinished();
        const auto summary = future.result();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.failure().message));
        QVERIFY(summary->exact);
        QCOMPARE(summary->counted, 3);
        QCOMPARE(summary->withoutFactor, 1);
        QCOMPARE(summary->withSms, 1);
        QCOMPARE(summary->preferSms, 1);
        QCOMPARE(summary->onlySms, 1);
        QCOMPARE(summary->withSoftwareToken, 1);
        QCOMPARE(summary->preferSoftwareToken, 1);

        auto missing = fixture.engine->enrolmentSummary(QStringLiteral("local-1_nothere"));
        missing.waitForFinished();
        QVERIFY(!missing.result());
        QCOMPARE(missing.result().failure().type, QStringLiteral("ResourceNotFoundException"));
    }
};

QTEST_GUILESS_MAIN(TestMfaChangePlan)
#include "tst_mfachangeplan.moc"
