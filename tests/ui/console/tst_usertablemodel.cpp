// SPDX-License-Identifier: GPL-3.0-or-later
// UserTableModel over a fake Cognito-like backend, checked by QAbstractItemModelTester: pages of
// 60 as the view asks, the filter in the request, the MFA column read only for the rows shown
// (and cancelled when they scroll away), failures shown per row and per page.

#include "FakeUserBackend.h"
#include "console/PoolSession.h"
#include "console/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;
using pool::test::FakeUserBackend;

class TestUserTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolSession> m_session;
    FakeUserBackend* m_backend = nullptr;

    // A session connected to a fresh fake backend with `users` users.
    void connect(int users)
    {
        m_session = std::make_unique<PoolSession>();
        auto backend = std::make_unique<FakeUserBackend>(users);
        m_backend = backend.get();
        pool::OpenedBackend opened;
        opened.backend = std::move(backend);
        m_session->connectTo(pool::PoolConnection::cognito({}), std::move(opened));
        QTRY_VERIFY(m_session->isConnected());
    }

    static void readAll(UserTableModel& model)
    {
        for (int guard = 0; guard < 1000 && (model.canFetchMore({}) || model.isLoading());
             ++guard) {
            if (model.canFetchMore({})) {
                model.fetchMore({});
            }
            QTest::qWait(1);
        }
    }

private slots:
    void pagesArriveAsAsked();
    void filterGoesToListUsers();
    void mfaColumnReadForShownRowsOnly();
    void scrollingAwayCancelsReads();
    void failuresAreShown();
};

void TestUserTableModel::pagesArriveAsAsked()
{
    connect(250);
    UserTableModel model(*m_session);
    QList<int> insertions;
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted, this,
        [&](const QModelIndex&, int first, int last) { insertions << last - first + 1; });
    model.setPool(QStringLiteral("us-east-1_fake"));
    QTRY_COMPARE(model.rowCount(), 60);
    // Nothing more is read until the view asks.
    QTest::qWait(20);
    QCOMPARE(m_backend->listUsersCalls, 1);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches too (it checks canFetchMore/fetchMore as views use them).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    readAll(model);
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(insertions, (QList<int>{60, 60, 60, 60, 10}));
    QCOMPARE(m_backend->listUsersCalls, 5);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.data(model.index(7, UserTableModel::UsernameColumn)).toString(),
             FakeUserBackend::nameOf(7));
    QCOMPARE(model.data(model.index(7, UserTableModel::EmailColumn)).toString(),
             QStringLiteral("user-00007@example.com ✓"));
    QCOMPARE(
        model.data(model.index(7, UserTableModel::EmailColumn), Qt::AccessibleTextRole).toString(),
        QStringLiteral("user-00007@example.com, verified"));
    // No MFA read was made: no row was shown.
    QCOMPARE(m_backend->adminGetUserNames.size(), 0);
}

void TestUserTableModel::filterGoesToListUsers()
{
    connect(250);
    UserTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPool(QStringLiteral("us-east-1_fake"));
    QTRY_VERIFY(model.rowCount() >= 60);
    model.setFilter(pool::UserFilter::make(QStringLiteral("username"),
                                           pool::UserFilter::Match::Prefix,
                                           QStringLiteral("user-001"))
                        .value());
    QCOMPARE(model.rowCount(), 0);
    readAll(model);
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.userAt(row).username.startsWith(QLatin1String("user-001")));
    }
}

void TestUserTableModel::mfaColumnReadForShownRowsOnly()
{
    connect(250);
    UserTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.pacer().setRequestsPerSecond(100);
    model.setPool(QStringLiteral("us-east-1_fake"));
    QTRY_VERIFY(model.rowCount() >= 60);
    const QModelIndex third = model.index(3, UserTableModel::MfaColumn);
    QCOMPARE(model.data(third).toString(), QStringLiteral("…"));
    QVERIFY(model.data(third, UserTableModel::MfaLoadingRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.showRows(0, 9); // and 10 neighbours below
    QTRY_VERIFY_WITH_TIMEOUT(model.mfaSource()->pendingCount() == 0, 5000);
    QCOMPARE(m_backend->adminGetUserNames.size(), 20);
    QCOMPARE(changed.size(), 20);
    // User 3 has SMS and TOTP, TOTP preferred; user 1 SMS; user 4 none; user 10 TOTP and email.
    QCOMPARE(model.data(third).toString(), QStringLiteral("★ TOTP · SMS"));
    QVERIFY(model.data(third, Qt::ToolTipRole).toString().contains(QStringLiteral("(preferred)")));
    QCOMPARE(model.data(model.index(1, UserTableModel::MfaColumn)).toString(),
             QStringLiteral("SMS"));
    QCOMPARE(model.data(model.index(4, UserTableModel::MfaColumn)).toString(),
             QStringLiteral("None"));
    QCOMPARE(model.data(model.index(10, UserTableModel::MfaColumn)).toString(),
             QStringLiteral("★ TOTP · Email"));
    QVERIFY(!model.data(model.index(19, UserTableModel::MfaColumn), UserTableModel::MfaLoadingRole)
                 .toBool());
    QVERIFY(model.data(model.index(20, UserTableModel::MfaColumn), UserTableModel::MfaLoadingRole)
                .toBool());
    // Shown again: read from the cache.
    model.showRows(0, 9);
    QTest::qWait(50);
    QCOMPARE(m_backend->adminGetUserNames.size(), 20);
}

void TestUserTableModel::scrollingAwayCancelsReads()
{
    connect(250);
    UserTableModel model(*m_session);
    model.pacer().setRequestsPerSecond(5);
    model.setPool(QStringLiteral("us-east-1_fake"));
    QTRY_COMPARE(model.rowCount(), 60);
    readAll(model);
    model.showRows(0, 19); // 30 users wanted, 5 go out in the first second
    QTest::qWait(50);
    const int firstScreen = int(m_backend->adminGetUserNames.size());
    QCOMPARE(firstScreen, 5);
    model.showRows(200, 209); // 190..219 now
    QTRY_VERIFY_WITH_TIMEOUT(model.mfaSource()->pendingCount() == 0, 15000);
    const QStringList names = m_backend->adminGetUserNames;
    QCOMPARE(names.size(), firstScreen + 30);
    for (int i = firstScreen; i < names.size(); ++i) {
        const int index = names[i].mid(5).toInt();
        QVERIFY2(index >= 190 && index < 220, qPrintable(names[i]));
    }
}

void TestUserTableModel::failuresAreShown()
{
    connect(100);
    m_backend->failing = {FakeUserBackend::nameOf(2)};
    UserTableModel model(*m_session);
    model.pacer().setRequestsPerSecond(100);
    model.setPool(QStringLiteral("us-east-1_fake"));
    QTRY_COMPARE(model.rowCount(), 60);
    model.showRows(0, 4);
    QTRY_VERIFY_WITH_TIMEOUT(model.mfaSource()->pendingCount() == 0, 5000);
    const QModelIndex broken = model.index(2, UserTableModel::MfaColumn);
    QCOMPARE(model.data(broken).toString(), QStringLiteral("?"));
    QVERIFY(model.data(broken, Qt::ToolTipRole).toString().contains(QStringLiteral("user-00002")));
    QVERIFY(!model.data(broken, UserTableModel::MfaLoadingRole).toBool());

    m_backend->failListUsers = true;
    QSignalSpy failed(&model, &UserTableModel::loadFailed);
    model.reload();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed[0][0].toString().contains(QStringLiteral("ListUsers is down")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
