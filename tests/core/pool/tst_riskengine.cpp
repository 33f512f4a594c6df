// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

#include "pool/local/RiskEngine.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::local;
using namespace tessera::pool::test;

Q_DECLARE_METATYPE(tessera::pool::local::RiskSignals)

// The risk engine's levels, actions and reasons, alone and inside a sign-in.
class TestRiskEngine : public QObject
{
    Q_OBJECT

    static RiskConfig escalating()
    {
        RiskConfig config;
        config.lowAction = RiskAction::NoAction;
        config.mediumAction = RiskAction::MfaIfConfigured;
        config.highAction = RiskAction::Block;
        config.blockedIpRangeList = {QStringLiteral("203.0.113.0/24")};
        config.skippedIpRangeList = {QStringLiteral("10.0.0.0/8")};
        return config;
    }

    static RiskSignals known()
    {
        RiskSignals input;
        input.ipAddress = QStringLiteral("192.0.2.10");
        input.device = QStringLiteral("laptop");
        input.hasHistory = true;
        input.knownDevices = {QStringLiteral("laptop")};
        input.knownIpAddresses = {QStringLiteral("192.0.2.99")};
        return input;
    }

private slots:
    void assess_data()
    {
        QTest::addColumn<RiskSignals>("input");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("reasons");
        RiskSignals input = known();
        QTest::newRow("known device and network") << input << "Low"
                                                  << "NO_ACTION" << QStringList{};
        input = known();
        input.device = QStringLiteral("phone");
        QTest::newRow("new device") << input << "Low"
                                    << "NO_ACTION" << QStringList{"new device"};
        input.ipAddress = QStringLiteral("198.51.100.7");
        QTest::newRow("new device and network")
            << input << "Medium"
            << "MFA_IF_CONFIGURED" << QStringList{"new device", "new network 198.51.100.0/24"};
        input = known();
        input.recentFailures = 4;
        QTest::newRow("failure velocity")
            << input << "Low"
            << "NO_ACTION" << QStringList{"4 failed sign-ins in the last 15 minutes"};
        input.recentFailures = 12;
        QTest::newRow("high failure velocity")
            << input << "Medium"
            << "MFA_IF_CONFIGURED" << QStringList{"12 failed sign-ins in the last 15 minutes"};
        input = known();
        input.recentRequestsFromIp = 25;
        QTest::newRow("bot-like rate")
            << input << "High"
            << "BLOCK"
            << QStringList{"bot-like rate: 25 sign-in attempts from 192.0.2.10 in a minute"};
        input = known();
        input.ipAddress = QStringLiteral("203.0.113.5");
        QTest::newRow("blocked range")
            << input << "High"
            << "BLOCK"
            << QStringList{"IP address 203.0.113.5 is in the blocked range 203.0.113.0/24"};
        input.ipAddress = QStringLiteral("10.1.2.3");
        input.recentRequestsFromIp = 100;
        QTest::newRow("allowed range skips checks")
            << input << "Low"
            << "NO_ACTION"
            << QStringList{
                   "IP address 10.1.2.3 is in the allowed range 10.0.0.0/8; risk checks skipped"};
        input = RiskSignals{};
        input.ipAddress = QStringLiteral("198.51.100.7");
        QTest::newRow("first sign-in")
            << input << "Low"
            << "NO_ACTION" << QStringList{"first sign-in: no history to compare with"};
    }

    void assess()
    {
        QFETCH(RiskSignals, input);
        QFETCH(QString, level);
        QFETCH(QString, action);
        QFETCH(QStringList, reasons);
        const RiskAssessment result = RiskEngine::assess(input, escalating());
        QCOMPARE(riskLevelName(result.level), level);
        QCOMPARE(riskActionName(result.action), action);
        QCOMPARE(result.reasons, reasons);
    }

    void networkOf()
    {
        QCOMPARE(RiskEngine::networkOf(QStringLiteral("192.0.2.77")),
                 QStringLiteral("192.0.2.0/24"));
        QCOMPARE(RiskEngine::networkOf(QStringLiteral("2001:db8:1:2::5")),
                 QStringLiteral("2001:db8:1::/48"));
        QCOMPARE(RiskEngine::networkOf(QStringLiteral("not an address")), QString());
    }

