// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "authenticator/AuthenticatorPage.h"
#include "console/PoolConsolePage.h"
#include "otp/Base32.h"
#include "pool/lab/VaultEntryCodes.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using tessera::test::Screenshot;
using tessera::ui::AboutDialog;
using tessera::ui::AuthenticatorPage;
using tessera::ui::EmptyState;
using tessera::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void hasBothPlaces();
    void viewActionSwitchesPlace_data();
    void viewActionSwitchesPlace();
    void navigationSwitchesPlace();
    void emptyStateExplainsPlace_data();
    void emptyStateExplainsPlace();
    void poolConsoleOffersToConnect();
    void aboutActionOpensAboutDialog();
    void consoleSeesTheVaultThroughTheShell();
    void screenshot_data();
    void screenshot();

private:
    // An authenticator over a vault that does not exist yet, in a folder the test owns.
    AuthenticatorPage* newAuthenticator()
    {
        return new AuthenticatorPage(m_dir.filePath(QStringLiteral("vault.tessera")),
                                     [] { return qint64(1'700'000'000); });
    }

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
};

void TestMainWindow::initTestCase()
{
    m_lightPalette = QApplication::palette();
}

void TestMainWindow::cleanup()
{
    QApplication::setPalette(m_lightPalette);
}

void TestMainWindow::hasBothPlaces()
{
    MainWindow window(newAuthenticator());
    QCOMPARE(window.windowTitle(), QStringLiteral("Tessera"));
    QVERIFY2(window.width() >= 800 && window.height() >= 600,
             "the default size should leave room for both places");

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* places = window.findChild<QStackedWidget*>(QStringLiteral("places"));
    QVERIFY(navigation);
    QVERIFY(places);
    QCOMPARE(navigation->count(), 2);
    QCOMPARE(places->count(), 2);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Authenticator"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Pool console"));
    QVERIFY(window.findChild<AuthenticatorPage*>(QStringLiteral("authenticatorPlace")));
    QVERIFY(window.poolConsole() != nullptr);
    QCOMPARE(places->widget(1), window.poolConsole());
    QCOMPARE(window.currentPlace(), MainWindow::Place::Authenticator);
}

// The console's sign-in lab and bridge reach the authenticator's vault only through what the
// shell lends them; while the vault is locked they are told so and add nothing.
void TestMainWindow::consoleSeesTheVaultThroughTheShell()
{
    MainWindow window(newAuthenticator());
    tessera::pool::lab::LabVault* vault = window.poolConsole()->session().labVault();
    QVERIFY2(vault != nullptr, "the shell lends the console the vault");
    QVERIFY(!vault->isOpen());
    const auto linked = vault->linkedEntry(QStringLiteral("pool"), QStringLiteral("alice"));
    QVERIFY(!linked);
    QVERIFY2(linked.error().contains(QLatin1String("locked")), qPrintable(linked.error()));
    tessera::otp::OtpSpec spec;
    auto secret = tessera::otp::base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
    spec.secret = std::move(*secret);
    spec.account = QStringLiteral("alice");
    const tessera::Status added =
        vault->addLinkedEntry(QStringLiteral("pool"), QStringLiteral("alice"),
                              tessera::otp::OtpParameters::create(std::move(spec)).value());
    QVERIFY2(!added, "nothing is added to a locked vault");
}

void TestMainWindow::viewActionSwitchesPlace_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<MainWindow::Place>("from");
    QTest::addColumn<MainWindow::Place>("to");
    QTest::addColumn<QString>("page");

    QTest::newRow("Ctrl+2 opens the pool console")
        << "actionShowPoolConsole" << QKeySequence(Qt::CTRL | Qt::Key_2)
        << MainWindow::Place::Authenticator << MainWindow::Place::PoolConsole << "poolConsolePlace";
    QTest::newRow("Ctrl+1 opens the authenticator")
        << "actionShowAuthenticator" << QKeySequence(Qt::CTRL | Qt::Key_1)
        << MainWindow::Place::PoolConsole << MainWindow::Place::Authenticator
        << "authenticatorPlace";
}

void TestMainWindow::viewActionSwitchesPlace()
{
    QFETCH(QString, actionName);
    QFETCH(QKeySequence, shortcut);
    QFETCH(MainWindow::Place, from);
    QFETCH(MainWindow::Place, to);
    QFETCH(QString, page);

    MainWindow window(newAuthenticator());
    window.showPlace(from);
    QCOMPARE(window.currentPlace(), from);

    auto* action = window.findChild<QAction*>(actionName);
    QVERIFY2(action, qPrintable(actionName + " should exist"));
    QCOMPARE(action->shortcut(), shortcut);
    QVERIFY2(!action->isChecked(), "the action of the place not shown should be unchecked");

    action->trigger();
    QCOMPARE(window.currentPlace(), to);
    QCOMPARE(
        window.findChild<QStackedWidget*>(QStringLiteral("places"))->currentWidget()->objectName(),
        page);
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentRow(), int(to));
    QVERIFY2(action->isChecked(), "the action of the place shown should be checked");
}

