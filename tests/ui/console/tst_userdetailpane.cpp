// SPDX-License-Identifier: GPL-3.0-or-later
// The user detail pane over the local engine, driven as a person drives it: the user's
// attributes, factors, devices and sign-ins are shown; each action says what it will do, runs
// on Confirm and says what it did, checked in the store by a second engine; deleting waits for
// the typed username; what a backend lacks is hidden with the reason.
#include "ConsoleTestSupport.h"
#include "UserAdminTestSupport.h"
#include "console/ActionConfirmBar.h"
#include "console/EnrolmentBridgeDialog.h"
#include "console/PoolSession.h"
#include "console/UserDetailPane.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

class TestUserDetailPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_poolId;

    // A fresh store for each case, so one case's changes never meet another's.
    void freshStore()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("users-%1.sqlite").arg(++n));
        m_poolId = test::makeUserStore(m_path, 2);
        QVERIFY(!m_poolId.isEmpty());
    }

    // The pane showing alice, connected to the store.
    struct Shown
    {
        PoolSession session;
        UserDetailPane pane{session};
    };
    void show(Shown& shown)
    {
        shown.session.connectTo(pool::PoolConnection::local(m_path));
        QTRY_VERIFY(shown.session.isConnected());
        shown.pane.resize(800, 900);
        shown.pane.show();
        QSignalSpy read(&shown.pane, &UserDetailPane::userShown);
        shown.pane.showUser(m_poolId, QStringLiteral("alice"));
        QTRY_COMPARE(read.count(), 1);
    }

    // Clicks the action button `name`, checks what the pane says it will do, confirms with the
    // bar's button `confirmName` (the action's title; `name` when empty).
    void proposeAndConfirm(UserDetailPane& pane, const QString& name, const QString& willDo,
                           const QString& confirmName = {})
    {
        auto* button = test::findByName<QPushButton>(&pane, name);
        QVERIFY2(button, qPrintable(name));
        // The user is read again after each action, on the console's shared pace (5 a second):
        // the buttons come back once that answer is in.
        QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(), qPrintable(name), 5000);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* bar = pane.findChild<ActionConfirmBar*>();
        QVERIFY(bar->isVisible());
        auto* sentence = test::findByName<QLabel>(bar, QStringLiteral("What the action will do"));
        QVERIFY2(sentence->text().contains(willDo), qPrintable(sentence->text()));
        auto* confirm =
            test::findByName<QPushButton>(bar, confirmName.isEmpty() ? name : confirmName);
        QVERIFY2(confirm && confirm->isEnabled(), qPrintable(confirmName));
        QSignalSpy finished(&pane, &UserDetailPane::actionFinished);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toString(), QString());
    }

    // The message bar showing (a bar is announced by its text, so it is found as the one shown).
    QString outcome(UserDetailPane& pane)
    {
        QStringList shown;
        for (ui::MessageBar* bar : pane.findChildren<ui::MessageBar*>()) {
            if (bar->isVisible()) {
                shown << bar->text();
            }
        }
        return shown.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void showsAttributesFactorsDevicesAndSignIns()
    {
        freshStore();
        Shown shown;
        show(shown);
        auto* attributes =
            test::findByName<QTableWidget>(&shown.pane, QStringLiteral("Attributes"));
        QStringList names;
        for (int row = 0; row < attributes->rowCount(); ++row) {
            names << attributes->item(row, 0)->text();
        }
        QVERIFY(names.contains(QStringLiteral("email")));
        QVERIFY(names.contains(QStringLiteral("phone_number")));
        auto* status = test::findByName<QLabel>(&shown.pane, QStringLiteral("User status"));
        QVERIFY(status->text().contains(QStringLiteral("FORCE_CHANGE_PASSWORD")));
        auto* devices =
            test::findByName<QTableWidget>(&shown.pane, QStringLiteral("Remembered devices"));
        QTRY_COMPARE(devices->rowCount(), 2);
        auto* events =
            test::findByName<QTableWidget>(&shown.pane, QStringLiteral("Recent sign-ins"));
        QTRY_COMPARE(events->rowCount(), 1);
        QCOMPARE(events->item(0, 1)->text(), QStringLiteral("198.51.100.4"));
        QCOMPARE(events->item(0, 2)->text(), QStringLiteral("Firefox on Linux"));
        QCOMPARE(events->item(0, 3)->text(), QStringLiteral("Medium"));
        QCOMPARE(events->item(0, 4)->text(), QStringLiteral("AccountTakeover"));
        QCOMPARE(events->item(0, 6)->text(), QStringLiteral("new device; new country"));
        auto* factors = test::findByName<QLabel>(&shown.pane, QStringLiteral("Factors"));
        QVERIFY(factors->text().contains(QStringLiteral("password only")));
    }

    // "Set up an authenticator…" opens the enrolment bridge for the user shown, which asks for
    // the user's password first (the pane has no token of the user's).
    void setUpAnAuthenticatorOpensTheBridge()
    {
        freshStore();
        Shown shown;
        show(shown);
        auto* button =
            test::findByName<QPushButton>(&shown.pane, QStringLiteral("Set up an authenticator…"));
        QVERIFY2(button && button->isEnabled(), "offered for the user shown");
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = shown.pane.findChild<EnrolmentBridgeDialog*>();
        QVERIFY2(dialog && dialog->isVisible(), "the bridge opens");
        QVERIFY(dialog->windowTitle().contains(QLatin1String("alice")));
        QVERIFY2(test::findByName<QLineEdit>(dialog, QStringLiteral("Password")),
                 "it signs in as the user first");
        dialog->close();
    }

    void disableThenEnable()
    {
        freshStore();
        Shown shown;
        show(shown);
        proposeAndConfirm(shown.pane, QStringLiteral("Disable"),
                          QStringLiteral("alice will not be able to sign in"));
        QCOMPARE(outcome(shown.pane), QStringLiteral("alice is disabled and cannot sign in."));
        auto stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QVERIFY(stored);
        QCOMPARE(stored->value(QStringLiteral("Enabled")).toBool(), false);
        // The pane re-read the user: the button offers the way back.
        QTRY_VERIFY(test::findByName<QPushButton>(&shown.pane, QStringLiteral("Enable")));
        proposeAndConfirm(shown.pane, QStringLiteral("Enable"),
                          QStringLiteral("able to sign in again"));
        stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QCOMPARE(stored->value(QStringLiteral("Enabled")).toBool(), true);
    }

    void cancelChangesNothing()
    {
        freshStore();
        Shown shown;
        show(shown);
        QTest::mouseClick(
            test::findByName<QPushButton>(&shown.pane, QStringLiteral("Reset password")),
            Qt::LeftButton);
        auto* bar = shown.pane.findChild<ActionConfirmBar*>();
        QTest::mouseClick(test::findByName<QPushButton>(bar, QStringLiteral("Cancel")),
                          Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(outcome(shown.pane), QStringLiteral("Nothing was changed."));
        const auto stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QCOMPARE(stored->value(QStringLiteral("UserStatus")).toString(),
                 QStringLiteral("FORCE_CHANGE_PASSWORD"));
    }

    void resetPasswordAndMfaPreference()
    {
        freshStore();
        Shown shown;
        show(shown);
        proposeAndConfirm(shown.pane, QStringLiteral("Reset password"),
                          QStringLiteral("must set a new one"));
        auto stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QCOMPARE(stored->value(QStringLiteral("UserStatus")).toString(),
                 QStringLiteral("RESET_REQUIRED"));

        auto* factor = test::findByName<QComboBox>(&shown.pane, QStringLiteral("Factor"));
        factor->setCurrentIndex(factor->findData(QString::fromLatin1(pool::factors::kEmail)));
        proposeAndConfirm(shown.pane, QStringLiteral("Make preferred"),
                          QStringLiteral("email factor will be turned on and preferred"),
                          QStringLiteral("Require email as preferred factor"));
        QCOMPARE(outcome(shown.pane), QStringLiteral("alice now prefers email."));
        stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QCOMPARE(stored->value(QStringLiteral("PreferredMfaSetting")).toString(),
                 QString::fromLatin1(pool::factors::kEmail));
        auto* factors = test::findByName<QLabel>(&shown.pane, QStringLiteral("Factors"));
        QTRY_VERIFY(factors->text().contains(QStringLiteral("email (preferred)")));

        proposeAndConfirm(shown.pane, QStringLiteral("Clear preference"),
                          QStringLiteral("no preferred factor"),
                          QStringLiteral("Clear MFA preference"));
        stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QVERIFY(stored->value(QStringLiteral("PreferredMfaSetting")).toString().isEmpty());
        QCOMPARE(stored->value(QStringLiteral("UserMFASettingList")).toArray().size(), 1);

        proposeAndConfirm(shown.pane, QStringLiteral("Remove factor"),
                          QStringLiteral("email factor will be turned off"),
                          QStringLiteral("Remove email"));
        stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QVERIFY(stored->value(QStringLiteral("UserMFASettingList")).toArray().isEmpty());
    }

    void preferringAFactorNotSetUpSaysWhy()
    {
        freshStore();
        Shown shown;
        show(shown);
        auto* factor = test::findByName<QComboBox>(&shown.pane, QStringLiteral("Factor"));
        factor->setCurrentIndex(
            factor->findData(QString::fromLatin1(pool::factors::kSoftwareToken)));
        QTest::mouseClick(
            test::findByName<QPushButton>(&shown.pane, QStringLiteral("Make preferred")),
            Qt::LeftButton);
        auto* bar = shown.pane.findChild<ActionConfirmBar*>();
        QSignalSpy finished(&shown.pane, &UserDetailPane::actionFinished);
        auto* confirm = test::findByName<QPushButton>(
            bar, QStringLiteral("Require authenticator app as preferred factor"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        const QString error = finished.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("User has not verified software token mfa")),
                 qPrintable(error));
        QCOMPARE(outcome(shown.pane), error);
    }

    void forgetOneDeviceThenAll()
    {
        freshStore();
        Shown shown;
        show(shown);
        auto* devices =
            test::findByName<QTableWidget>(&shown.pane, QStringLiteral("Remembered devices"));
        QTRY_COMPARE(devices->rowCount(), 2);
        // The devices come in the backend's order (oldest first on the local engine): pick by name.
        const auto laptop = devices->findItems(QStringLiteral("Work laptop"), Qt::MatchExactly);
        QCOMPARE(laptop.size(), 1);
        devices->selectRow(laptop.first()->row());
        auto* forget = test::findByName<QPushButton>(&shown.pane, QStringLiteral("Forget device"));
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        auto* bar = shown.pane.findChild<ActionConfirmBar*>();
        QVERIFY(test::findByName<QLabel>(bar, QStringLiteral("What the action will do"))
                    ->text()
                    .contains(QStringLiteral("Work laptop will be forgotten")));
        QTest::mouseClick(test::findByName<QPushButton>(bar, QStringLiteral("Forget")),
                          Qt::LeftButton);
        QTRY_COMPARE(devices->rowCount(), 1);
        QCOMPARE(devices->item(0, 0)->text(), QStringLiteral("Phone"));
        proposeAndConfirm(shown.pane, QStringLiteral("Forget all devices"),
                          QStringLiteral("Every device alice chose to remember"),
                          QStringLiteral("Forget devices"));
        QTRY_COMPARE(devices->rowCount(), 0);
        QVERIFY(outcome(shown.pane).contains(QStringLiteral("1 device")));
    }

    void deleteWaitsForTheTypedUsername()
    {
        freshStore();
        Shown shown;
        show(shown);
        QTest::mouseClick(
            test::findByName<QPushButton>(&shown.pane, QStringLiteral("Delete user…")),
            Qt::LeftButton);
        auto* bar = shown.pane.findChild<ActionConfirmBar*>();
        auto* typed = test::findByName<QLineEdit>(bar, QStringLiteral("Type to confirm"));
        auto* confirm = test::findByName<QPushButton>(bar, QStringLiteral("Delete"));
        QVERIFY(typed && confirm);
        QVERIFY(typed->hasFocus());
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("alic"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("e"));
        QVERIFY(confirm->isEnabled());
        QSignalSpy deleted(&shown.pane, &UserDetailPane::userDeleted);
        QTest::keyClick(typed, Qt::Key_Return);
        QTRY_COMPARE(deleted.count(), 1);
        QCOMPARE(deleted.first().first().toString(), QStringLiteral("alice"));
        const auto stored = test::readUser(m_path, m_poolId, QStringLiteral("alice"));
        QVERIFY(!stored);
        QCOMPARE(stored.failure().type, QString::fromLatin1(pool::errors::kUserNotFound));
        auto* status = test::findByName<QLabel>(&shown.pane, QStringLiteral("User status"));
        QCOMPARE(status->text(), QStringLiteral("alice is deleted."));
    }

    void whatTheBackendLacksIsHiddenWithTheReason()
    {
        auto* fake = new test::FakeBackend;
        fake->unsupported = {QStringLiteral("AdminListDevices"),
                             QStringLiteral("AdminListUserAuthEvents")};
        PoolSession session;
        pool::OpenedBackend opened;
        opened.backend.reset(fake);
        session.connectTo(pool::PoolConnection::local(m_dir.filePath(QStringLiteral("x"))),
                          std::move(opened));
        QVERIFY(fake->answer(QStringLiteral("ListUserPools"),
                             QJsonObject{{QStringLiteral("UserPools"), QJsonArray{}}}));
        QTRY_VERIFY(session.isConnected());
        UserDetailPane pane(session);
        pane.resize(800, 900);
        pane.show();
        QSignalSpy read(&pane, &UserDetailPane::userShown);
        pane.showUser(QStringLiteral("pool"), QStringLiteral("bob"));
        pool::PoolUser bob;
        bob.username = QStringLiteral("bob");
        // The read waits its turn on the session's pacer: asked on the next turn of the loop.
        QTRY_COMPARE(fake->count(QStringLiteral("AdminGetUser")), 1);
        QVERIFY(fake->answer(QStringLiteral("AdminGetUser"), bob.toAdminGetUserJson()));
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(fake->count(QStringLiteral("AdminListDevices")), 0);
        QCOMPARE(fake->count(QStringLiteral("AdminListUserAuthEvents")), 0);
        QVERIFY(!test::findByName<QTableWidget>(&pane, QStringLiteral("Remembered devices")));
        QVERIFY(!test::findByName<QTableWidget>(&pane, QStringLiteral("Recent sign-ins")));
        QVERIFY(!test::findByName<QPushButton>(&pane, QStringLiteral("Forget all devices")));
        QStringList notes;
        for (QLabel* label : pane.findChildren<QLabel*>()) {
            if (label->isVisible()) {
                notes << label->text();
            }
        }
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("AdminListDevices")),
                 qPrintable(notes.join(QLatin1Char('\n'))));
        QVERIFY(notes.join(QLatin1Char('\n')).contains(QStringLiteral("AdminListUserAuthEvents")));
    }
};

QTEST_MAIN(TestUserDetailPane)
#include "tst_userdetailpane.moc"
