// SPDX-License-Identifier: GPL-3.0-or-later
// The authenticator beyond the basics: keyring unlock, the clock check, edit, favourites and
// sort orders, hidden codes, the next code, accessible names, settings, the tray's quick copy
// and locking on screen lock or minimise.
#include "TestVault.h"
#include "authenticator/AppSettings.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/ClockCheckBar.h"
#include "authenticator/EditEntryDialog.h"
#include "authenticator/QuickCopyPopup.h"
#include "authenticator/ScreenLockWatcher.h"
#include "authenticator/SettingsDialog.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/TokenSortModel.h"
#include "authenticator/VaultSession.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "shell/MainWindow.h"
#include "time/SntpClient.h"
#include "vault/InMemoryKeyring.h"
#include "vault/VaultFile.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace tessera;
using ui::AuthenticatorPage;
using ui::TokenListModel;
using namespace tessera::test;

namespace {

const QStringList kUris{
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP"),
    QStringLiteral("otpauth://totp/Google:alice.smith@gmail.com?secret=KRSXG5CTMVRXEZLU"),
    QStringLiteral("otpauth://totp/Amazon:root?secret=MFRGGZDFMZTWQ2LK"),
};

QString makeVault(const QTemporaryDir& dir)
{
    return test::makeVault(dir, kUris);
}

bool unlock(AuthenticatorPage& page)
{
    page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return page.model() != nullptr; }, 10000);
}

QString codeAt(qint64 when, int entry)
{
    return otp::code(*otp::otpauth::parse(kUris[entry]), when);
}

// Answers SNTP requests on 127.0.0.1 with a clock `skewMs` ahead of the real one.
class FakeNtpServer : public QObject
{
public:
    explicit FakeNtpServer(qint64 skewMs) : m_skewMs(skewMs)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray request(int(m_socket.pendingDatagramSize()), '\0');
                QHostAddress from;
                quint16 port = 0;
                m_socket.readDatagram(request.data(), request.size(), &from, &port);
                QByteArray reply(48, '\0');
                reply[0] = char((4 << 3) | 4);
                reply[1] = 2;
                reply.replace(24, 8, request.mid(40, 8));
                const QByteArray now =
                    time::ntpTimestamp(QDateTime::currentMSecsSinceEpoch() + m_skewMs);
                reply.replace(32, 8, now);
                reply.replace(40, 8, now);
                m_socket.writeDatagram(reply, from, port);
            }
        });
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_socket.localPort()); }

private:
    QUdpSocket m_socket;
    qint64 m_skewMs;
};

} // namespace

class TestAuthenticatorFeatures : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void rememberAtCreateThenUnlockWithoutTyping();
    void keyringFailureStillOpens();
    void rememberFromSettings();
    void clockCheckOffersCorrection();
    void editChangesLabelsGroupAndFavourite();
    void editRefusesOverLongText();
    void favouritesFirstAndSortOrders();
    void hideCodesUntilClicked();
    void nextCodeIsTheFollowingPeriod();
    void accessibleNameReadsIssuerAccountAndCode();
    void settingsDialogAndStore();
    void quickCopyFromTrayPopup();
    void screenLockLocks();
    void screenSaverSignalOverDBus();
    void minimiseLocksWhenAsked();
};

void TestAuthenticatorFeatures::cleanup()
{
    QApplication::clipboard()->clear();
}

