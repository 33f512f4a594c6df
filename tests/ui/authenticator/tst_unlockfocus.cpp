// SPDX-License-Identifier: GPL-3.0-or-later
// The unlock and create forms as a person meets them: launched, the window is shown and the
// person types the password and presses Enter without clicking anything first. Keys go to the
// window (as the platform delivers them), never to the field directly, so the test fails when
// the field does not have the keyboard focus.
#include "TestVault.h"

#include "authenticator/AuthenticatorPage.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWindow>

using namespace tessera;
using namespace tessera::test;
using tessera::ui::AuthenticatorPage;
using tessera::ui::MainWindow;

namespace {

const QString kExample =
    QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example");

// What a keyboard sends for `text`, then Enter, to the window itself.
void typeIntoWindow(QWidget& window, const QString& text, Qt::Key finalKey = Qt::Key_Return)
{
    QWindow* handle = window.windowHandle();
    QVERIFY(handle);
    for (const QChar character : text) {
        QTest::keyClick(handle, character.toLatin1());
    }
    QTest::keyClick(handle, finalKey);
}

QString focusDescription()
{
    const QWidget* focus = QApplication::focusWidget();
    return focus
               ? QStringLiteral("%1 (%2)").arg(
                     focus->accessibleName(), QString::fromLatin1(focus->metaObject()->className()))
               : QStringLiteral("nothing");
}

// The window as main() makes it, over a page for `vaultPath`, shown and active.
struct Launched
{
    explicit Launched(const QString& vaultPath, bool cheapCreate = false)
        : page(new AuthenticatorPage(vaultPath, [] { return kNow; })), window(page)
    {
        if (cheapCreate) {
            page->session().setCreateOptions(cheapKdf());
        }
        window.show();
        active = QTest::qWaitForWindowActive(&window);
    }

    // Waits for the vault to open; false, with where the keys went, if it does not.
    bool waitUntilOpen(QString& why) const
    {
        if (QTest::qWaitFor([this] { return page->model() != nullptr; }, 10'000)) {
            return true;
        }
        why = QStringLiteral("the vault did not open; the keys went to %1").arg(focusDescription());
        return false;
    }

    AuthenticatorPage* page;
    MainWindow window;
    bool active = false;
};

} // namespace

class TestUnlockFocus : public QObject
{
    Q_OBJECT

private slots:
    void typingAtLaunchUnlocks();
    void wrongPasswordIsSelectedForRetyping();
    void typingAtFirstLaunchCreatesTheVault();
    void typingAfterLockUnlocks();
    void comingBackFromTheConsoleFocusesThePassword();
};

void TestUnlockFocus::typingAtLaunchUnlocks()
{
    QTemporaryDir dir;
    Launched app(makeVault(dir, {}));
    QVERIFY(app.active);
    typeIntoWindow(app.window, kPassword);
    QString why;
    QVERIFY2(app.waitUntilOpen(why), qPrintable(why));
}

void TestUnlockFocus::wrongPasswordIsSelectedForRetyping()
{
    QTemporaryDir dir;
    Launched app(makeVault(dir, {}));
    QVERIFY(app.active);
    typeIntoWindow(app.window, QStringLiteral("wrong guess"));
    auto* error = app.page->findChild<QLabel*>(QStringLiteral("error"));
    auto* password = app.page->findChild<QLineEdit*>(QStringLiteral("password"));
    QVERIFY(error && password);
    QTRY_VERIFY(error->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->selectedText(), QStringLiteral("wrong guess"));
    // Typing replaces the selected wrong password.
    typeIntoWindow(app.window, kPassword);
    QString why;
    QVERIFY2(app.waitUntilOpen(why), qPrintable(why));
}

void TestUnlockFocus::typingAtFirstLaunchCreatesTheVault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.tessera"));
    Launched app(path, true);
    QVERIFY(app.active);
    // Password, Tab to the confirmation, the same again, Enter.
    typeIntoWindow(app.window, kPassword, Qt::Key_Tab);
    typeIntoWindow(app.window, kPassword);
    QString why;
    QVERIFY2(app.waitUntilOpen(why), qPrintable(why));
    QVERIFY(QFileInfo::exists(path));
}

void TestUnlockFocus::typingAfterLockUnlocks()
{
    QTemporaryDir dir;
    Launched app(makeVault(dir, {kExample}));
    QVERIFY(app.active);
    typeIntoWindow(app.window, kPassword);
    QString why;
    QVERIFY2(app.waitUntilOpen(why), qPrintable(why));
    app.page->lock();
    QVERIFY(app.page->model() == nullptr);
    typeIntoWindow(app.window, kPassword);
    QVERIFY2(app.waitUntilOpen(why), qPrintable(why));
}

void TestUnlockFocus::comingBackFromTheConsoleFocusesThePassword()
{
    QTemporaryDir dir;
    Launched app(makeVault(dir, {}));
    QVERIFY(app.active);
    app.window.showPlace(MainWindow::Place::PoolConsole);
    app.window.showPlace(MainWindow::Place::Authenticator);
    typeIntoWindow(app.window, kPassword);
    QString why;
    QVERIFY2(app.waitUntilOpen(why), qPrintable(why));
}

QTEST_MAIN(TestUnlockFocus)
#include "tst_unlockfocus.moc"