void TestMainWindow::navigationSwitchesPlace()
{
    MainWindow window(newAuthenticator());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* places = window.findChild<QStackedWidget*>(QStringLiteral("places"));
    auto* consoleAction = window.findChild<QAction*>(QStringLiteral("actionShowPoolConsole"));

    QSignalSpy placeChanged(&window, &MainWindow::currentPlaceChanged);

    navigation->setCurrentRow(1);
    QCOMPARE(placeChanged.count(), 1);
    QCOMPARE(placeChanged.takeFirst().at(0).value<MainWindow::Place>(),
             MainWindow::Place::PoolConsole);
    QCOMPARE(places->currentWidget()->objectName(), QStringLiteral("poolConsolePlace"));
    QVERIFY2(consoleAction->isChecked(), "the View menu should follow the navigation");
    navigation->setCurrentRow(0);
    QCOMPARE(places->currentWidget()->objectName(), QStringLiteral("authenticatorPlace"));
    QVERIFY2(!consoleAction->isChecked(), "only the shown place should be checked");
}

void TestMainWindow::emptyStateExplainsPlace_data()
{
    QTest::addColumn<MainWindow::Place>("place");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("textPart");

    QTest::newRow("pool console") << MainWindow::Place::PoolConsole << "poolConsolePlace"
                                  << "No pools open"
                                  << "AWS Cognito";
}

void TestMainWindow::emptyStateExplainsPlace()
{
    QFETCH(MainWindow::Place, place);
    QFETCH(QString, page);
    QFETCH(QString, title);
    QFETCH(QString, textPart);

    MainWindow window(newAuthenticator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPlace(place);

    // A place is its empty state, or shows one while it has nothing (the console before a
    // connection).
    auto* placeWidget = window.findChild<QWidget*>(page);
    QVERIFY(placeWidget);
    auto* state = qobject_cast<EmptyState*>(placeWidget);
    if (state == nullptr) {
        for (auto* candidate : placeWidget->findChildren<EmptyState*>()) {
            if (candidate->isVisible()) {
                state = candidate;
                break;
            }
        }
    }
    QVERIFY(state);
    auto* titleLabel = state->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
    auto* textLabel = state->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(titleLabel && textLabel);
    QVERIFY2(titleLabel->isVisible(), "the title of the shown place should be visible");
    QVERIFY2(textLabel->isVisible(), "the explanation of the shown place should be visible");
    QCOMPARE(titleLabel->text(), title);
    QVERIFY2(textLabel->text().contains(textPart), qPrintable(textLabel->text()));
    QVERIFY2(textLabel->height() >= textLabel->heightForWidth(textLabel->width()),
             "the explanation should get the height its wrapped lines need, not be clipped");
}

void TestMainWindow::poolConsoleOffersToConnect()
{
    MainWindow window(newAuthenticator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPlace(MainWindow::Place::PoolConsole);
    QStringList offered;
    for (const QPushButton* button : window.poolConsole()->findChildren<QPushButton*>()) {
        if (button->isVisible()) {
            QVERIFY2(button->isEnabled(), qPrintable(button->text() + " is shown but disabled"));
            offered << button->text();
        }
    }
    QVERIFY2(offered.contains(QStringLiteral("Open local pools")), qPrintable(offered.join(", ")));
    QVERIFY(offered.contains(QStringLiteral("Connect to AWS Cognito…")));
}

void TestMainWindow::aboutActionOpensAboutDialog()
{
    MainWindow window(newAuthenticator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<AboutDialog*>());

    window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    QVERIFY2(dialog, "Help > About Tessera should open the About dialog");
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void TestMainWindow::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<MainWindow::Place>("place");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("authenticator, light")
        << false << MainWindow::Place::Authenticator << "main-authenticator.png";
    QTest::newRow("pool console, light")
        << false << MainWindow::Place::PoolConsole << "main-console.png";
    QTest::newRow("authenticator, dark")
        << true << MainWindow::Place::Authenticator << "main-authenticator-dark.png";
    QTest::newRow("pool console, dark")
        << true << MainWindow::Place::PoolConsole << "main-console-dark.png";
}

void TestMainWindow::screenshot()
{
    QFETCH(bool, dark);
    QFETCH(MainWindow::Place, place);
    QFETCH(QString, fileName);

    // Set before the window exists: QApplication only passes a new palette on to existing
    // widgets once its event loop runs, which a Qt Test function does not start.
    if (dark) {
        QApplication::setPalette(Screenshot::darkPalette());
    }
    MainWindow window(newAuthenticator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPlace(place);

    const QImage image = Screenshot::grab(&window);
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    const int colours = Screenshot::distinctColours(image);
    QVERIFY2(colours > 32,
             qPrintable(QStringLiteral("only %1 colours: is anything drawn?").arg(colours)));

    // The places are drawn on the palette's base colour, whatever that is; the locked
    // authenticator shows its unlock form on the window colour, so its fields (Base) stand out.
    auto* places = window.findChild<QStackedWidget*>(QStringLiteral("places"));
    const QImage placesImage = Screenshot::grab(places);
    const QColor corner = placesImage.pixelColor(4, 4);
    const QPalette::ColorRole role =
        place == MainWindow::Place::Authenticator ? QPalette::Window : QPalette::Base;
    QCOMPARE(corner, QApplication::palette().color(role));
    QVERIFY2(dark == (qGray(corner.rgb()) < 128), "the window should follow a dark palette");

    QVERIFY2(Screenshot::saveIfAsked(image, fileName), qPrintable(fileName));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