void TestAuthenticatorFeatures::rememberAtCreateThenUnlockWithoutTyping()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.tessera"));
    auto keyring = std::make_shared<vault::InMemoryKeyring>();
    {
        AuthenticatorPage page(path, [] { return kNow; });
        page.session().setKeyring(keyring);
        page.session().setCreateOptions(cheapKdf());
        auto* remember = page.findChild<QCheckBox*>(QStringLiteral("rememberKeyring"));
        QVERIFY(remember);
        QVERIFY2(!remember->isHidden(), "creating offers the keyring");
        remember->setChecked(true);
        page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
        page.findChild<QLineEdit*>(QStringLiteral("confirmPassword"))->setText(kPassword);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
        QTRY_VERIFY(page.model() != nullptr);
        QVERIFY(page.session().isRemembered());
        QCOMPARE(keyring->size(), std::size_t(1));
    }
    AuthenticatorPage page(path, [] { return kNow; });
    page.session().setKeyring(keyring);
    QVERIFY(page.session().fileHasKeyringSlot());
    QSignalSpy busy(&page.session(), &ui::VaultSession::busyChanged);
    QVERIFY2(page.unlockWithKeyringIfSet(), "a keyring slot unlocks without typing");
    QVERIFY2(page.model() == nullptr, "the keyring is read off the UI thread");
    QTRY_VERIFY(page.model() != nullptr);
    QVERIFY(busy.count() >= 2);

    // After a manual lock the keyring waits for the user's click.
    page.lock();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("keyringUnlock"));
    QVERIFY(button && !button->isHidden());
    QVERIFY(page.model() == nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(page.model() != nullptr);
}

void TestAuthenticatorFeatures::keyringFailureStillOpens()
{
    QTemporaryDir dir;
    auto keyring = std::make_shared<vault::InMemoryKeyring>();
    keyring->setAvailable(false);
    AuthenticatorPage page(makeVault(dir), [] { return kNow; });
    page.session().setKeyring(keyring);
    QSignalSpy failed(&page.session(), &ui::VaultSession::keyringFailed);
    page.findChild<QCheckBox*>(QStringLiteral("rememberKeyring"))->setChecked(true);
    QVERIFY(unlock(page));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!page.session().isRemembered());
    const QString status = page.findChild<QLabel*>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("keyring")), qPrintable(status));
}

void TestAuthenticatorFeatures::rememberFromSettings()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir);
    auto keyring = std::make_shared<vault::InMemoryKeyring>();
    AuthenticatorPage page(path, [] { return kNow; });
    page.session().setKeyring(keyring);
    QVERIFY(unlock(page));
    QSignalSpy remembered(&page.session(), &ui::VaultSession::rememberedChanged);
    for (const bool remember : {true, false}) {
        remembered.clear();
        auto* dialog = qobject_cast<ui::SettingsDialog*>(page.openSettings());
        QVERIFY(dialog);
        auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("rememberKeyring"));
        QVERIFY(box->isEnabled());
        QCOMPARE(box->isChecked(), !remember);
        box->setChecked(remember);
        dialog->accept();
        // Once the change is saved; forgetting deletes the keyring item after that.
        QTRY_COMPARE(remembered.count(), 1);
        QCOMPARE(remembered.first().at(0).toBool(), remember);
        QCOMPARE(page.session().isRemembered(), remember);
        QCOMPARE(page.session().fileHasKeyringSlot(), remember);
        QTRY_COMPARE(keyring->size(), std::size_t(remember ? 1 : 0));
    }
}

void TestAuthenticatorFeatures::clockCheckOffersCorrection()
{
    QTemporaryDir dir;
    FakeNtpServer server(100'000);
    AuthenticatorPage page(makeVault(dir), [] { return kNow; });
    QVERIFY(unlock(page));
    page.model()->setTicking(false);
    auto* bar = page.findChild<ui::ClockCheckBar*>();
    QVERIFY(bar && bar->isHidden());
    page.clockCheck().startChecks(server.address());
    QTRY_VERIFY(!bar->isHidden());
    const QString text = bar->text();
    QVERIFY2(text.contains(QStringLiteral("behind")) && text.contains(QStringLiteral("1 min")),
             qPrintable(text));
    QCOMPARE(page.model()->index(0).data(TokenListModel::CodeRole).toString(), codeAt(kNow, 0));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("correctClock")), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    QCOMPARE(page.clockCheck().correction(), qint64(100));
    QCOMPARE(page.model()->index(0).data(TokenListModel::CodeRole).toString(),
             codeAt(kNow + 100, 0));
    page.clockCheck().startChecks(QString());
}

