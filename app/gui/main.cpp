// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator/AuthenticatorPage.h"
#include "core/Version.h"
#include "crypto/CryptoInit.h"
#include "otp/Clock.h"
#include "shell/MainWindow.h"
#include "vault/VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    // First of all, before any secret can exist: no core dumps, secure heap, crypto self-test.
    const tessera::Status crypto = tessera::crypto::initialise();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationDomain(QStringLiteral("tessera.org"));
    QApplication::setApplicationVersion(QString::fromLatin1(tessera::kVersion));
    // Wayland compositors find the window's icon and name through the .desktop file's id.
    QApplication::setDesktopFileName(QStringLiteral("org.tessera.Tessera"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Authenticator and MFA pool console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QApplication::translate("main", "Open the vault at PATH (created on first start)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(vaultOption);
    parser.process(app);

    if (!crypto.ok()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Tessera cannot start"),
            QApplication::translate("main", "The cryptography self-test failed, so Tessera will "
                                            "not handle secrets on this system.\n\n%1")
                .arg(crypto.error()));
        return 1;
    }

    const QString vaultPath =
        parser.isSet(vaultOption) ? parser.value(vaultOption) : tessera::vault::defaultVaultPath();
    tessera::ui::MainWindow window(
        new tessera::ui::AuthenticatorPage(vaultPath, tessera::otp::systemClock()));
    window.show();
    return QApplication::exec();
}
