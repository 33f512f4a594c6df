// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator/AppSettings.h"
#include "authenticator/AuthenticatorPage.h"
#include "core/Version.h"
#include "crypto/CryptoInit.h"
#include "otp/Clock.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "util/Translations.h"
#include "vault/VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

using tessera::ui::SingleInstance;

struct LaunchOptions
{
    // Empty for the default vault.
    QString vaultPath;
    // What the window does at start, or what a running instance is asked to do.
    SingleInstance::Request request = SingleInstance::Request::Show;
};

// Reads the command line before the GUI exists, so that --help and --version work without a
// display.
LaunchOptions optionsFromArguments(int& argc, char* argv[])
{
    const QCoreApplication arguments(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(tessera::kVersion));
    // --help speaks the system's language, as command-line tools do.
    tessera::installTranslations();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Authenticator and MFA pool console."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QCoreApplication::translate("main", "Open the vault at PATH (created on first start)."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(vaultOption);
    // The desktop file's actions. With Tessera already running they go to its window.
    const QCommandLineOption scanOption(
        QStringLiteral("scan-screen"),
        QCoreApplication::translate("main", "Add an account from a QR code on the screen (once "
                                            "the vault is unlocked)."));
    parser.addOption(scanOption);
    const QCommandLineOption lockOption(
        QStringLiteral("lock"), QCoreApplication::translate("main", "Lock the running Tessera."));
    parser.addOption(lockOption);
    // Qt's own options (-style, -platform...) are for QApplication below, so unknown options
    // are not an error here: parse() rather than process(), which would exit on them (Qt 6.4
    // has no setUnknownOptionsIgnored).
    (void)parser.parse(QCoreApplication::arguments());
    if (parser.isSet(helpOption)) {
        parser.showHelp();
    }
    if (parser.isSet(versionOption)) {
        parser.showVersion();
    }
    LaunchOptions options;
    options.vaultPath = parser.value(vaultOption);
    if (parser.isSet(scanOption)) {
        options.request = SingleInstance::Request::ScanScreen;
    } else if (parser.isSet(lockOption)) {
        options.request = SingleInstance::Request::Lock;
    }
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    // First of all, before any secret can exist: no core dumps, secure heap, crypto self-test.
    const tessera::Status crypto = tessera::crypto::initialise();
    LaunchOptions options = optionsFromArguments(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationDomain(QStringLiteral("tessera.org"));
    QApplication::setApplicationVersion(QString::fromLatin1(tessera::kVersion));
    // Wayland compositors find the window's icon and name through the .desktop file's id.
    QApplication::setDesktopFileName(QStringLiteral("org.tessera.Tessera"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));
    // The language chosen in the settings (stored under the names set above), else the system's.
    tessera::installTranslations(tessera::ui::AppSettings::load(QSettings()).language);

    if (!crypto.ok()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Tessera cannot start"),
            QApplication::translate("main", "The cryptography self-test failed, so Tessera will "
                                            "not handle secrets on this system.\n\n%1")
                .arg(crypto.error()));
        return 1;
    }

    // The default location depends on the application and organisation names set above.
    if (options.vaultPath.isEmpty()) {
        options.vaultPath = tessera::vault::defaultVaultPath();
    }
    // A vault is open in one window at most: a second launch hands its request over and ends.
    SingleInstance instance(options.vaultPath);
    if (instance.forward(options.request)) {
        return 0;
    }
    if (options.request == SingleInstance::Request::Lock) {
        return 0; // nothing runs, so nothing is unlocked
    }
    if (const tessera::Status listening = instance.listen(); !listening) {
        std::fprintf(stderr, "tessera: %s\n", qUtf8Printable(listening.error()));
    }
    tessera::ui::MainWindow window(
        new tessera::ui::AuthenticatorPage(options.vaultPath, tessera::otp::systemClock()));
    QObject::connect(&instance, &SingleInstance::requested, &window,
                     &tessera::ui::MainWindow::handleRequest);
    window.show();
    window.startDesktopIntegration();
    if (options.request != SingleInstance::Request::Show) {
        QTimer::singleShot(0, &window,
                           [&window, &options] { window.handleRequest(options.request); });
    }
    return QApplication::exec();
}
