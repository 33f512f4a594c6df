// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

#include "pool/AuthEvent.h"
#include "pool/local/RiskEngine.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::local;
using namespace tessera::pool::test;

Q_DECLARE_METATYPE(tessera::pool::local::RiskSignals)

namespace {

// "risk.newDevice(phone)", "risk.score(2|Medium)": a step's code and arguments in one string,
// so a row states the whole trace it expects.
QStringList describe(const QList<TraceStep>& steps)
{
    QStringList out;
    for (const TraceStep& step : steps) {
        out.append(step.arguments.isEmpty()
                       ? step.name()
                       : step.name() + QLatin1Char('(') + step.arguments.join(QLatin1Char('|')) +
                             QLatin1Char(')'));
    }
    return out;
}

RiskConfig escalating()
{
    RiskConfig config;
    config.mediumAction = RiskAction::MfaIfConfigured;
    config.highAction = RiskAction::Block;
    config.blockedIpRangeList = {QStringLiteral("203.0.113.0/24"),
                                 QStringLiteral("2001:db8:bad::/48")};
    config.skippedIpRangeList = {QStringLiteral("10.0.0.0/8")};
    return config;
}

RiskSignals known()
{
    RiskSignals input;
    input.ipAddress = QStringLiteral("192.0.2.10");
    input.device = QStringLiteral("laptop");
    input.hasHistory = true;
    input.knownDevices = {QStringLiteral("laptop")};
    input.knownIpAddresses = {QStringLiteral("192.0.2.99")};
    return input;
}

// The decision trace of the user's newest sign-in, as AdminListUserAuthEvents gives it back.
SignInTrace latestTrace(PoolFixture& fixture, const QString& username)
{
    const QJsonArray events = fixture
                                  .ok(QStringLiteral("AdminListUserAuthEvents"),
                                      {{"UserPoolId", fixture.poolId}, {"Username", username}})
                                  .value("AuthEvents")
                                  .toArray();
    return events.isEmpty() ? SignInTrace{} : AuthEvent::fromJson(events.first().toObject()).trace;
}

void setRisk(PoolFixture& fixture, const RiskConfig& config)
{
    QJsonObject request = config.toJson();
    request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
    fixture.ok(QStringLiteral("SetRiskConfiguration"), request);
}

} // namespace