void TestAuthenticatorFeatures::editChangesLabelsGroupAndFavourite()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir);
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    const QModelIndex amazon = page.listView()->model()->index(2, 0);
    auto* dialog = qobject_cast<ui::EditEntryDialog*>(page.editAccount(amazon));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("issuer"))->setText(QStringLiteral("AWS"));
    dialog->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("prod"));
    dialog->findChild<QComboBox*>(QStringLiteral("group"))->setEditText(QStringLiteral("Work"));
    dialog->findChild<QCheckBox*>(QStringLiteral("favourite"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const QModelIndex first = page.listView()->model()->index(0, 0);
    QCOMPARE(first.data(TokenListModel::IssuerRole).toString(), QStringLiteral("AWS"));
    QVERIFY2(first.data(TokenListModel::FavouriteRole).toBool(), "a favourite is listed first");
    QCOMPARE(first.data(TokenListModel::GroupRole).toString(), QStringLiteral("Work"));
    QCOMPARE(first.data(TokenListModel::CodeRole).toString(), codeAt(kNow, 2));
    QTRY_VERIFY(!page.session().isSaving());
    page.lock();
    auto reopened = vault::VaultFile::open(path, bytes(kPassword));
    QVERIFY(reopened);
    const auto ids = reopened->vault().find(QStringLiteral("AWS:root"));
    QCOMPARE(ids.size(), 1);
    const vault::Entry* entry = reopened->vault().entry(ids.first());
    QVERIFY(entry->isFavourite());
    QCOMPARE(entry->note(), QStringLiteral("prod"));
    QCOMPARE(reopened->vault().groups().size(), 1);
    QCOMPARE(entry->groups(), QList<QUuid>{reopened->vault().groups().first().id});
}

void TestAuthenticatorFeatures::editRefusesOverLongText()
{
    // The dialog asks core (OtpParameters::create, vault::checkNote/checkGroupName), so every
    // over-long field disables Save and the message quotes a short prefix (issue 19, item 8).
    QTemporaryDir dir;
    const QString path = makeVault(dir);
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    auto* dialog =
        qobject_cast<ui::EditEntryDialog*>(page.editAccount(page.listView()->model()->index(2, 0)));
    QVERIFY(dialog);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("message"));
    auto* account = dialog->findChild<QLineEdit*>(QStringLiteral("account"));
    auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("note"));
    auto* group = dialog->findChild<QComboBox*>(QStringLiteral("group"));
    const QString original = account->text();
    QVERIFY(save->isEnabled());
    const QString tooLong(5000, QLatin1Char('x'));
    account->setText(tooLong);
    QVERIFY2(!save->isEnabled(), "a 5000-character account name must not be saved");
    QVERIFY2(message->text().contains(QLatin1String("the account name is too long")) &&
                 message->text().size() < 300,
             qPrintable(message->text().left(300)));
    account->setText(original);
    note->setText(tooLong);
    QVERIFY2(!save->isEnabled(), "a 5000-character note must not be saved");
    QVERIFY2(message->text().contains(QLatin1String("the note is too long")),
             qPrintable(message->text().left(300)));
    note->clear();
    group->setEditText(tooLong);
    QVERIFY2(!save->isEnabled(), "a 5000-character group name must not be saved");
    QVERIFY2(message->text().contains(QLatin1String("the group name is too long")),
             qPrintable(message->text().left(300)));
    group->setEditText(QStringLiteral("Work"));
    QVERIFY(save->isEnabled());
    dialog->reject();
}

void TestAuthenticatorFeatures::favouritesFirstAndSortOrders()
{
    vault::Vault content;
    for (const QString& uri : kUris) {
        content.addEntry(entryFor(uri));
    }
    TokenListModel model(content, [] { return kNow; });
    model.setTicking(false);
    ui::TokenSortModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto issuers = [&] {
        QStringList list;
        for (int row = 0; row < sorted.rowCount(); ++row) {
            list << sorted.index(row, 0).data(TokenListModel::IssuerRole).toString();
        }
        return list;
    };
    QCOMPARE(issuers(), (QStringList{"GitHub", "Google", "Amazon"}));
    sorted.setOrder(ui::TokenSortModel::Order::Issuer);
    QCOMPARE(issuers(), (QStringList{"Amazon", "GitHub", "Google"}));
    model.setFavourite(1, true);
    QCOMPARE(issuers(), (QStringList{"Google", "Amazon", "GitHub"}));
    sorted.setOrder(ui::TokenSortModel::Order::RecentlyUsed);
    model.markUsed(2, QDateTime::fromSecsSinceEpoch(kNow));
    QCOMPARE(issuers(), (QStringList{"Google", "Amazon", "GitHub"}));
    model.setFavourite(1, false);
    QCOMPARE(issuers(), (QStringList{"Amazon", "GitHub", "Google"}));
    // The tick changes codes and countdowns, never the order.
    QSignalSpy moved(&sorted, &QAbstractItemModel::layoutChanged);
    model.tick();
    QCOMPARE(moved.count(), 0);
    sorted.setFilterFixedString(QStringLiteral("gmail"));
    QCOMPARE(issuers(), QStringList{"Google"});
}

