// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PoolTestSupport.h"

#include "pool/AuthEvent.h"
#include "pool/lab/SignInLab.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::lab;
using namespace tessera::pool::test;

namespace {

const QString kTotp = QStringLiteral("SOFTWARE_TOKEN_MFA");

otp::OtpParameters userTotp()
{
    otp::OtpSpec spec;
    auto secret = otp::base32::decode(kTotpSecret);
    spec.secret = std::move(*secret);
    spec.issuer = QStringLiteral("Tessera test");
    spec.account = QStringLiteral("alice");
    return otp::OtpParameters::create(std::move(spec)).value();
}

// The outbox as OutboxCodes reads it: (medium, text) for one user, oldest first.
OutboxCodes::Messages outboxOf(PoolFixture& fixture, const QString& username)
{
    return [&fixture, username]() -> Expected<QList<std::pair<QString, QString>>> {
        const auto messages = fixture.engine->outbox(fixture.poolId);
        if (!messages) {
            return makeError(messages.failure().message);
        }
        QList<std::pair<QString, QString>> mine;
        for (const auto& message : *messages) {
            if (message.username == username) {
                mine.append({message.medium, message.message});
            }
        }
        return mine;
    };
}

void setFactors(PoolFixture& fixture, const QString& username, const QJsonObject& settings)
{
    QJsonObject request = settings;
    request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
    request.insert(QStringLiteral("Username"), username);
    fixture.ok(QStringLiteral("AdminSetUserMFAPreference"), request);
}

// Alice's verified TOTP secret turned on and preferred.
void preferTotp(PoolFixture& fixture)
{
    setFactors(
        fixture, QStringLiteral("alice"),
        {{"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
}

LabScenario scenarioFor(const PoolFixture& fixture, const QString& username)
{
    LabScenario scenario;
    scenario.userPoolId = fixture.poolId;
    scenario.clientId = fixture.clientId;
    scenario.username = username;
    scenario.password = kPassword;
    scenario.context.ipAddress = QStringLiteral("192.0.2.10");
    return scenario;
}

// Runs a lab on the fixture's engine, on this thread.
void run(PoolFixture& fixture, SignInLab& lab)
{
    driveSync(lab, [&fixture](const LabRequest& request) {
        return fixture.engine->execute(request.operation, request.body);
    });
}

QStringList summaries(const SignInLab& lab)
{
    QStringList out;
    for (const LabStep& step : lab.steps()) {
        out.append(step.summary);
    }
    return out;
}

} // namespace

// The sign-in lab's core against the local engine with a fake clock: every challenge path, codes
// from a vault entry, the outbox or typed, replays and the attempt limit, masking and context.
class TestSignInLab : public QObject
{
    Q_OBJECT

private slots:
    void challengePaths_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("password only")
            << "OFF"
            << "" << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): authenticated"};
        QTest::newRow("SOFTWARE_TOKEN_MFA from the vault entry")
            << "ON"
            << "totp"
            << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): challenge SOFTWARE_TOKEN_MFA",
                           "RespondToAuthChallenge (SOFTWARE_TOKEN_MFA): authenticated"};
        QTest::newRow("SMS_MFA from the outbox")
            << "ON"
            << "sms"
            << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): challenge SMS_MFA",
                           "RespondToAuthChallenge (SMS_MFA): authenticated"};
        QTest::newRow("EMAIL_OTP from the outbox")
            << "ON"
            << "email"
            << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): challenge EMAIL_OTP",
                           "RespondToAuthChallenge (EMAIL_OTP): authenticated"};
        QTest::newRow("SELECT_MFA_TYPE, email chosen")
            << "ON"
            << "choose"
            << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): challenge SELECT_MFA_TYPE",
                           "RespondToAuthChallenge (SELECT_MFA_TYPE): challenge EMAIL_OTP",
                           "RespondToAuthChallenge (EMAIL_OTP): authenticated"};
        QTest::newRow("NEW_PASSWORD_REQUIRED answered")
            << "OFF"
            << "temporary"
            << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): challenge NEW_PASSWORD_REQUIRED",
                           "RespondToAuthChallenge (NEW_PASSWORD_REQUIRED): authenticated"};
        QTest::newRow("MFA_SETUP through the enrolment bridge")
            << "ON"
            << "setup"
            << QStringList{"InitiateAuth (USER_PASSWORD_AUTH): challenge MFA_SETUP",
                           "AssociateSoftwareToken: answered", "VerifySoftwareToken: answered",
                           "RespondToAuthChallenge (MFA_SETUP): authenticated"};
        QTest::newRow("USER_SRP_AUTH then TOTP")
            << "ON"
            << "srp"
            << QStringList{"InitiateAuth (USER_SRP_AUTH): challenge PASSWORD_VERIFIER",
                           "RespondToAuthChallenge (PASSWORD_VERIFIER): challenge "
                           "SOFTWARE_TOKEN_MFA",
                           "RespondToAuthChallenge (SOFTWARE_TOKEN_MFA): authenticated"};
    }

    void challengePaths()
    {
        QFETCH(QString, mode);
        QFETCH(QString, setup);
        QFETCH(QStringList, steps);
        PoolFixture fixture;
        fixture.makePool(mode);
        fixture.makeUser(QStringLiteral("alice"),
                         setup == QLatin1String("totp") || setup == QLatin1String("srp"));
        LabScenario scenario = scenarioFor(fixture, QStringLiteral("alice"));
        if (setup == QLatin1String("totp") || setup == QLatin1String("srp")) {
            preferTotp(fixture);
        } else if (setup == QLatin1String("sms")) {
            setFactors(fixture, "alice", {{"SMSMfaSettings", QJsonObject{{"Enabled", true}}}});
        } else if (setup == QLatin1String("email")) {
            setFactors(fixture, "alice", {{"EmailMfaSettings", QJsonObject{{"Enabled", true}}}});
        } else if (setup == QLatin1String("choose")) {
            setFactors(fixture, "alice",
                       {{"SMSMfaSettings", QJsonObject{{"Enabled", true}}},
                        {"EmailMfaSettings", QJsonObject{{"Enabled", true}}}});
            scenario.preferredFactor = QStringLiteral("EMAIL_OTP");
        } else if (setup == QLatin1String("temporary")) {
            fixture.ok(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", fixture.poolId},
                                                                {"Username", "alice"},
                                                                {"Password", kPassword},
                                                                {"Permanent", false}});
            scenario.newPassword = QStringLiteral("Battery-staple-2");
        }
        if (setup == QLatin1String("srp")) {
            scenario.authFlow = QStringLiteral("USER_SRP_AUTH");
            scenario.clientId = fixture
                                    .ok(QStringLiteral("CreateUserPoolClient"),
                                        {{"UserPoolId", fixture.poolId},
                                         {"ClientName", "srp"},
                                         {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_SRP_AUTH"}}})
                                    .value("UserPoolClient")
                                    .toObject()
                                    .value("ClientId")
                                    .toString();
        }
        ChainedCodes codes;
        codes.append(std::make_shared<TotpCodes>(userTotp(), QStringLiteral("Tessera test:alice"),
                                                 [&fixture] { return fixture.now; }));
        codes.append(std::make_shared<OutboxCodes>(outboxOf(fixture, QStringLiteral("alice"))));
        SignInLab lab(scenario, codes, [&fixture] { return fixture.now; });
        run(fixture, lab);
        QVERIFY2(lab.outcome().end == LabOutcome::End::Authenticated,
                 qPrintable(lab.outcome().message));
        QCOMPARE(summaries(lab), steps);
        QCOMPARE(lab.outcome().idClaims.value("cognito:username").toString(),
                 QStringLiteral("alice"));
        QCOMPARE(lab.outcome().accessTokenLifetime, qint64(lab.outcome().expiresIn));
        QVERIFY2(lab.outcome().idTokenLifetime > 0, "the ID token's lifetime is read from it");
        if (setup == QLatin1String("setup")) {
            QVERIFY2(lab.enrolled(), "MFA_SETUP leaves the secret for the vault");
            QCOMPARE(lab.enrolled()->account(), QStringLiteral("alice"));
        }
        if (setup == QLatin1String("totp")) {
            QCOMPARE(lab.steps().last().codeSource,
                     QStringLiteral("vault entry Tessera test:alice"));
        }
        if (setup == QLatin1String("sms") || setup == QLatin1String("email")) {
            QCOMPARE(lab.steps().last().codeSource, QStringLiteral("outbox"));
        }
    }

    void stops_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("adviceMentions");
        QTest::newRow("wrong password") << "wrong-password"
                                        << "NotAuthorizedException"
                                        << "AdminSetUserPassword";
        QTest::newRow("temporary password, none given") << "temporary"
                                                        << "Lab"
                                                        << "new password";
        QTest::newRow("blocked by the risk configuration") << "blocked"
                                                           << "NotAuthorizedException"
                                                           << "decision trace";
        QTest::newRow("flow not allowed on the client") << "srp-not-allowed"
                                                        << "InvalidParameterException"
                                                        << "ExplicitAuthFlows";
        QTest::newRow("no code to give") << "no-code"
                                         << "Lab"
                                         << "vault entry";
    }

    void stops()
    {
        QFETCH(QString, setup);
        QFETCH(QString, errorType);
        QFETCH(QString, adviceMentions);
        PoolFixture fixture;
        fixture.makePool(setup == QLatin1String("no-code") ? QStringLiteral("ON")
                                                           : QStringLiteral("OFF"));
        fixture.makeUser(QStringLiteral("alice"), setup == QLatin1String("no-code"));
        LabScenario scenario = scenarioFor(fixture, QStringLiteral("alice"));
        if (setup == QLatin1String("wrong-password")) {
            scenario.password = QStringLiteral("Wrong-horse-1");
        } else if (setup == QLatin1String("temporary")) {
            fixture.ok(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", fixture.poolId},
                                                                {"Username", "alice"},
                                                                {"Password", kPassword},
                                                                {"Permanent", false}});
        } else if (setup == QLatin1String("blocked")) {
            RiskConfig risk;
            risk.userPoolId = fixture.poolId;
            risk.blockedIpRangeList = {QStringLiteral("192.0.2.0/24")};
            fixture.ok(QStringLiteral("SetRiskConfiguration"), risk.toJson());
        } else if (setup == QLatin1String("srp-not-allowed")) {
            scenario.authFlow = QStringLiteral("USER_SRP_AUTH");
        } else if (setup == QLatin1String("no-code")) {
            preferTotp(fixture);
        }
        TypedCodes none;
        SignInLab lab(scenario, none, [&fixture] { return fixture.now; });
        run(fixture, lab);
        QCOMPARE(lab.outcome().end, LabOutcome::End::Stopped);
        QCOMPARE(lab.outcome().errorType, errorType);
        QVERIFY2(!lab.outcome().message.isEmpty(), "the service's (or lab's) message is kept");
        QVERIFY2(lab.outcome().advice.contains(adviceMentions), qPrintable(lab.outcome().advice));
        QVERIFY(!lab.tokens());
    }

    // A TOTP code Cognito took once is refused the second time, in the same 30 s step.
    void replayedCodeRefused()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"));
        preferTotp(fixture);
        const QString code = fixture.totpCode(fixture.now);
        TypedCodes first({code});
        SignInLab once(scenarioFor(fixture, "alice"), first, [&fixture] { return fixture.now; });
        run(fixture, once);
        QCOMPARE(once.outcome().end, LabOutcome::End::Authenticated);
        fixture.now += 5;
        TypedCodes again({code});
        SignInLab replay(scenarioFor(fixture, "alice"), again, [&fixture] { return fixture.now; });
        run(fixture, replay);
        QCOMPARE(replay.outcome().end, LabOutcome::End::Stopped);
        const LabStep& refused = replay.steps().last();
        QCOMPARE(refused.answer.value("__type").toString(), QStringLiteral("ExpiredCodeException"));
        QCOMPARE(refused.answer.value("message").toString(),
                 QStringLiteral("Your software token has already been used once."));
        QCOMPARE(refused.codeSource, QStringLiteral("typed"));
    }

    // Five wrong codes, then the sixth answer ends the sign-in whatever the code.
    void fiveWrongCodesEndTheSignIn()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"));
        preferTotp(fixture);
        TypedCodes wrong(
            {"000000", "000001", "000002", "000003", "000004", fixture.totpCode(fixture.now)});
        SignInLab lab(scenarioFor(fixture, "alice"), wrong, [&fixture] { return fixture.now; });
        run(fixture, lab);
        QCOMPARE(lab.outcome().end, LabOutcome::End::Stopped);
        QCOMPARE(lab.outcome().errorType, QStringLiteral("TooManyFailedAttemptsException"));
        QVERIFY(lab.outcome().advice.contains("Five wrong codes"));
        int mismatches = 0;
        for (const LabStep& step : lab.steps()) {
            mismatches +=
                step.answer.value("__type").toString() == QLatin1String("CodeMismatchException");
        }
        QCOMPARE(mismatches, 5);
        QCOMPARE(lab.steps().size(), 7); // InitiateAuth, five wrong codes, the right one refused
    }

    void secretsMasked()
    {
        PoolFixture fixture;
        fixture.makePool();
        fixture.makeUser(QStringLiteral("alice"), false);
        TypedCodes none;
        SignInLab lab(scenarioFor(fixture, "alice"), none, [&fixture] { return fixture.now; });
        run(fixture, lab);
        QCOMPARE(lab.outcome().end, LabOutcome::End::Authenticated);
        const LabStep& step = lab.steps().first();
        QCOMPARE(step.request["AuthParameters"]["PASSWORD"].toString(), QStringLiteral("********"));
        const QString shown = step.answer["AuthenticationResult"]["AccessToken"].toString();
        QVERIFY2(shown.endsWith("characters)"), qPrintable(shown));
        QVERIFY2(!shown.contains(lab.tokens()->accessToken), "the token is not shown whole");
        QVERIFY2(shown.size() < 40, "only its start and length");
    }

    // The context reaches the engine: its address and device are in the auth event, and a
    // device remembered by the first run skips MFA in the second.
    void contextAndRememberedDevice()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.ok(QStringLiteral("UpdateUserPool"),
                   {{"UserPoolId", fixture.poolId},
                    {"TesseraPolicies", QJsonObject{{"RememberDeviceDays", 30}}}});
        fixture.makeUser(QStringLiteral("alice"));
        preferTotp(fixture);
        LabScenario scenario = scenarioFor(fixture, "alice");
        scenario.context.ipAddress = QStringLiteral("198.51.100.23");
        scenario.context.newDeviceName = QStringLiteral("lab-laptop");
        scenario.context.userAgent = QStringLiteral("TesseraLab/1.0");
        TotpCodes codes(userTotp(), QStringLiteral("alice"), [&fixture] { return fixture.now; });
        SignInLab first(scenario, codes, [&fixture] { return fixture.now; });
        run(fixture, first);
        QCOMPARE(first.outcome().end, LabOutcome::End::Authenticated);
        const AuthEvent event =
            AuthEvent::fromJson(fixture
                                    .ok(QStringLiteral("AdminListUserAuthEvents"),
                                        {{"UserPoolId", fixture.poolId}, {"Username", "alice"}})
                                    .value("AuthEvents")
                                    .toArray()
                                    .first()
                                    .toObject());
        QCOMPARE(event.ipAddress, QStringLiteral("198.51.100.23"));
        QCOMPARE(event.deviceName, QStringLiteral("lab-laptop"));
        QVERIFY2(!first.outcome().newDeviceKey.isEmpty(), "the pool remembers devices");

        fixture.now += 60;
        scenario.context.newDeviceName.clear();
        scenario.context.rememberedDeviceKey = first.outcome().newDeviceKey;
        SignInLab second(scenario, codes, [&fixture] { return fixture.now; });
        run(fixture, second);
        QCOMPARE(second.outcome().end, LabOutcome::End::Authenticated);
        QCOMPARE(summaries(second),
                 QStringList{"InitiateAuth (USER_PASSWORD_AUTH): authenticated"});
    }

    // The console's way: each request through the backend's asynchronous call, each answer on
    // this thread.
    void drivenAsynchronously()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"));
        preferTotp(fixture);
        TotpCodes codes(userTotp(), QStringLiteral("alice"), [&fixture] { return fixture.now; });
        SignInLab lab(scenarioFor(fixture, "alice"), codes, [&fixture] { return fixture.now; });
        QObject context;
        bool done = false;
        driveAsync(lab, *fixture.engine, &context, [&done] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(lab.outcome().end, LabOutcome::End::Authenticated);
        QCOMPARE(lab.steps().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSignInLab)
#include "tst_signinlab.moc"
