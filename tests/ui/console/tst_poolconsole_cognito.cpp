// SPDX-License-Identifier: GPL-3.0-or-later
// The console against cognito-local (a Cognito-compatible endpoint, started on a free loopback
// port): connect through "Other endpoint", see a pool made with the AWS API, require an
// authenticator app through the plan, and read the configuration back from the endpoint.
#include "CognitoLocalPeer.h"
#include "ConsoleTestSupport.h"
#include "console/EnrolmentChart.h"
#include "console/PasskeySettings.h"
#include "console/PoolConsolePage.h"
#include "console/RiskConfigEditor.h"
#include "console/UserDetailPane.h"
#include "console/UserTableModel.h"
#include "console/UsersView.h"
#include "pool/cognito/CognitoBackend.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

namespace {
// cognito-local is a Node.js process beside the suite's other tests on two cores: answers can
// take seconds when the machine is loaded.
constexpr int kWait = 60000;
} // namespace

class TestPoolConsoleCognito : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CognitoLocalPeer m_peer{QStringLiteral(TESSERA_TOOLS "/cognito_local.sh"),
                            QStringLiteral(TESSERA_PEERS_DIR)};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // cognito-local takes any key; the tester's own AWS settings must not leak in.
        qputenv("HOME", m_dir.path().toUtf8());
        qputenv("AWS_ACCESS_KEY_ID", "AKIDLOCAL");
        qputenv("AWS_SECRET_ACCESS_KEY", "local-secret-key");
        qunsetenv("AWS_PROFILE");
        if (const QString why = m_peer.install(); !why.isEmpty()) {
            COGNITO_LOCAL_SKIP_OR_FAIL(why);
        }
        const QString why = m_peer.start(m_dir.filePath(QStringLiteral("cognito-local")));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void requireTotpOnCognitoLocal()
    {
        const auto connection =
            pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"), m_peer.endpoint());
        // A pool made as an app's setup script would make it.
        {
            auto opened = connection.open();
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
            auto created = opened->backend->createUserPool(QStringLiteral("console-test"));
            QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), kWait);
            QVERIFY2(created.result(), qPrintable(created.result().failure().message));
        }
        PoolConsolePage page;
        page.setHistoryPath(m_dir.filePath(QStringLiteral("history.json")));
        page.resize(1000, 700);
        page.show();
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        QSignalSpy finished(&page, &PoolConsolePage::planFinished);
        page.connectTo(connection);
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, kWait);
        int row = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            if (table->model()->index(i, 0).data().toString() == QLatin1String("console-test")) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, 0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWait);

        auto* required = test::findByName<QRadioButton>(&page, QStringLiteral("Required"));
        QTest::mouseClick(required, Qt::LeftButton, {}, QPoint(8, required->height() / 2));
        QTest::mouseClick(test::findByName<QPushButton>(&page, QStringLiteral("Review changes")),
                          Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = page.findChild<QDialog*>()) != nullptr && dialog->isVisible(), kWait);
        QTest::mouseClick(test::findByName<QPushButton>(dialog, QStringLiteral("Apply")),
                          Qt::LeftButton);
        // The dialog closes (and is deleted) when the plan is applied; its status says why not.
        QPointer<QLabel> status = test::findByName<QLabel>(dialog, QStringLiteral("Status"));
        QVERIFY(status);
        QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1,
                                  qPrintable(status ? status->text() : QString()), kWait);
        QCOMPARE(finished.first().first().toString(), QString());

        // Read back from the endpoint itself.
        auto opened = connection.open();
        QVERIFY(opened);
        auto config = opened->backend->getUserPoolMfaConfig(page.selectedPoolId());
        QTRY_VERIFY_WITH_TIMEOUT(config.isFinished(), kWait);
        QVERIFY2(config.result(), qPrintable(config.result().failure().message));
        QCOMPARE(config.result()->mode, pool::MfaMode::On);
        QVERIFY(config.result()->softwareTokenEnabled);

        // cognito-local has no risk configuration: the Adaptive MFA tab is disabled and says why.
        auto* risk = page.findChild<RiskConfigEditor*>();
        auto* tabs = page.findChild<QTabWidget*>();
        tabs->setCurrentWidget(risk);
        QTRY_VERIFY_WITH_TIMEOUT(
            !risk->unavailableSentence().isEmpty() &&
                !risk->unavailableSentence().startsWith(QStringLiteral("Choose")),
            kWait);
        QVERIFY(!risk->isAvailable());
        QVERIFY2(risk->unavailableSentence().contains(QStringLiteral("no risk configuration API")),
                 qPrintable(risk->unavailableSentence()));
    }

    // cognito-local has none of Cognito's passkey operations: the console hides the passkey
    // settings and says why in one sentence.
    void passkeysHiddenOnCognitoLocal()
    {
        const auto connection =
            pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"), m_peer.endpoint());
        {
            auto opened = connection.open();
            QVERIFY(opened);
            auto created = opened->backend->createUserPool(QStringLiteral("passkeys-test"));
            QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), kWait);
            QVERIFY2(created.result(), qPrintable(created.result().failure().message));
        }
        PoolConsolePage page;
        page.setHistoryPath(m_dir.filePath(QStringLiteral("history.json")));
        page.resize(1000, 700);
        page.show();
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        page.connectTo(connection);
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, kWait);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWait);
        auto* settings = page.findChild<PasskeySettings*>();
        QVERIFY(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!settings->isAvailable(), kWait);
        auto* why = test::findByName<QLabel>(&page, QStringLiteral("Passkeys unavailable"));
        QVERIFY(why);
        QVERIFY2(why->text().contains(QStringLiteral("no passkey operations")),
                 qPrintable(why->text()));
        QVERIFY(test::findByName<QAbstractButton>(
                    &page, QStringLiteral("Allow sign-in with passkeys")) == nullptr);
    }

    // The Users and Enrolment tabs on cognito-local: it ignores ListUsers paging and lacks the
    // exact count; the table still lists each user once, the MFA column is read per user, and
    // the chart is a sample with a full count offered.
    void usersOnCognitoLocal()
    {
        const auto connection =
            pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"), m_peer.endpoint());
        QString poolId;
        {
            auto opened = connection.open();
            QVERIFY(opened);
            auto created = opened->backend->createUserPool(QStringLiteral("users-test"));
            QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), kWait);
            QVERIFY2(created.result(), qPrintable(created.result().failure().message));
            poolId = created.result()->id;
            for (int i = 1; i <= 5; ++i) {
                auto user = opened->backend->call(
                    QStringLiteral("AdminCreateUser"),
                    {{QStringLiteral("UserPoolId"), poolId},
                     {QStringLiteral("Username"), QStringLiteral("member-%1@example.com").arg(i)},
                     {QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS")}});
                // (cognito-local makes pools whose usernames are email addresses.)
                QTRY_VERIFY_WITH_TIMEOUT(user.isFinished(), kWait);
                QVERIFY2(user.result(), qPrintable(user.result().failure().message));
            }
        }
        PoolConsolePage page;
        page.setHistoryPath(m_dir.filePath(QStringLiteral("history-users.json")));
        page.resize(1000, 700);
        page.show();
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        page.connectTo(connection);
        QTableView* pools = nullptr;
        QTRY_VERIFY((pools = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(pools->model()->rowCount() >= 1, kWait);
        for (int i = 0; i < pools->model()->rowCount(); ++i) {
            if (pools->model()->index(i, 0).data().toString() == QLatin1String("users-test")) {
                pools->setCurrentIndex(pools->model()->index(i, 0));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWait);
        page.showUsers();
        UserTableModel* model = page.usersView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete() && !model->isLoading(), kWait);
        QCOMPARE(model->rowCount(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(4, UserTableModel::MfaColumn), UserTableModel::MfaLoadingRole)
                 .toBool(),
            kWait);
        QCOMPARE(model->data(model->index(0, UserTableModel::MfaColumn)).toString(),
                 QStringLiteral("None"));
        QCOMPARE(model->mfaRequests(), 5);

        QSignalSpy charted(page.enrolmentChart(), &EnrolmentChart::summaryShown);
        page.showEnrolment();
        QTRY_COMPARE_WITH_TIMEOUT(charted.size(), 1, kWait);
        QVERIFY(!page.enrolmentChart()->summary()->exact);
        QCOMPARE(page.enrolmentChart()->summary()->counted, 5);
        QVERIFY(test::findByName<QPushButton>(&page, QStringLiteral("Count every user")));
    }

    // The user detail pane on an endpoint that lacks parts of the API: cognito-local keeps no
    // sign-in history (and may lack devices); what it lacks is hidden with the reason, and what
    // it has (AdminGetUser, AdminDisableUser) works.
    void userDetailOnCognitoLocal()
    {
        const auto connection =
            pool::PoolConnection::cognito({}, QStringLiteral("us-east-1"), m_peer.endpoint());
        QString poolId;
        {
            auto opened = connection.open();
            QVERIFY(opened);
            auto created = opened->backend->createUserPool(QStringLiteral("users-test"));
            QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), kWait);
            QVERIFY2(created.result(), qPrintable(created.result().failure().message));
            poolId = created.result()->id;
            pool::NewUser user;
            // cognito-local's pools take email addresses as usernames.
            user.username = QStringLiteral("carol@example.com");
            user.attributes.insert(QStringLiteral("email"), QStringLiteral("carol@example.com"));
            user.setTemporaryPassword(u"Temp-pass-1");
            user.invitation = pool::NewUser::Invitation::None;
            auto added = opened->backend->adminCreateUser(poolId, user);
            QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), kWait);
            QVERIFY2(added.result(), qPrintable(added.result().failure().message));
        }
        PoolConsolePage page;
        page.resize(1280, 800);
        page.show();
        page.connectTo(connection);
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, kWait);
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            if (table->model()->index(i, 0).data().toString() == QLatin1String("users-test")) {
                table->setCurrentIndex(table->model()->index(i, 0));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedPoolId(), poolId, kWait);
        page.showUsers();
        UsersView* users = page.usersView();
        // An email-as-username pool names the user by a generated id, the email an attribute.
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() == 1, kWait);
        const QString username = users->model()->userAt(0).username;
        auto* pane = page.findChild<UserDetailPane*>();
        QSignalSpy shown(pane, &UserDetailPane::userShown);
        users->table()->setCurrentIndex(users->table()->model()->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWait);
        // Each list section is either shown (served) or hidden with a sentence naming the
        // operation; never an error in its place.
        const auto settled = [pane](const QString& table, const QString& operation) {
            const QList<QTableWidget*> widget = pane->findChildren<QTableWidget*>();
            for (QTableWidget* candidate : widget) {
                if (candidate->accessibleName() == table && candidate->isVisible()) {
                    return true;
                }
            }
            for (QLabel* label : pane->findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(operation) &&
                    label->text().contains(QStringLiteral("does not"))) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(QStringLiteral("Recent sign-ins"), QStringLiteral("AdminListUserAuthEvents")),
            kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(QStringLiteral("Remembered devices"), QStringLiteral("AdminListDevices")),
            kWait);
        for (QLabel* label : pane->findChildren<QLabel*>()) {
            QVERIFY2(!label->isVisible() || !label->text().contains(QStringLiteral("Unsupported")),
                     qPrintable(label->text()));
        }
        // Passkeys: no administrator's listing on a Cognito endpoint, said in one sentence.
        auto* passkeysNote = test::findByName<QLabel>(pane, QStringLiteral("Passkeys note"));
        QVERIFY(passkeysNote);
        QTRY_VERIFY2_WITH_TIMEOUT(
            passkeysNote->text().contains(QStringLiteral("only to their own user")),
            qPrintable(passkeysNote->text()), kWait);
        QVERIFY(test::findByName<QPushButton>(pane, QStringLiteral("Delete passkey")) == nullptr);
        for (QLabel* label : pane->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("does not"))) {
                qInfo("hidden on cognito-local: %s", qPrintable(label->text()));
            }
        }
        // Disable works there.
        QTest::mouseClick(test::findByName<QPushButton>(pane, QStringLiteral("Disable")),
                          Qt::LeftButton);
        QSignalSpy finished(pane, &UserDetailPane::actionFinished);
        QWidget* bar = test::findByName<QWidget>(pane, QStringLiteral("Confirm action"));
        QVERIFY(bar);
        QTest::mouseClick(test::findByName<QPushButton>(bar, QStringLiteral("Disable")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(finished.first().at(1).toString(), QString());
        auto opened = connection.open();
        QVERIFY(opened);
        auto read = opened->backend->adminGetUser(poolId, username);
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), kWait);
        QVERIFY2(read.result(), qPrintable(read.result().failure().message));
        QVERIFY(!read.result()->enabled);
    }
};

QTEST_MAIN(TestPoolConsoleCognito)
#include "tst_poolconsole_cognito.moc"