// The decision trace: every risk rule's step from the risk engine alone, and whole sign-ins
// whose traces say why MFA was or was not asked.
class TestSignInTrace : public QObject
{
    Q_OBJECT

private slots:
    void riskRules_data()
    {
        QTest::addColumn<RiskSignals>("input");
        QTest::addColumn<QStringList>("steps");
        RiskSignals input = known();
        QTest::newRow("known device and network")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.knownNetwork(192.0.2.0/24)",
                           "risk.score(0|Low)", "risk.action(Low|NO_ACTION)"};
        input.device = QStringLiteral("phone");
        QTest::newRow("new device")
            << input
            << QStringList{"risk.newDevice(phone)", "risk.knownNetwork(192.0.2.0/24)",
                           "risk.score(1|Low)", "risk.action(Low|NO_ACTION)"};
        input = known();
        input.ipAddress = QStringLiteral("198.51.100.7");
        QTest::newRow("new network")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.newNetwork(198.51.100.0/24)",
                           "risk.score(1|Low)", "risk.action(Low|NO_ACTION)"};
        input.device = QStringLiteral("phone");
        QTest::newRow("new device and network")
            << input
            << QStringList{"risk.newDevice(phone)", "risk.newNetwork(198.51.100.0/24)",
                           "risk.score(2|Medium)", "risk.action(Medium|MFA_IF_CONFIGURED)"};
        input = known();
        input.ipAddress = QStringLiteral("2001:db8:1:2::5");
        input.knownIpAddresses = {QStringLiteral("2001:db8:1:ffff::1")};
        QTest::newRow("IPv6 known /48")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.knownNetwork(2001:db8:1::/48)",
                           "risk.score(0|Low)", "risk.action(Low|NO_ACTION)"};
        input = known();
        input.device.clear();
        QTest::newRow("no device named")
            << input
            << QStringList{"risk.noDevice", "risk.knownNetwork(192.0.2.0/24)", "risk.score(0|Low)",
                           "risk.action(Low|NO_ACTION)"};
        input = known();
        input.recentFailures = RiskEngine::kVelocityFailures;
        QTest::newRow("failure velocity")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.knownNetwork(192.0.2.0/24)",
                           "risk.failureVelocity(3|1)", "risk.score(1|Low)",
                           "risk.action(Low|NO_ACTION)"};
        input.recentFailures = RiskEngine::kHighVelocityFailures;
        QTest::newRow("high failure velocity")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.knownNetwork(192.0.2.0/24)",
                           "risk.failureVelocity(10|2)", "risk.score(2|Medium)",
                           "risk.action(Medium|MFA_IF_CONFIGURED)"};
        input.recentFailures = RiskEngine::kVelocityFailures - 1;
        QTest::newRow("failures below the threshold")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.knownNetwork(192.0.2.0/24)",
                           "risk.score(0|Low)", "risk.action(Low|NO_ACTION)"};
        input = known();
        input.recentRequestsFromIp = RiskEngine::kBotRequestsPerMinute;
        QTest::newRow("request rate")
            << input
            << QStringList{"risk.knownDevice(laptop)", "risk.knownNetwork(192.0.2.0/24)",
                           "risk.requestRate(20|192.0.2.10)", "risk.score(3|High)",
                           "risk.action(High|BLOCK)"};
        input = known();
        input.ipAddress = QStringLiteral("203.0.113.5");
        QTest::newRow("blocked IPv4 range")
            << input << QStringList{"risk.ipBlocked(203.0.113.5|203.0.113.0/24)"};
        input.ipAddress = QStringLiteral("2001:db8:bad:1::9");
        QTest::newRow("blocked IPv6 range")
            << input << QStringList{"risk.ipBlocked(2001:db8:bad:1::9|2001:db8:bad::/48)"};
        input.ipAddress = QStringLiteral("10.1.2.3");
        input.recentRequestsFromIp = 100;
        QTest::newRow("allowed range skips checks")
            << input << QStringList{"risk.ipSkipped(10.1.2.3|10.0.0.0/8)"};
        input = RiskSignals{};
        input.ipAddress = QStringLiteral("198.51.100.7");
        QTest::newRow("first sign-in")
            << input
            << QStringList{"risk.firstSignIn", "risk.score(0|Low)", "risk.action(Low|NO_ACTION)"};
    }

    void riskRules()
    {
        QFETCH(RiskSignals, input);
        QFETCH(QStringList, steps);
        const RiskAssessment result = RiskEngine::assess(input, escalating());
        QCOMPARE(describe(result.steps), steps);
    }

    void sentences_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("text");
        QTest::newRow("new device") << int(TraceCode::NewDevice) << QStringList{"laptop-7"}
                                    << "New device: 'laptop-7' has not signed in as this user "
                                       "before (+1 point).";
        QTest::newRow("argument holding %2 stays as it is")
            << int(TraceCode::IpBlocked) << QStringList{"%2", "203.0.113.0/24"}
            << "The address %2 is in the blocked range 203.0.113.0/24: the sign-in is refused "
               "before any other check.";
        QTest::newRow("plural count and argument")
            << int(TraceCode::RequestRate) << QStringList{"25", "192.0.2.1"}
            << "25 sign-in attempts from 192.0.2.1 in the last minute look automated (+3 points).";
        QTest::newRow("score") << int(TraceCode::RiskScore) << QStringList{"2", "Medium"}
                               << "Risk score 2: level Medium (0-1 Low, 2 Medium, 3 or more High).";
    }

    void sentences()
    {
        QFETCH(int, code);
        QFETCH(QStringList, arguments);
        QFETCH(QString, text);
        QCOMPARE((TraceStep{TraceCode(code), arguments}.text()), text);
    }

    void jsonRoundTrip()
    {
        SignInTrace trace;
        trace.add(TraceCode::NewNetwork, {QStringLiteral("198.51.100.0/24")});
        trace.add(TraceCode::MfaAsked);
        QJsonArray json = trace.toJson();
        QCOMPARE(json.first().toObject().value("Code").toString(),
                 QStringLiteral("risk.newNetwork"));
        json.append(QJsonObject{{"Code", "from.a.newer.build"}});
        QCOMPARE(SignInTrace::fromJson(json), trace);
    }

    // Whole sign-ins: the password, what MFA rests on, each answer and the end.
    void signIns_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("steps");
        const QStringList first{"risk.firstSignIn", "risk.score(0|Low)",
                                "risk.action(Low|NO_ACTION)"};
        QTest::newRow("pool MFA off")
            << "OFF"
            << ""
            << first + QStringList{"auth.passwordAccepted", "mfa.poolMode(OFF)",
                                   "mfa.userNoFactors", "mfa.notAsked", "end.authenticated"};
        QTest::newRow("optional, TOTP preferred, right code")
            << "OPTIONAL"
            << "totp"
            << first + QStringList{"auth.passwordAccepted",
                                   "mfa.poolMode(OPTIONAL)",
                                   "mfa.userFactors(SOFTWARE_TOKEN_MFA)",
                                   "mfa.preferred(SOFTWARE_TOKEN_MFA)",
                                   "mfa.asked",
                                   "mfa.factorChosen(SOFTWARE_TOKEN_MFA)",
                                   "mfa.codeAccepted(SOFTWARE_TOKEN_MFA)",
                                   "end.authenticated"};
        QTest::newRow("wrong code, then right")
            << "OPTIONAL"
            << "totp-wrong-first"
            << first + QStringList{"auth.passwordAccepted",
                                   "mfa.poolMode(OPTIONAL)",
                                   "mfa.userFactors(SOFTWARE_TOKEN_MFA)",
                                   "mfa.preferred(SOFTWARE_TOKEN_MFA)",
                                   "mfa.asked",
                                   "mfa.factorChosen(SOFTWARE_TOKEN_MFA)",
                                   "mfa.codeRefused(SOFTWARE_TOKEN_MFA|Invalid code received "
                                   "for user)",
                                   "mfa.codeAccepted(SOFTWARE_TOKEN_MFA)",
                                   "end.authenticated"};
        QTest::newRow("on, no factor: MFA_SETUP")
            << "ON"
            << "none"
            << first + QStringList{"auth.passwordAccepted", "mfa.poolMode(ON)", "mfa.userNoFactors",
                                   "mfa.asked",
                                   "mfa.setupRequired(SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP)"};
        QTest::newRow("on, two factors, none preferred: SELECT_MFA_TYPE")
            << "ON"
            << "sms+email" << first + QStringList{"auth.passwordAccepted",
                                                  "mfa.poolMode(ON)",
                                                  "mfa.userFactors(SMS_MFA, EMAIL_OTP)",
                                                  "mfa.noPreference",
                                                  "mfa.asked",
                                                  "mfa.userChooses(SMS_MFA, EMAIL_OTP)"};
        QTest::newRow("wrong password")
            << "OFF"
            << "wrong-password"
            << first + QStringList{"auth.passwordRefused(Incorrect username or password.)",
                                   "end.stopped(NotAuthorizedException|Incorrect username or "
                                   "password.)"};
        QTest::newRow("risk MFA_REQUIRED, no factor")
            << "OFF"
            << "risk-required"
            << QStringList{"risk.firstSignIn",
                           "risk.score(0|Low)",
                           "risk.action(Low|MFA_REQUIRED)",
                           "auth.passwordAccepted",
                           "mfa.poolMode(OFF)",
                           "mfa.userNoFactors",
                           "mfa.riskNoFactor(MFA_REQUIRED)",
                           "end.stopped(NotAuthorizedException|Unable to login because of "
                           "security reasons.)"};
        QTest::newRow("risk MFA_IF_CONFIGURED, optional pool")
            << "OPTIONAL"
            << "risk-if-configured"
            << QStringList{"risk.firstSignIn",
                           "risk.score(0|Low)",
                           "risk.action(Low|MFA_IF_CONFIGURED)",
                           "auth.passwordAccepted",
                           "mfa.poolMode(OPTIONAL)",
                           "mfa.userFactors(SOFTWARE_TOKEN_MFA)",
                           "mfa.preferred(SOFTWARE_TOKEN_MFA)",
                           "mfa.riskAsks(MFA_IF_CONFIGURED)",
                           "mfa.asked",
                           "mfa.factorChosen(SOFTWARE_TOKEN_MFA)",
                           "mfa.codeAccepted(SOFTWARE_TOKEN_MFA)",
                           "end.authenticated"};
        QTest::newRow("blocked range")
            << "OFF"
            << "blocked"
            << QStringList{"risk.ipBlocked(203.0.113.9|203.0.113.0/24)", "risk.blocked",
                           "end.stopped(NotAuthorizedException|Unable to login because of "
                           "security reasons.)"};
    }

    void signIns()
    {
        QFETCH(QString, mode);
        QFETCH(QString, setup);
        QFETCH(QStringList, steps);
        PoolFixture fixture;
        fixture.makePool(mode);
        const QString user = QStringLiteral("alice");
        fixture.makeUser(user, setup.startsWith(QLatin1String("totp")) ||
                                   setup == QLatin1String("risk-if-configured"));
        if (setup.startsWith(QLatin1String("totp")) ||
            setup == QLatin1String("risk-if-configured")) {
            fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                       {{"UserPoolId", fixture.poolId},
                        {"Username", user},
                        {"SoftwareTokenMfaSettings",
                         QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        }
        if (setup == QLatin1String("sms+email")) {
            fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                       {{"UserPoolId", fixture.poolId},
                        {"Username", user},
                        {"SMSMfaSettings", QJsonObject{{"Enabled", true}}},
                        {"EmailMfaSettings", QJsonObject{{"Enabled", true}}}});
        }
        RiskConfig risk = escalating();
        if (setup == QLatin1String("risk-required")) {
            risk.lowAction = RiskAction::MfaRequired;
        } else if (setup == QLatin1String("risk-if-configured")) {
            risk.lowAction = RiskAction::MfaIfConfigured;
        }
        setRisk(fixture, risk);
        if (setup == QLatin1String("blocked")) {
            fixture.ipAddress = QStringLiteral("203.0.113.9");
        }
        QJsonObject answer = fixture.signIn(user, setup == QLatin1String("wrong-password")
                                                      ? QStringLiteral("Wrong-horse-1")
                                                      : kPassword);
        if (str(answer, "ChallengeName") == QLatin1String("SOFTWARE_TOKEN_MFA")) {
            if (setup == QLatin1String("totp-wrong-first")) {
                const QJsonObject wrong =
                    fixture.respond(answer, user, {{"SOFTWARE_TOKEN_MFA_CODE", "000000"}});
                QCOMPARE(str(wrong, "__type"), QStringLiteral("CodeMismatchException"));
            }
            answer = fixture.respond(answer, user,
                                     {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now)}});
            QVERIFY2(answer.contains("AuthenticationResult"), "the right TOTP code signs in");
        }
        QCOMPARE(describe(latestTrace(fixture, user).steps()), steps);
    }

    // A remembered device skips MFA, and the trace says so.
    void rememberedDevice()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("ON"));
        fixture.makeUser(QStringLiteral("alice"));
        fixture.ok(
            QStringLiteral("AdminSetUserMFAPreference"),
            {{"UserPoolId", fixture.poolId},
             {"Username", "alice"},
             {"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        fixture.ok(QStringLiteral("UpdateUserPool"),
                   {{"UserPoolId", fixture.poolId},
                    {"TesseraPolicies", QJsonObject{{"RememberDeviceDays", 30}}}});
        const QJsonObject first =
            fixture.respond(fixture.signIn("alice"), "alice",
                            {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now)}});
        const QString deviceKey = first.value("AuthenticationResult")
                                      .toObject()
                                      .value("NewDeviceMetadata")
                                      .toObject()
                                      .value("DeviceKey")
                                      .toString();
        QVERIFY2(!deviceKey.isEmpty(), "the pool remembers devices, so a device key comes back");
        fixture.now += 60;
        const QJsonObject second = fixture.signIn("alice", kPassword, {{"DEVICE_KEY", deviceKey}});
        QVERIFY2(second.contains("AuthenticationResult"), "a remembered device skips MFA");
        const SignInTrace trace = latestTrace(fixture, QStringLiteral("alice"));
        QVERIFY2(trace.find(TraceCode::RememberedDevice), "the trace names the remembered device");
        QVERIFY(trace.find(TraceCode::MfaNotAsked));
    }

    void tracingOff()
    {
        PoolFixture fixture;
        fixture.engine->services().traceSignIns = false;
        fixture.makePool();
        fixture.makeUser(QStringLiteral("alice"), false);
        QVERIFY(fixture.signIn("alice").contains("AuthenticationResult"));
        QVERIFY2(latestTrace(fixture, QStringLiteral("alice")).isEmpty(),
                 "with tracing off the event keeps no trace");
    }
};

QTEST_GUILESS_MAIN(TestSignInTrace)
#include "tst_signintrace.moc"