void TestAuthenticatorFeatures::hideCodesUntilClicked()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir), [] { return kNow; });
    ui::AppSettings settings;
    settings.hideCodes = true;
    page.applySettings(settings);
    QVERIFY(unlock(page));
    QAbstractItemModel* view = page.listView()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        QVERIFY(view->index(row, 0).data(TokenListModel::HiddenRole).toBool());
        QVERIFY2(view->index(row, 0)
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .contains(QStringLiteral("code hidden")),
                 "a screen reader does not read a hidden code");
    }
    page.copyCode(view->index(1, 0));
    QVERIFY(!view->index(1, 0).data(TokenListModel::HiddenRole).toBool());
    QVERIFY(view->index(0, 0).data(TokenListModel::HiddenRole).toBool());
    QCOMPARE(QApplication::clipboard()->text(), codeAt(kNow, 1));
    page.copyCode(view->index(0, 0));
    QVERIFY2(view->index(1, 0).data(TokenListModel::HiddenRole).toBool(),
             "only the code clicked last shows");
    settings.hideCodes = false;
    page.applySettings(settings);
    QVERIFY(!view->index(1, 0).data(TokenListModel::HiddenRole).toBool());
}

void TestAuthenticatorFeatures::nextCodeIsTheFollowingPeriod()
{
    vault::Vault content;
    content.addEntry(entryFor(kUris[0]));
    TokenListModel model(content, [] { return kNow; });
    QCOMPARE(model.index(0).data(TokenListModel::NextCodeRole).toString(), codeAt(kNow + 30, 0));
    QVERIFY(model.index(0).data(TokenListModel::NextCodeRole) !=
            model.index(0).data(TokenListModel::CodeRole));
}

void TestAuthenticatorFeatures::accessibleNameReadsIssuerAccountAndCode()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir), [] { return kNow; });
    page.resize(600, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(unlock(page));
    QAccessible::setActive(true);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(page.listView());
    QVERIFY(list);
    QVERIFY2(list->childCount() > 0, "the list exposes its rows");
    const QString name = list->child(0)->text(QAccessible::Name);
    const QString code = codeAt(kNow, 0);
    QVERIFY2(name.contains(QStringLiteral("GitHub")) &&
                 name.contains(QStringLiteral("alice@example.com")) &&
                 name.contains(code.left(3) + QLatin1Char(' ') + code.mid(3)),
             qPrintable(name));
}

void TestAuthenticatorFeatures::settingsDialogAndStore()
{
    ui::AppSettings original;
    original.clipboardClearDelay = std::chrono::seconds(45);
    original.timeServer = QStringLiteral("time.example.org");
    ui::SettingsDialog dialog(original, false, false);
    QVERIFY2(!dialog.findChild<QCheckBox*>(QStringLiteral("rememberKeyring"))->isEnabled(),
             "no keyring choice while locked");
    QCOMPARE(dialog.settings(), original);
    dialog.findChild<QSpinBox*>(QStringLiteral("idleMinutes"))->setValue(0);
    dialog.findChild<QCheckBox*>(QStringLiteral("hideCodes"))->setChecked(true);
    dialog.findChild<QComboBox*>(QStringLiteral("sortOrder"))->setCurrentIndex(1);
    const ui::AppSettings chosen = dialog.settings();
    QCOMPARE(chosen.idleLockMinutes, 0);
    QVERIFY(chosen.hideCodes);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(file, QSettings::IniFormat);
        chosen.save(store);
    }
    const QSettings store(file, QSettings::IniFormat);
    QCOMPARE(ui::AppSettings::load(store), chosen);
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY2(!ini.readAll().contains("secret"), "no secret in the settings file");
}

