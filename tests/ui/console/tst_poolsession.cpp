// SPDX-License-Identifier: GPL-3.0-or-later
// PoolSession and the page over a backend whose answers the test gives: stale answers dropped,
// errors shown, slow calls cancellable, and a plan that fails half-way undone.
#include "ConsoleTestSupport.h"
#include "console/PoolConsolePage.h"
#include "console/PoolSession.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;
using test::FakeBackend;

namespace {

QJsonObject poolJson(const QString& id, const QString& name)
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Name"), name},
            {QStringLiteral("MfaConfiguration"), QStringLiteral("OFF")}};
}

QJsonObject poolsPage(const QList<QJsonObject>& pools, const QString& nextToken = {})
{
    QJsonArray array;
    for (const auto& p : pools) {
        array.append(p);
    }
    QJsonObject page{{QStringLiteral("UserPools"), array}};
    if (!nextToken.isEmpty()) {
        page.insert(QStringLiteral("NextToken"), nextToken);
    }
    return page;
}

const QJsonObject kMfaOff{{QStringLiteral("MfaConfiguration"), QStringLiteral("OFF")}};

// Pool p-1 with MFA optional through authenticator apps: the policy in force of the plans below.
pool::MfaPolicy optionalTotp()
{
    pool::MfaPolicy policy;
    policy.pool.id = QStringLiteral("p-1");
    policy.mfa.mode = pool::MfaMode::Optional;
    policy.mfa.softwareTokenEnabled = true;
    return policy;
}

} // namespace

class TestPoolSession : public QObject
{
    Q_OBJECT

    // Connects `page` to a fake backend and answers the probe; the backend stays the page's.
    FakeBackend* connect(PoolConsolePage& page)
    {
        auto backend = std::make_unique<FakeBackend>();
        FakeBackend* fake = backend.get();
        pool::OpenedBackend opened;
        opened.backend = std::move(backend);
        page.session().connectTo(pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"),
                                                               QStringLiteral("http://fake")),
                                 std::move(opened));
        return fake;
    }