    // In a sign-in: a new network and device lead to MFA when configured, a blocked range to
    // NotAuthorizedException, and every attempt leaves an event with the decision and why.
    void decisionsInSignIn()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.makeUser(QStringLiteral("alice"));
        fixture.ok(
            QStringLiteral("AdminSetUserMFAPreference"),
            {{"UserPoolId", fixture.poolId},
             {"Username", "alice"},
             {"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        QJsonObject config = escalating().toJson();
        config.insert(QStringLiteral("UserPoolId"), fixture.poolId);
        QVERIFY(fixture.ok(QStringLiteral("SetRiskConfiguration"), config)
                    .contains("RiskConfiguration"));
        QCOMPARE(
            fixture
                .ok(QStringLiteral("DescribeRiskConfiguration"), {{"UserPoolId", fixture.poolId}})
                .value("RiskConfiguration")
                .toObject()
                .value("AccountTakeoverRiskConfiguration")
                .toObject()
                .value("Actions")
                .toObject()
                .value("HighAction")
                .toObject()
                .value("EventAction")
                .toString(),
            QStringLiteral("BLOCK"));
        // OPTIONAL with TOTP preferred: the first sign-in is challenged anyway; answer it.
        QVERIFY(fixture
                    .respond(fixture.signIn("alice"), "alice",
                             {{"SOFTWARE_TOKEN_MFA_CODE", fixture.totpCode(fixture.now)}})
                    .contains("AuthenticationResult"));
        fixture.now += 60;
        fixture.ipAddress = QStringLiteral("203.0.113.9");
        const QJsonObject blocked = fixture.signIn("alice");
        QCOMPARE(str(blocked, "message"),
                 QStringLiteral("Unable to login because of security reasons."));
        const QJsonArray events = fixture
                                      .ok(QStringLiteral("AdminListUserAuthEvents"),
                                          {{"UserPoolId", fixture.poolId}, {"Username", "alice"}})
                                      .value("AuthEvents")
                                      .toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject latest = events.first().toObject();
        QCOMPARE(str(latest, "EventResponse"), QStringLiteral("Fail"));
        const QJsonObject risk = latest.value("EventRisk").toObject();
        QCOMPARE(str(risk, "RiskDecision"), QStringLiteral("Block"));
        QCOMPARE(str(risk, "RiskLevel"), QStringLiteral("High"));
        QCOMPARE(risk.value("Reasons").toArray().first().toString(),
                 QStringLiteral("IP address 203.0.113.9 is in the blocked range 203.0.113.0/24"));
        QCOMPARE(str(events.last().toObject().value("EventContextData").toObject(), "IpAddress"),
                 QStringLiteral("192.0.2.10"));
    }

    void mfaRequiredWithoutFactorBlocks()
    {
        PoolFixture fixture;
        fixture.makePool();
        fixture.makeUser(QStringLiteral("bob"), false);
        RiskConfig config;
        config.lowAction = config.mediumAction = config.highAction = RiskAction::MfaRequired;
        QJsonObject request = config.toJson();
        request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
        fixture.ok(QStringLiteral("SetRiskConfiguration"), request);
        QCOMPARE(str(fixture.signIn("bob"), "__type"), QStringLiteral("NotAuthorizedException"));
        const QJsonObject event = fixture
                                      .ok(QStringLiteral("AdminListUserAuthEvents"),
                                          {{"UserPoolId", fixture.poolId}, {"Username", "bob"}})
                                      .value("AuthEvents")
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(event.value("EventRisk")
                    .toObject()
                    .value("Reasons")
                    .toArray()
                    .contains(QJsonValue(
                        QStringLiteral("MFA required by the risk configuration, none set up"))));
    }

    void badCidrRefused()
    {
        QJsonObject request{{"UserPoolId", "p"},
                            {"RiskExceptionConfiguration",
                             QJsonObject{{"BlockedIPRangeList", QJsonArray{"300.1.1.1/33"}}}}};
        const auto config = RiskConfig::fromJson(request);
        QVERIFY(!config.ok());
        QCOMPARE(config.failure().message,
                 QStringLiteral("BlockedIPRangeList: '300.1.1.1/33' is not a CIDR range: "
                                "'300.1.1.1' is not an IPv4 or IPv6 address"));
    }
};

QTEST_GUILESS_MAIN(TestRiskEngine)
#include "tst_riskengine.moc"
