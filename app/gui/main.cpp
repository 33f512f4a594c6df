// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator/AppSettings.h"
#include "authenticator/AuthenticatorPage.h"
#include "core/Version.h"
#include "crypto/CryptoInit.h"
#include "otp/Clock.h"
#include "shell/MainWindow.h"
#include "util/Translations.h"
#include "vault/VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

namespace {

// Reads the command line before the GUI exists, so that --help and --version work without a
// display. Returns the vault given with --vault, or an empty string for the default one.
QString vaultPathFromArguments(int& argc, char* argv[])
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
    return parser.value(vaultOption);
}

} // namespace

int main(int argc, char* argv[])
{
    // First of all, before any secret can exist: no core dumps, secure heap, crypto self-test.
    const tessera::Status crypto = tessera::crypto::initialise();
    QString vaultPath = vaultPathFromArguments(argc, argv);

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
    if (vaultPath.isEmpty()) {
        vaultPath = tessera::vault::defaultVaultPath();
    }
    tessera::ui::MainWindow window(
        new tessera::ui::AuthenticatorPage(vaultPath, tessera::otp::systemClock()));
    window.show();
    window.startDesktopIntegration();
    return QApplication::exec();
}
