// SPDX-License-Identifier: GPL-3.0-or-later
// The console's Users and Enrolment tabs over the local engine, driven as a person drives them:
// the table pages to the end by keyboard, the MFA column fills for the rows on screen in one
// query, the quick search and the filter builder list what they say (an invalid filter is
// explained, not sent), the column layout is remembered, the current user and the selection are
// announced for the detail pane, the chart counts exactly; every control has a name; light and
// dark screenshots.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "console/EnrolmentChart.h"
#include "console/PoolConsolePage.h"
#include "console/UserFilterBar.h"
#include "console/UserTableModel.h"
#include "console/UsersView.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

namespace {

constexpr int kUsers = 300;

} // namespace

class TestUsersView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    // The page connected to the sample store, its pool chosen and the Users tab shown.
    void open(PoolConsolePage& page)
    {
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        page.connectTo(pool::PoolConnection::local(m_store));
        QTableView* pools = nullptr;
        QTRY_VERIFY((pools = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_COMPARE(pools->model()->rowCount(), 1);
        pools->setCurrentIndex(pools->model()->index(0, 0));
        QTRY_COMPARE(shown.count(), 1);
        page.showUsers();
        QTRY_VERIFY(page.usersView()->model()->rowCount() >= 60);
    }

    static bool mfaLoading(const UserTableModel& model, int row)
    {
        return model
            .data(model.index(row, UserTableModel::MfaColumn), UserTableModel::MfaLoadingRole)
            .toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tessera-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_usersview"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("users.sqlite"));
        pool::local::LocalPoolOptions options;
        options.path = m_store;
        pool::local::LocalPoolEngine engine(options);
        QVERIFY(engine.open());
        QVERIFY(pool::local::createSamplePool(engine, QStringLiteral("Sample"), kUsers));
    }

    void tablePagesAndFillsMfaForShownRows()
    {
        PoolConsolePage page;
        open(page);
        UserTableModel* model = page.usersView()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView* table = test::findByName<QTableView>(&page, QStringLiteral("Users"));
        QVERIFY(table);
        QCOMPARE(model->rowCount(), 60);
        const int lastShown = table->rowAt(table->viewport()->height() - 1);
        QVERIFY(lastShown > 5 && lastShown < 40);
        // The rows on screen and their neighbours, in one query on the local engine.
        QTRY_VERIFY(!mfaLoading(*model, lastShown + UserTableModel::kNeighbours));
        QCOMPARE(model->mfaRequests(), 1);
        QVERIFY(mfaLoading(*model, 59));
        QStringList shownMfa;
        for (int row = 0; row <= lastShown; ++row) {
            shownMfa << model->data(model->index(row, UserTableModel::MfaColumn)).toString();
        }
        QVERIFY2(shownMfa.contains(QStringLiteral("None")), qPrintable(shownMfa.join('|')));
        QVERIFY2(shownMfa.join('|').contains(QStringLiteral("★ TOTP")),
                 qPrintable(shownMfa.join('|')));
        // Page by page to the end with the keyboard: the rest arrives 60 at a time.
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        for (int i = 0; i < 200 && (!model->isComplete() || model->isLoading()); ++i) {
            QTest::keyClick(table, Qt::Key_PageDown);
            QTest::qWait(5);
        }
        QTRY_COMPARE(model->rowCount(), kUsers);
        QCOMPARE(model->pagesRead(), 5);
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(!mfaLoading(*model, kUsers - 1));
        // Rows scrolled past without stopping are not all read: only what was shown.
        QVERIFY(model->mfaSource()->cachedCount() < kUsers);
    }

    void quickSearchAndFilterBuilder()
    {
        PoolConsolePage page;
        open(page);
        UserTableModel* model = page.usersView()->model();
        auto* search = test::findByName<QLineEdit>(&page, QStringLiteral("Search usernames"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("user-01"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 10);
        QCOMPARE(page.usersView()->currentFilter()->toString(),
                 QStringLiteral("username ^= \"user-01\""));
        auto* text = test::findByName<QLineEdit>(&page, QStringLiteral("Cognito filter"));
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("username ^= \"user-01\""));

        // A custom attribute cannot be searched: said, and not sent.
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("custom:tier = \"gold\""));
        auto* problem = test::findByName<QLabel>(&page, QStringLiteral("Filter problem"));
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QStringLiteral("custom:tier")),
                 qPrintable(problem->text()));
        auto* apply = test::findByName<QPushButton>(&page, QStringLiteral("Apply filter"));
        QVERIFY(!apply->isEnabled());
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 10);

        // A valid text fills the fields and lists what it says.
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("email = \"user-002@example.com\""));
        QVERIFY(!problem->isVisible());
        auto* field = test::findByName<QComboBox>(&page, QStringLiteral("Filter field"));
        QCOMPARE(field->currentData().toString(), QStringLiteral("email"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->userAt(0).username, QStringLiteral("user-002"));

        // The fields write the text: Status is FORCE_CHANGE_PASSWORD.
        field->setCurrentIndex(field->findData(QStringLiteral("cognito:user_status")));
        auto* op = test::findByName<QComboBox>(&page, QStringLiteral("Filter operator"));
        op->setCurrentIndex(op->findData(QStringLiteral("=")));
        auto* value = test::findByName<QLineEdit>(&page, QStringLiteral("Filter value"));
        value->clear();
        QTest::keyClicks(value, QStringLiteral("FORCE_CHANGE_PASSWORD"));
        QCOMPARE(text->text(), QStringLiteral("cognito:user_status = \"FORCE_CHANGE_PASSWORD\""));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->userAt(row).userStatus, QStringLiteral("FORCE_CHANGE_PASSWORD"));
        }

        QTest::mouseClick(test::findByName<QPushButton>(&page, QStringLiteral("Show all users")),
                          Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 60);
        QVERIFY(!page.usersView()->currentFilter());
    }

    void currentUserAndSelectionAreAnnounced()
    {
        PoolConsolePage page;
        open(page);
        UsersView* view = page.usersView();
        QSignalSpy current(view, &UsersView::currentUserChanged);
        QTableView* table = view->table();
        table->setFocus();
        table->setCurrentIndex(view->model()->index(3, 0));
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().at(0).toString(), QStringLiteral("user-004"));
        QCOMPARE(view->currentUsername(), QStringLiteral("user-004"));
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectedUsernames().size(), 3);
        QVERIFY(view->selectedUsernames().contains(QStringLiteral("user-006")));
    }

    void columnLayoutIsRemembered()
    {
        int emailAt = -1;
        int mfaWidth = 0;
        {
            PoolConsolePage page;
            open(page);
            QHeaderView* header = page.usersView()->table()->horizontalHeader();
            header->moveSection(header->visualIndex(UserTableModel::EmailColumn), 1);
            header->resizeSection(UserTableModel::MfaColumn, 211);
            page.usersView()->table()->setColumnHidden(UserTableModel::PhoneColumn, true);
            header->resizeSection(UserTableModel::MfaColumn, 212); // saved on the next change
            emailAt = header->visualIndex(UserTableModel::EmailColumn);
            mfaWidth = header->sectionSize(UserTableModel::MfaColumn);
        }
        PoolConsolePage again;
        open(again);
        QHeaderView* header = again.usersView()->table()->horizontalHeader();
        QCOMPARE(emailAt, 1);
        QCOMPARE(header->visualIndex(UserTableModel::EmailColumn), emailAt);
        QCOMPARE(header->sectionSize(UserTableModel::MfaColumn), mfaWidth);
        QVERIFY(again.usersView()->table()->isColumnHidden(UserTableModel::PhoneColumn));
        QSettings().remove(QStringLiteral("console/usersHeader"));
    }

    void chartCountsEveryUserOnTheLocalEngine()
    {
        PoolConsolePage page;
        open(page);
        QSignalSpy shown(page.enrolmentChart(), &EnrolmentChart::summaryShown);
        page.showEnrolment();
        QTRY_COMPARE(shown.size(), 1);
        const auto& summary = page.enrolmentChart()->summary();
        QVERIFY(summary);
        QVERIFY(summary->exact);
        QCOMPARE(summary->counted, kUsers);
        QVERIFY2(page.enrolmentChart()->caption().contains(QStringLiteral("All 300 user")),
                 qPrintable(page.enrolmentChart()->caption()));
        QVERIFY(!test::findByName<QPushButton>(&page, QStringLiteral("Count every user")));
    }

    void everyControlHasAnAccessibleName()
    {
        PoolConsolePage page;
        open(page);
        for (int tab = 0; tab < 2; ++tab) {
            if (tab == 1) {
                page.showEnrolment();
                QTest::qWait(50);
            }
            const QStringList unnamed = test::unnamedControls(&page);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
        }
    }

    void screenshotsLightAndDark()
    {
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::Screenshot::darkPalette() : original);
            PoolConsolePage page;
            open(page);
            UserTableModel* model = page.usersView()->model();
            QTRY_VERIFY(!mfaLoading(*model, 15));
            page.usersView()->table()->setCurrentIndex(model->index(2, 0));
            QTest::qWait(50);
            const QImage users = test::Screenshot::grab(&page);
            QVERIFY(test::Screenshot::distinctColours(users) > 20);
            QVERIFY(test::Screenshot::saveIfAsked(users, dark ? QStringLiteral("users-dark.png")
                                                              : QStringLiteral("users-light.png")));
            QSignalSpy shown(page.enrolmentChart(), &EnrolmentChart::summaryShown);
            page.showEnrolment();
            QTRY_COMPARE(shown.size(), 1);
            QTest::qWait(50);
            const QImage chart = test::Screenshot::grab(&page);
            QVERIFY(test::Screenshot::distinctColours(chart) > 20);
            QVERIFY(
                test::Screenshot::saveIfAsked(chart, dark ? QStringLiteral("enrolment-dark.png")
                                                          : QStringLiteral("enrolment-light.png")));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestUsersView)
#include "tst_usersview.moc"