private slots:
    void probeFailureIsOneSentence()
    {
        PoolConsolePage page;
        QSignalSpy failed(&page.session(), &PoolSession::connectionFailed);
        FakeBackend* fake = connect(page);
        QVERIFY(fake->answer(QStringLiteral("ListUserPools"),
                             pool::PoolError{QStringLiteral("AccessDeniedException"),
                                             QStringLiteral("User: arn:aws:iam::1:user/x is not "
                                                            "authorized to perform: "
                                                            "cognito-idp:ListUserPools")}));
        QTRY_COMPARE(failed.count(), 1);
        const QString sentence = failed.first().first().toString();
        QVERIFY2(sentence.startsWith(QStringLiteral("Access denied")), qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("cognito-idp:ListUserPools")));
        QVERIFY(!page.session().isConnected());
    }

    void staleAnswerIsDropped()
    {
        PoolConsolePage page;
        page.show();
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        FakeBackend* fake = connect(page);
        QVERIFY(fake->answer(QStringLiteral("ListUserPools"), poolsPage({})));
        QTRY_VERIFY(page.session().isConnected());
        // The list's first page.
        QTRY_COMPARE(fake->count(QStringLiteral("ListUserPools")), 2);
        QVERIFY(fake->answer(QStringLiteral("ListUserPools"),
                             poolsPage({poolJson(QStringLiteral("p-a"), QStringLiteral("A")),
                                        poolJson(QStringLiteral("p-b"), QStringLiteral("B"))})));
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_COMPARE(table->model()->rowCount(), 2);

        // Choose A, then B before A's answer arrives; A's late answer must not show.
        table->setCurrentIndex(table->model()->index(0, 0));
        table->setCurrentIndex(table->model()->index(1, 0));
        QTRY_VERIFY(fake->count(QStringLiteral("DescribeUserPool")) >= 2);
        // Answer B's reads first, then A's (late); the list's own detail reads too.
        const auto answerFor = [&](const QString& poolId) {
            bool any = false;
            for (auto& call : fake->calls) {
                if (call.answered ||
                    call.request.value(QStringLiteral("UserPoolId")).toString() != poolId) {
                    continue;
                }
                call.answered = true;
                any = true;
                call.promise->addResult(
                    call.operation == QLatin1String("DescribeUserPool")
                        ? pool::PoolResult(
                              QJsonObject{{QStringLiteral("UserPool"), poolJson(poolId, poolId)}})
                        : pool::PoolResult(kMfaOff));
                call.promise->finish();
            }
            return any;
        };
        QTRY_VERIFY(!(answerFor(QStringLiteral("p-b")), shown.isEmpty()));
        QTest::qWait(20);
        for (int round = 0; round < 10; ++round) {
            answerFor(QStringLiteral("p-a"));
            QTest::qWait(10);
        }
        QCOMPARE(shown.last().first().toString(), QStringLiteral("p-b"));
        for (const auto& emitted : shown) {
            QVERIFY2(emitted.first().toString() != QLatin1String("p-a"),
                     "a pool the person moved away from was shown");
        }
    }

    void slowCallShowsBusyAndCancels()
    {
        PoolConsolePage page;
        page.show();
        FakeBackend* fake = connect(page);
        // The probe is in flight: busy, with Cancel.
        QTRY_VERIFY(test::findByName<QPushButton>(&page, QStringLiteral("Cancel request")));
        QTest::mouseClick(test::findByName<QPushButton>(&page, QStringLiteral("Cancel request")),
                          Qt::LeftButton);
        QCOMPARE(page.session().pendingCount(), 0);
        QTRY_VERIFY(!test::findByName<QPushButton>(&page, QStringLiteral("Cancel request")));
        // The answer that arrives after the cancel changes nothing.
        QVERIFY(fake->answer(QStringLiteral("ListUserPools"), poolsPage({})));
        QTest::qWait(50);
        QVERIFY(!page.session().isConnected());
    }

    void failedSecondRequestUndoesTheFirst()
    {
        PoolSession session;
        FakeBackend* fake = test::connectFake(session);
        QVERIFY(fake);

        pool::MfaPolicy inForce = optionalTotp();
        pool::MfaPolicy edited = inForce;
        edited.mfa.mode = pool::MfaMode::On;
        edited.pool.deviceConfiguration = pool::DeviceConfiguration{true, false};
        const auto plan = pool::MfaChangePlan::make(inForce, edited);
        QVERIFY(plan.setsMfaConfig && plan.updatesPool);

        std::optional<Expected<void, pool::PoolError>> outcome;
        session.applyPlan(plan, inForce, this, [&](const auto& error) { outcome = error; });
        QVERIFY(fake->answer(QStringLiteral("SetUserPoolMfaConfig"), kMfaOff));
        QTRY_COMPARE(fake->count(QStringLiteral("UpdateUserPool")), 1);
        QVERIFY(fake->answer(QStringLiteral("UpdateUserPool"),
                             pool::PoolError{QStringLiteral("InvalidParameterException"),
                                             QStringLiteral("Bad device setting")}));
        // The configuration in force goes back before the failure is reported.
        QTRY_COMPARE(fake->count(QStringLiteral("SetUserPoolMfaConfig")), 2);
        QVERIFY(!outcome.has_value());
        const QJsonObject undo = fake->calls.last().request;
        QCOMPARE(undo.value(QStringLiteral("MfaConfiguration")).toString(),
                 QStringLiteral("OPTIONAL"));
        QVERIFY(fake->answer(QStringLiteral("SetUserPoolMfaConfig"), kMfaOff));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY2(!outcome->ok(), "the failed UpdateUserPool is reported");
        QCOMPARE(outcome->failure().message, QStringLiteral("Bad device setting"));
    }

    // A plan with MFA and risk changes: the risk configuration sent is the edited one, with the
    // pool's ID; when SetRiskConfiguration fails after the MFA configuration went through, the
    // MFA configuration in force goes back before the failure is reported.
    void failedRiskConfigurationUndoesTheMfaChange()
    {
        PoolSession session;
        FakeBackend* fake = test::connectFake(session);
        QVERIFY(fake);

        pool::MfaPolicy inForce = optionalTotp();
        inForce.risk = pool::RiskConfig{};
        pool::MfaPolicy edited = inForce;
        edited.mfa.mode = pool::MfaMode::On;
        edited.risk->highAction = pool::RiskAction::Block;
        const auto plan = pool::MfaChangePlan::make(inForce, edited);
        QVERIFY(plan.setsMfaConfig && plan.setsRiskConfig && !plan.updatesPool);

        std::optional<Expected<void, pool::PoolError>> outcome;
        session.applyPlan(plan, inForce, this, [&](const auto& error) { outcome = error; });
        QVERIFY(fake->answer(QStringLiteral("SetUserPoolMfaConfig"), kMfaOff));
        QTRY_COMPARE(fake->count(QStringLiteral("SetRiskConfiguration")), 1);
        const QJsonObject sent = fake->calls.last().request;
        QCOMPARE(sent.value(QStringLiteral("UserPoolId")).toString(), QStringLiteral("p-1"));
        QCOMPARE(sent.value(QStringLiteral("AccountTakeoverRiskConfiguration"))
                     .toObject()
                     .value(QStringLiteral("Actions"))
                     .toObject()
                     .value(QStringLiteral("HighAction"))
                     .toObject()
                     .value(QStringLiteral("EventAction"))
                     .toString(),
                 QStringLiteral("BLOCK"));
        QVERIFY(fake->answer(QStringLiteral("SetRiskConfiguration"),
                             pool::PoolError{QStringLiteral("UserPoolAddOnNotEnabledException"),
                                             QStringLiteral("Advanced security is off")}));
        QTRY_COMPARE(fake->count(QStringLiteral("SetUserPoolMfaConfig")), 2);
        QVERIFY(!outcome.has_value());
        QCOMPARE(fake->calls.last().request.value(QStringLiteral("MfaConfiguration")).toString(),
                 QStringLiteral("OPTIONAL"));
        QVERIFY(fake->answer(QStringLiteral("SetUserPoolMfaConfig"), kMfaOff));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY2(!outcome->ok(), "the failed SetRiskConfiguration is reported");
        QCOMPARE(outcome->failure().type, QStringLiteral("UserPoolAddOnNotEnabledException"));
        QVERIFY2(outcome->failure().message.contains(QStringLiteral("threat protection")),
                 qPrintable(outcome->failure().message));
        // Nothing else was sent: the risk configuration was never half-set.
        QCOMPARE(fake->count(QStringLiteral("SetRiskConfiguration")), 1);
    }
};

QTEST_MAIN(TestPoolSession)
#include "tst_poolsession.moc"
