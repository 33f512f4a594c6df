// SPDX-License-Identifier: GPL-3.0-or-later
// One pace for the whole console: the users table's MFA reads, the user detail pane, a bulk run
// and the enrolment full count, all running at once against one fake Cognito-like backend, never
// start more than the session pacer's rate of requests in any one second (counted on a fake
// clock), and each of them gets its turn.

#include "ConsoleTestSupport.h"
#include "FakeUserBackend.h"
#include "console/BulkActionDialog.h"
#include "console/EnrolmentChart.h"
#include "console/PoolSession.h"
#include "console/UserDetailPane.h"
#include "console/UserTableModel.h"

#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;
using pool::test::FakeUserBackend;

class TestConsolePace : public QObject
{
    Q_OBJECT

    qint64 m_now = 1'000'000;

    // Moves the fake clock on by `ms` in steps of 10 ms, letting the pacer start what it may.
    void advance(PoolSession& session, qint64 ms)
    {
        for (qint64 step = 0; step < ms; step += 10) {
            m_now += 10;
            session.pacer().dispatch();
            QCoreApplication::processEvents();
        }
        // The answers of the last requests started, delivered through the event loop.
        for (int turn = 0; turn < 3; ++turn) {
            QCoreApplication::processEvents();
        }
    }

    // A session on a fake Cognito-like backend with 600 users, its pacer on the fake clock.
    FakeUserBackend* connect(PoolSession& session)
    {
        auto backend = std::make_unique<FakeUserBackend>(600);
        FakeUserBackend* fake = backend.get();
        fake->serveAdminActions = true;
        fake->clock = [this] { return m_now; };
        session.pacer().setClock([this] { return m_now; });
        session.pacer().setJitter([] { return 0.5; });
        pool::OpenedBackend opened;
        opened.backend = std::move(backend);
        session.connectTo(pool::PoolConnection::cognito({}), std::move(opened));
        return fake;
    }

    static int loadingRows(const UserTableModel& model, int first, int last)
    {
        int loading = 0;
        for (int row = first; row <= last; ++row) {
            loading += model.data(model.index(row, UserTableModel::MfaColumn),
                                  UserTableModel::MfaLoadingRole)
                               .toBool()
                           ? 1
                           : 0;
        }
        return loading;
    }

    static void startFullCount(EnrolmentChart& chart)
    {
        chart.show();
        chart.setPool(QStringLiteral("us-east-1_fake"), 600);
        QTRY_VERIFY(chart.caption().contains(QStringLiteral("Sampled")));
        QTest::mouseClick(test::findByName<QPushButton>(&chart, QStringLiteral("Count every user")),
                          Qt::LeftButton);
        QTest::mouseClick(test::findByName<QPushButton>(&chart, QStringLiteral("Start full count")),
                          Qt::LeftButton);
    }

private slots:
    // With a full count running (dozens of reads queued), the 25 rows on screen are still read
    // first: in the 6 s after they are asked for, the count gets at most the one request that
    // was already due, and at 5 a second the 25 rows are all in (behind the count's 40-odd
    // queued reads they would still all be "…").
    void rowsOnScreenGoFirst()
    {
        PoolSession session;
        FakeUserBackend* fake = connect(session);
        QTRY_VERIFY(session.isConnected());
        EnrolmentChart chart(session, session.pacer());
        startFullCount(chart);
        advance(session, 3000);
        QVERIFY2(session.pacer().queued() > 30, "the full count has reads waiting");
        auto* counted =
            test::findByName<QProgressBar>(&chart, QStringLiteral("Full count progress"));
        QVERIFY(counted != nullptr);
        UserTableModel model(session);
        model.setPool(QStringLiteral("us-east-1_fake"));
        QTRY_COMPARE(model.rowCount(), 60);
        const int countedBefore = counted->value();
        model.showRows(0, 24);
        QCOMPARE(loadingRows(model, 0, 24), 25);
        advance(session, 6000);
        QCOMPARE(loadingRows(model, 0, 24), 0);
        QVERIFY2(counted->value() - countedBefore <= 1,
                 qPrintable(QStringLiteral("the count read %1 users meanwhile")
                                .arg(counted->value() - countedBefore)));
        QVERIFY(fake->adminGetUserNames.size() > countedBefore + 25);
    }

    void everythingAtOnceKeepsOneRate()
    {
        PoolSession session;
        FakeUserBackend* fake = connect(session);
        QTRY_VERIFY(session.isConnected());
        const QString poolId = QStringLiteral("us-east-1_fake");

        // The table's first page is the person's own request (not paced); what follows is.
        UserTableModel model(session);
        model.setPool(poolId);
        QTRY_COMPARE(model.rowCount(), 60);
        QVERIFY2(&model.pacer() == &session.pacer(), "the table paces on the session's pacer");
        const qsizetype before = fake->requestTimes.size();

        // 25 rows on screen (and their neighbours) want their MFA state.
        model.showRows(0, 24);
        // The detail pane reads a user, their devices and sign-ins.
        UserDetailPane pane(session);
        pane.showUser(poolId, FakeUserBackend::nameOf(3));
        // A bulk run disables 30 selected users.
        QList<pool::PoolUser> selection;
        for (int i = 100; i < 130; ++i) {
            pool::PoolUser user;
            user.username = FakeUserBackend::nameOf(i);
            user.enabled = true;
            selection << user;
        }
        BulkActionDialog dialog(session, poolId, selection, std::nullopt);
        dialog.show();
        auto* start = test::findByName<QPushButton>(&dialog, QStringLiteral("Start"));
        QVERIFY(start != nullptr && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.run() != nullptr);
        // And the enrolment chart counts every user.
        EnrolmentChart chart(session, session.pacer());
        startFullCount(chart);

        advance(session, 20'000);

        const QList<qint64> times = fake->requestTimes.mid(before);
        const QStringList operations = fake->operations.mid(before);
        const int rate = session.pacer().settings().requestsPerSecond;
        QCOMPARE(rate, 5);
        const int busiest = pool::test::busiestSecond(times);
        QVERIFY2(busiest <= rate, qPrintable(QStringLiteral("%1 requests started within one "
                                                            "second; the console's rate is %2")
                                                 .arg(busiest)
                                                 .arg(rate)));
        // The pace was used, not merely kept: about 5 a second for 20 seconds.
        QVERIFY2(times.size() >= 90, qPrintable(QString::number(times.size())));
        // Each of them had its turn.
        QVERIFY2(operations.count(QStringLiteral("AdminGetUser")) >= 35,
                 qPrintable(operations.join(QLatin1Char(' '))));
        QCOMPARE(operations.count(QStringLiteral("AdminListDevices")), 1);
        QCOMPARE(operations.count(QStringLiteral("AdminListUserAuthEvents")), 1);
        QVERIFY2(operations.count(QStringLiteral("AdminDisableUser")) >= 1,
                 qPrintable(operations.join(QLatin1Char(' '))));
        QVERIFY2(operations.count(QStringLiteral("ListUsers")) >= 1,
                 "the full count lists users through the same pace");
    }
};

QTEST_MAIN(TestConsolePace)
#include "tst_consolepace.moc"
