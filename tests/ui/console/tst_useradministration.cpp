// SPDX-License-Identifier: GPL-3.0-or-later
// User administration inside the pool console, as a person reaches it: choose the pool, open
// Users, choose a user (the detail pane follows), act on them, run a bulk action on the table's
// selection, export the filtered users as CSV; every control has an accessible name; light and
// dark screenshots of the users tab, a bulk run's results, New user and an import preview.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "UserAdminTestSupport.h"
#include "console/ActionConfirmBar.h"
#include "console/BulkActionDialog.h"
#include "console/CreateUserDialog.h"
#include "console/PoolConsolePage.h"
#include "console/UserAdministrationPanel.h"
#include "console/UserDetailPane.h"
#include "console/UserImportDialog.h"
#include "console/UserTableModel.h"
#include "console/UsersView.h"
#include "pool/UserCsv.h"
#include "pool/local/SamplePool.h"
#include "widgets/MessageBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

class TestUserAdministration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The page connected to `path`, its first pool chosen and its Users tab open.
    void openUsers(PoolConsolePage& page, const QString& path)
    {
        page.resize(1280, 800);
        page.show();
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        page.connectTo(pool::PoolConnection::local(path));
        QTableView* pools = nullptr;
        QTRY_VERIFY((pools = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_COMPARE(pools->model()->rowCount(), 1);
        pools->setCurrentIndex(pools->model()->index(0, 0));
        QTRY_COMPARE(shown.count(), 1);
        page.showUsers();
        QTRY_VERIFY(page.usersView()->model()->rowCount() > 0);
    }

    // Makes `username` the table's current row, as a click does.
    static void choose(PoolConsolePage& page, const QString& username)
    {
        UsersView* view = page.usersView();
        const int row = view->model()->rowOf(username);
        QVERIFY2(row >= 0, qPrintable(username));
        QTest::mouseClick(
            view->table()->viewport(), Qt::LeftButton, {},
            view->table()->visualRect(view->table()->model()->index(row, 0)).center());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void detailPaneFollowsTheTableAndActs()
    {
        const QString path = m_dir.filePath(QStringLiteral("follow.sqlite"));
        const QString poolId = test::makeUserStore(path, 5);
        QVERIFY(!poolId.isEmpty());
        PoolConsolePage page;
        openUsers(page, path);
        auto* pane = page.findChild<UserDetailPane*>();
        QVERIFY(pane && pane->isVisible());
        QSignalSpy userShown(pane, &UserDetailPane::userShown);
        choose(page, QStringLiteral("alice"));
        QTRY_COMPARE(userShown.count(), 1);
        QCOMPARE(pane->username(), QStringLiteral("alice"));
        // Disable from the pane; the table re-reads and the pane still says what it did.
        QTest::mouseClick(test::findByName<QPushButton>(pane, QStringLiteral("Disable")),
                          Qt::LeftButton);
        auto* bar = pane->findChild<ActionConfirmBar*>();
        QSignalSpy finished(pane, &UserDetailPane::actionFinished);
        QTest::mouseClick(test::findByName<QPushButton>(bar, QStringLiteral("Disable")),
                          Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(page.usersView()->model()->rowOf(QStringLiteral("alice")) >= 0);
        const int row = page.usersView()->model()->rowOf(QStringLiteral("alice"));
        QVERIFY(!page.usersView()->model()->userAt(row).enabled);
        QCOMPARE(pane->username(), QStringLiteral("alice"));
        bool said = false;
        for (auto* message : pane->findChildren<ui::MessageBar*>()) {
            said = said ||
                   (message->isVisible() &&
                    message->text() == QStringLiteral("alice is disabled and cannot sign in."));
        }
        QVERIFY2(said, "the pane says what the action did after the table re-read");
    }

    void bulkActionOnTheSelection()
    {
        const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
        const QString poolId = test::makeUserStore(path, 5);
        PoolConsolePage page;
        openUsers(page, path);
        QTableView* table = page.usersView()->table();
        choose(page, QStringLiteral("user02"));
        const int other = page.usersView()->model()->rowOf(QStringLiteral("user03"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(table->model()->index(other, 0)).center());
        QCOMPARE(page.usersView()->selectedUsernames().size(), 2);
        QTest::mouseClick(test::findByName<QPushButton>(&page, QStringLiteral("Bulk action")),
                          Qt::LeftButton);
        BulkActionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<BulkActionDialog*>()) != nullptr &&
                    dialog->isVisible());
        auto* scope = test::findByName<QComboBox>(dialog, QStringLiteral("Users"));
        QVERIFY(scope->currentText().contains(QStringLiteral("2 selected")));
        QSignalSpy ended(dialog, &BulkActionDialog::runFinished);
        QTest::mouseClick(test::findByName<QPushButton>(dialog, QStringLiteral("Start")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QCOMPARE(dialog->run()->changedUsers(),
                 (QStringList{QStringLiteral("user02"), QStringLiteral("user03")}));
        QCOMPARE(test::readUser(path, poolId, QStringLiteral("user02"))
                     ->value(QStringLiteral("Enabled"))
                     .toBool(),
                 false);
        QCOMPARE(test::readUser(path, poolId, QStringLiteral("user04"))
                     ->value(QStringLiteral("Enabled"))
                     .toBool(),
                 true);
        dialog->close();
    }

    void exportTheFilteredUsers()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.sqlite"));
        const QString poolId = test::makeUserStore(path, 12);
        QVERIFY(!poolId.isEmpty());
        {
            pool::local::LocalPoolOptions options;
            options.path = path;
            pool::local::LocalPoolEngine engine(options);
            QVERIFY(engine.open());
            QVERIFY(engine.execute(QStringLiteral("AdminSetUserMFAPreference"),
                                   {{QStringLiteral("UserPoolId"), poolId},
                                    {QStringLiteral("Username"), QStringLiteral("alice")},
                                    {QStringLiteral("EmailMfaSettings"),
                                     QJsonObject{{QStringLiteral("Enabled"), true},
                                                 {QStringLiteral("PreferredMfa"), true}}}}));
        }
        PoolConsolePage page;
        openUsers(page, path);
        auto* panel = page.findChild<UserAdministrationPanel*>();
        QVERIFY(panel);
        QSignalSpy exported(panel, &UserAdministrationPanel::exported);
        const QString all = m_dir.filePath(QStringLiteral("all.csv"));
        panel->exportTo(all);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toInt(), 13);
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 15); // header, 13 users, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith(QStringLiteral("username,status,enabled")));
        QVERIFY(lines.at(0).contains(QStringLiteral("phone_number")));
        // ListUsers lacks the factors; the local engine's one query fills them in.
        QVERIFY(lines.at(0).contains(QStringLiteral("mfa_factors,preferred_mfa")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("alice,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",EMAIL_OTP,EMAIL_OTP,")),
                 qPrintable(lines.at(1)));
        // The phone number is guarded against formula injection in the export.
        QVERIFY(lines.at(1).contains(QStringLiteral("'+15555550100")));
    }

    void everyControlHasAnAccessibleName()
    {
        const QString path = m_dir.filePath(QStringLiteral("names.sqlite"));
        QVERIFY(!test::makeUserStore(path, 2).isEmpty());
        PoolConsolePage page;
        openUsers(page, path);
        auto* pane = page.findChild<UserDetailPane*>();
        QSignalSpy userShown(pane, &UserDetailPane::userShown);
        choose(page, QStringLiteral("alice"));
        QTRY_COMPARE(userShown.count(), 1);
        // The delete confirmation too, with its typed field.
        QTest::mouseClick(test::findByName<QPushButton>(pane, QStringLiteral("Delete user…")),
                          Qt::LeftButton);
        const QStringList unnamed = test::unnamedControls(pane->window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void screenshotsLightAndDark()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.sqlite"));
        {
            pool::local::LocalPoolOptions options;
            options.path = path;
            pool::local::LocalPoolEngine engine(options);
            QVERIFY(engine.open());
            QVERIFY(pool::local::createSamplePool(engine));
        }
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::Screenshot::darkPalette()
                                          : QApplication::style()->standardPalette());
            const QString suffix =
                dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
            PoolConsolePage page;
            openUsers(page, path);
            auto* pane = page.findChild<UserDetailPane*>();
            QSignalSpy userShown(pane, &UserDetailPane::userShown);
            // user-017 has an app and SMS, the app preferred.
            choose(page, page.usersView()->model()->userAt(16).username);
            QTRY_COMPARE(userShown.count(), 1);
            QTest::mouseClick(test::findByName<QPushButton>(pane, QStringLiteral("Reset MFA")),
                              Qt::LeftButton);
            QTest::qWait(300);
            const QImage image = test::Screenshot::grab(&page);
            QVERIFY(test::Screenshot::distinctColours(image) > 20);
            QVERIFY(test::Screenshot::saveIfAsked(image, QStringLiteral("console-users") + suffix));
            // A bulk run's results: require an authenticator app of six users (the sample's
            // user-010 and -011 have SMS only, -012 to -015 an app); those without one fail with
            // the service's message.
            QTableView* table = page.usersView()->table();
            table->selectionModel()->clearSelection();
            for (int row = 9; row < 15; ++row) {
                table->selectionModel()->select(table->model()->index(row, 0),
                                                QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
            }
            QTest::mouseClick(test::findByName<QPushButton>(&page, QStringLiteral("Bulk action")),
                              Qt::LeftButton);
            BulkActionDialog* bulk = nullptr;
            QTRY_VERIFY((bulk = page.findChild<BulkActionDialog*>()) != nullptr &&
                        bulk->isVisible());
            auto* action = test::findByName<QComboBox>(bulk, QStringLiteral("Action"));
            action->setCurrentIndex(action->findText(QStringLiteral("Require a preferred factor")));
            QSignalSpy ended(bulk, &BulkActionDialog::runFinished);
            QTest::mouseClick(test::findByName<QPushButton>(bulk, QStringLiteral("Start")),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
            QTest::qWait(50);
            QVERIFY(test::Screenshot::saveIfAsked(test::Screenshot::grab(bulk),
                                                  QStringLiteral("console-bulk") + suffix));
            bulk->close();
            // New user, with a phone number Cognito would refuse.
            CreateUserDialog create(page.session(), page.usersView()->poolId(),
                                    pool::PasswordPolicy{}, &page);
            create.show();
            QTest::keyClicks(test::findByName<QLineEdit>(&create, QStringLiteral("Username")),
                             QStringLiteral("dana"));
            QTest::keyClicks(test::findByName<QLineEdit>(&create, QStringLiteral("Email")),
                             QStringLiteral("dana@example.com"));
            QTest::keyClicks(test::findByName<QLineEdit>(&create, QStringLiteral("Phone number")),
                             QStringLiteral("+1 432 555 1212"));
            QTest::qWait(50);
            QVERIFY(test::Screenshot::saveIfAsked(test::Screenshot::grab(&create),
                                                  QStringLiteral("console-new-user") + suffix));
            create.close();
            // An import preview with a problem row.
            const QStringList header = pool::UserImportCsv::header();
            QStringList good(header.size()), bad(header.size());
            good[header.indexOf(QStringLiteral("cognito:username"))] = QStringLiteral("erin");
            good[header.indexOf(QStringLiteral("cognito:mfa_enabled"))] = QStringLiteral("false");
            good[header.indexOf(QStringLiteral("email"))] = QStringLiteral("erin@example.com");
            good[header.indexOf(QStringLiteral("email_verified"))] = QStringLiteral("true");
            bad = good;
            bad[header.indexOf(QStringLiteral("cognito:username"))] = QStringLiteral("frank");
            bad[header.indexOf(QStringLiteral("email_verified"))] = QStringLiteral("yes");
            QFile file(m_dir.filePath(QStringLiteral("shot.csv")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                (header.join(',') + '\n' + good.join(',') + '\n' + bad.join(',') + '\n').toUtf8());
            file.close();
            UserImportDialog import(page.session(), page.usersView()->poolId(), &page);
            import.show();
            QSignalSpy ready(&import, &UserImportDialog::previewReady);
            import.loadFile(file.fileName());
            QTRY_COMPARE(ready.count(), 1);
            QTest::qWait(50);
            QVERIFY(test::Screenshot::saveIfAsked(test::Screenshot::grab(&import),
                                                  QStringLiteral("console-import") + suffix));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestUserAdministration)
#include "tst_useradministration.moc"
