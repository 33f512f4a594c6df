// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

#include "pool/AuthEvent.h"
#include "pool/MfaChangePlan.h"
#include "pool/RiskChangeRows.h"
#include "pool/iac/IacExport.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

// A backend that answers every call with one error, as cognito-local and a pool without
// threat protection answer the risk calls.
class RefusingBackend : public PoolBackend
{
public:
    explicit RefusingBackend(PoolError error) : m_error(std::move(error)) {}
    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override
    {
        Q_UNUSED(operation)
        Q_UNUSED(request)
        return QtFuture::makeReadyFuture(PoolResult(m_error));
    }
    bool supports(const QString& operation) const override
    {
        Q_UNUSED(operation)
        return false;
    }

private:
    PoolError m_error;
};

} // namespace

// The adaptive-MFA configuration: CIDR checks with messages a person can act on, notify flags,
// the change plan's rows, IaC export, the typed call and the local engine's notice.
class TestRiskConfig : public QObject
{
    Q_OBJECT

private slots:
    void checkRange_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("message");
        QTest::newRow("IPv4 range") << "192.0.2.0/24"
                                    << "";
        QTest::newRow("IPv4 one address") << "192.0.2.7/32"
                                          << "";
        QTest::newRow("IPv6 range") << "2001:db8::/32"
                                    << "";
        QTest::newRow("IPv6 everything") << "::/0"
                                         << "";
        QTest::newRow("no prefix length")
            << "192.0.2.7"
            << "BlockedIPRangeList: '192.0.2.7' is not a CIDR range: it has no prefix length; "
               "write 192.0.2.7/32 for this one address";
        QTest::newRow("IPv6 no prefix length")
            << "2001:db8::1"
            << "BlockedIPRangeList: '2001:db8::1' is not a CIDR range: it has no prefix length; "
               "write 2001:db8::1/128 for this one address";
        QTest::newRow("IPv4 prefix too long")
            << "192.0.2.0/33"
            << "BlockedIPRangeList: '192.0.2.0/33' is not a CIDR range: the prefix length must "
               "be a number from 0 to 32";
        QTest::newRow("prefix not a number")
            << "192.0.2.0/x"
            << "BlockedIPRangeList: '192.0.2.0/x' is not a CIDR range: the prefix length must "
               "be a number from 0 to 32";
        QTest::newRow("not an address")
            << "example.com/24"
            << "BlockedIPRangeList: 'example.com/24' is not a CIDR range: 'example.com' is not "
               "an IPv4 or IPv6 address";
        QTest::newRow("empty") << ""
                               << "BlockedIPRangeList: '' is not a CIDR range: it is empty";
    }

    void checkRange()
    {
        QFETCH(QString, range);
        QFETCH(QString, message);
        const auto checked = RiskConfig::checkRange(QStringLiteral("BlockedIPRangeList"), range);
        QCOMPARE(checked.ok() ? QString() : checked.failure().message, message);
        if (!checked.ok()) {
            QCOMPARE(checked.failure().type, QStringLiteral("InvalidParameterException"));
        }
    }

    void validate_data()
    {
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<QStringList>("skipped");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid lists") << QStringList{"203.0.113.0/24", "2001:db8:bad::/48"}
                                     << QStringList{"10.0.0.0/8"} << "";
        QTest::newRow("IPv4 host bits set")
            << QStringList{"192.0.2.1/24"} << QStringList{}
            << "BlockedIPRangeList: '192.0.2.1/24' has bits set after its prefix; the range it "
               "names is 192.0.2.0/24 (write that, or /32 for the one address)";
        QTest::newRow("IPv6 host bits set")
            << QStringList{} << QStringList{"2001:db8::1/64"}
            << "SkippedIPRangeList: '2001:db8::1/64' has bits set after its prefix; the range "
               "it names is 2001:db8::/64 (write that, or /128 for the one address)";
        QTest::newRow("range in both lists")
            << QStringList{"198.51.100.0/24"} << QStringList{"198.51.100.0/24"}
            << "198.51.100.0/24 is in both BlockedIPRangeList and SkippedIPRangeList; keep it "
               "in one";
        QStringList many;
        for (int i = 0; i <= RiskConfig::kMaxRanges; ++i) {
            many << QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256);
        }
        QTest::newRow("too many ranges")
            << many << QStringList{}
            << "BlockedIPRangeList has 201 ranges; Cognito takes at most 200";
    }

    void validate()
    {
        QFETCH(QStringList, blocked);
        QFETCH(QStringList, skipped);
        QFETCH(QString, message);
        RiskConfig config;
        config.blockedIpRangeList = blocked;
        config.skippedIpRangeList = skipped;
        const auto valid = config.validate();
        QCOMPARE(valid.ok() ? QString() : valid.failure().message, message);
    }

    void notifyRoundTrip()
    {
        RiskConfig config;
        config.userPoolId = QStringLiteral("local-1_x");
        config.setAction(RiskLevel::Medium, RiskAction::MfaIfConfigured, true);
        config.setAction(RiskLevel::High, RiskAction::Block, true);
        config.notifySourceArn = QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/a");
        const QJsonObject json = config.toJson();
        QCOMPARE(
            json["AccountTakeoverRiskConfiguration"]["Actions"]["HighAction"]["Notify"].toBool(),
            true);
        QCOMPARE(
            json["AccountTakeoverRiskConfiguration"]["Actions"]["LowAction"]["Notify"].toBool(),
            false);
        const auto back = RiskConfig::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(back->mediumNotify && back->highNotify && !back->lowNotify);
        QCOMPARE(back->mediumAction, RiskAction::MfaIfConfigured);
        QCOMPARE(back->notifySourceArn, config.notifySourceArn);
        QVERIFY(RiskConfig{}.isConfigured() == false);
        RiskConfig onlyNotify;
        onlyNotify.lowNotify = true;
        QVERIFY2(onlyNotify.isConfigured(), "a notify flag alone is a configuration");
    }

    void planRows_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("medium to MFA if set up, notify")
            << 0 << QStringList{"Medium-risk sign-ins"} << QStringList{"MFA if set up, notify"};
        QTest::newRow("high to block")
            << 1 << QStringList{"High-risk sign-ins"} << QStringList{"Block"};
        QTest::newRow("blocked range added")
            << 2 << QStringList{"Blocked IP ranges"} << QStringList{"203.0.113.0/24"};
        QTest::newRow("allowed ranges and low action")
            << 3 << QStringList{"Low-risk sign-ins", "Always-allowed IP ranges"}
            << QStringList{"MFA required", "10.0.0.0/8, 2001:db8::/32"};
        QTest::newRow("nothing changes") << 4 << QStringList{} << QStringList{};
    }

    void planRows()
    {
        QFETCH(int, edit);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, after);
        MfaPolicy inForce;
        inForce.risk = RiskConfig{};
        MfaPolicy edited = inForce;
        RiskConfig& risk = *edited.risk;
        switch (edit) {
        case 0:
            risk.setAction(RiskLevel::Medium, RiskAction::MfaIfConfigured, true);
            break;
        case 1:
            risk.highAction = RiskAction::Block;
            break;
        case 2:
            risk.blockedIpRangeList = {QStringLiteral("203.0.113.0/24")};
            break;
        case 3:
            risk.lowAction = RiskAction::MfaRequired;
            risk.skippedIpRangeList = {QStringLiteral("10.0.0.0/8"),
                                       QStringLiteral("2001:db8::/32")};
            break;
        default:
            break;
        }
        const MfaChangePlan plan = MfaChangePlan::make(inForce, edited);
        QStringList gotFields;
        QStringList gotAfter;
        for (const PlanRow& row : plan.rows) {
            gotFields << row.field;
            gotAfter << row.after;
            QVERIFY2(!row.consequence.isEmpty(), "every row says what users will meet");
        }
        QCOMPARE(gotFields, fields);
        QCOMPARE(gotAfter, after);
        QCOMPARE(plan.setsRiskConfig, !fields.isEmpty());
        QVERIFY2(!plan.setsMfaConfig && !plan.updatesPool, "a risk edit sends only risk");
    }

    void planRefusesBadRange()
    {
        MfaPolicy inForce;
        MfaPolicy edited;
        edited.risk = RiskConfig{};
        edited.risk->blockedIpRangeList = {QStringLiteral("192.0.2.1/24")};
        const MfaChangePlan plan = MfaChangePlan::make(inForce, edited);
        QVERIFY(plan.setsRiskConfig);
        QVERIFY2(!plan.canApply(), "a range with host bits set must not be applied");
        QVERIFY(plan.validation.failure().message.contains("192.0.2.0/24"));
    }

    void iacNotify_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("notifyLine");
        QTest::addColumn<QString>("sourceLine");
        QTest::newRow("cloudformation") << int(iac::Format::CloudFormation) << "Notify: true"
                                        << "SourceArn: ";
        QTest::newRow("terraform") << int(iac::Format::Terraform) << "notify       = true"
                                   << "source_arn = ";
    }

    void iacNotify()
    {
        QFETCH(int, format);
        QFETCH(QString, notifyLine);
        QFETCH(QString, sourceLine);
        iac::PoolMfaSnapshot snapshot;
        snapshot.pool.name = QStringLiteral("p");
        RiskConfig risk;
        risk.setAction(RiskLevel::High, RiskAction::Block, true);
        snapshot.risk = risk;
        iac::Document document = iac::exportSnapshot(snapshot, iac::Format(format));
        QVERIFY(document.text.contains(notifyLine));
        QVERIFY2(!document.text.contains(sourceLine), "no SES identity was set");
        QVERIFY2(document.omitted.join(QLatin1Char('\n')).contains("NotifyConfiguration"),
                 "the missing SES identity is named as what the export cannot hold");
        snapshot.risk->notifySourceArn = QStringLiteral("arn:aws:ses:us-east-1:1:identity/a");
        document = iac::exportSnapshot(snapshot, iac::Format(format));
        QVERIFY(document.text.contains(sourceLine));
        QVERIFY(document.omitted.isEmpty());
    }

    // The local engine mails a notice at a level that notifies, and the trace says so.
    void localEngineNotifies()
    {
        PoolFixture fixture;
        fixture.makePool();
        fixture.makeUser(QStringLiteral("alice"), false);
        RiskConfig config;
        config.userPoolId = fixture.poolId;
        config.lowNotify = true;
        auto set = fixture.engine->setRiskConfiguration(config);
        set.waitForFinished();
        QVERIFY2(set.result().ok(), "the typed call sets the configuration");
        QVERIFY(set.result()->lowNotify);
        QVERIFY(fixture.signIn("alice").contains("AuthenticationResult"));
        const auto outbox = fixture.engine->outbox(fixture.poolId);
        QVERIFY(outbox.ok() && !outbox->isEmpty());
        QCOMPARE(outbox->last().medium, QStringLiteral("EMAIL"));
        QVERIFY(outbox->last().message.startsWith("We noticed a sign-in to your account alice"));
        const QJsonArray events = fixture
                                      .ok(QStringLiteral("AdminListUserAuthEvents"),
                                          {{"UserPoolId", fixture.poolId}, {"Username", "alice"}})
                                      .value("AuthEvents")
                                      .toArray();
        const auto notified =
            AuthEvent::fromJson(events.first().toObject()).trace.find(TraceCode::RiskNotified);
        QVERIFY(notified);
        QCOMPARE(notified->arguments, QStringList{"a***@e***"});
    }

    // The whole configuration, Notify and the SES identity included, survives the engine.
    void engineKeepsNotifyConfiguration()
    {
        PoolFixture fixture;
        fixture.makePool();
        RiskConfig config;
        config.userPoolId = fixture.poolId;
        config.setAction(RiskLevel::High, RiskAction::Block, true);
        config.notifySourceArn = QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/a");
        config.skippedIpRangeList = {QStringLiteral("2001:db8::/32")};
        QVERIFY(!fixture.ok(QStringLiteral("SetRiskConfiguration"), config.toJson())
                     .contains("__failed"));
        auto described = fixture.engine->describeRiskConfiguration(fixture.poolId);
        described.waitForFinished();
        QVERIFY(described.result().ok());
        const RiskConfig back = *described.result();
        QVERIFY(back.highNotify && !back.lowNotify);
        QCOMPARE(back.highAction, RiskAction::Block);
        QCOMPARE(back.notifySourceArn, config.notifySourceArn);
        QCOMPARE(back.skippedIpRangeList, config.skippedIpRangeList);
        // Host bits are refused by the engine as by the typed call.
        config.skippedIpRangeList = {QStringLiteral("2001:db8::1/32")};
        QCOMPARE(fixture.error(QStringLiteral("SetRiskConfiguration"), config.toJson()).type,
                 QStringLiteral("InvalidParameterException"));
    }

    void typedCallRefusesBadInputBeforeSending()
    {
        RefusingBackend backend({QStringLiteral("InternalErrorException"), QStringLiteral("sent")});
        RiskConfig config;
        config.userPoolId = QStringLiteral("p");
        config.skippedIpRangeList = {QStringLiteral("10.0.0.1/8")};
        const auto answer = backend.setRiskConfiguration(config).result();
        QVERIFY(!answer.ok());
        QVERIFY2(answer.failure().message.contains("10.0.0.0/8"), "refused here, not sent");
    }

    void unavailableSaysWhy_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("cognito-local") << "UnsupportedOperationException"
                                       << "cognito-local";
        QTest::newRow("no threat protection") << "UserPoolAddOnNotEnabledException"
                                              << "threat protection";
    }

    void unavailableSaysWhy()
    {
        QFETCH(QString, type);
        QFETCH(QString, mentions);
        RefusingBackend backend({type, QStringLiteral("the service's own words")});
        RiskConfig config;
        config.userPoolId = QStringLiteral("p");
        for (auto answer : {backend.setRiskConfiguration(config).result(),
                            backend.describeRiskConfiguration(QStringLiteral("p")).result()}) {
            QVERIFY(!answer.ok());
            QCOMPARE(answer.failure().type, type);
            QVERIFY2(answer.failure().message.contains(mentions),
                     qPrintable(answer.failure().message));
            QVERIFY2(answer.failure().message.contains("the service's own words"),
                     "the service's message is kept");
        }
    }
};

QTEST_GUILESS_MAIN(TestRiskConfig)
#include "tst_riskconfig.moc"