void TestAuthenticatorFeatures::quickCopyFromTrayPopup()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir), [] { return kNow; });
    ui::QuickCopyPopup popup(page);
    QVERIFY2(!popup.popUp(QPoint(10, 10)), "locked: the window opens instead");
    QVERIFY(unlock(page));
    QVERIFY(popup.popUp(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(&popup));
    QTest::keyClicks(popup.searchField(), QStringLiteral("amaz"));
    QCOMPARE(popup.list()->model()->rowCount(), 1);
    QSignalSpy copied(&popup, &ui::QuickCopyPopup::copied);
    QTest::keyClick(popup.searchField(), Qt::Key_Return);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QApplication::clipboard()->text(), codeAt(kNow, 2));
    QVERIFY(popup.isHidden());
}

void TestAuthenticatorFeatures::screenLockLocks()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir), [] { return kNow; });
    ui::AppSettings settings;
    settings.lockOnScreenLock = false;
    page.applySettings(settings);
    QVERIFY(unlock(page));
    emit page.screenLockWatcher().screenLocked();
    QVERIFY2(page.session().isOpen(), "the setting is off");
    settings.lockOnScreenLock = true;
    page.applySettings(settings);
    emit page.screenLockWatcher().screenLocked();
    QVERIFY(!page.session().isOpen());
}

void TestAuthenticatorFeatures::screenSaverSignalOverDBus()
{
    // A private session bus, so the test neither needs nor disturbs the desktop's.
    QProcess daemon;
    daemon.start(QStringLiteral("dbus-daemon"),
                 {QStringLiteral("--session"), QStringLiteral("--nofork"),
                  QStringLiteral("--print-address")});
    if (!daemon.waitForStarted(3000)) {
        QSKIP("dbus-daemon is not installed");
    }
    QVERIFY(daemon.waitForReadyRead(5000));
    const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
    {
        QDBusConnection listener = QDBusConnection::connectToBus(address, QStringLiteral("l"));
        QDBusConnection sender = QDBusConnection::connectToBus(address, QStringLiteral("s"));
        QVERIFY(listener.isConnected() && sender.isConnected());
        ui::ScreenLockWatcher watcher(listener, nullptr);
        QVERIFY(watcher.isListening());
        // The match rule reaches the bus asynchronously, and the signals below travel on another
        // connection that could overtake it. A call on the listener's connection is answered
        // only after the bus has read the rule sent before it.
        QVERIFY(listener.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.DBus")));
        QSignalSpy locked(&watcher, &ui::ScreenLockWatcher::screenLocked);
        const auto send = [&](bool active) {
            QDBusMessage signal = QDBusMessage::createSignal(
                QStringLiteral("/org/freedesktop/ScreenSaver"),
                QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
            signal << active;
            QVERIFY(sender.send(signal));
        };
        send(false);
        send(true);
        QTRY_COMPARE(locked.count(), 1);
        QTest::qWait(50);
        QCOMPARE(locked.count(), 1); // ActiveChanged(false) is the screen unlocking
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("l"));
    QDBusConnection::disconnectFromBus(QStringLiteral("s"));
    daemon.terminate();
    daemon.waitForFinished(3000);
}

void TestAuthenticatorFeatures::minimiseLocksWhenAsked()
{
    QTemporaryDir dir;
    ui::MainWindow window(new AuthenticatorPage(makeVault(dir), [] { return kNow; }));
    AuthenticatorPage& page = *window.authenticator();
    ui::AppSettings settings;
    settings.lockOnMinimise = true;
    page.applySettings(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(unlock(page));
    window.setWindowState(Qt::WindowMinimized);
    QTRY_VERIFY(!page.session().isOpen());
}

QTEST_MAIN(TestAuthenticatorFeatures)
#include "tst_authenticatorfeatures.moc"
