// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"
#include "crypto/CryptoInit.h"
#include "shell/MainWindow.h"

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
    parser.process(app);

    if (!crypto.ok()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Tessera cannot start"),
            QApplication::translate("main", "The cryptography self-test failed, so Tessera will "
                                            "not handle secrets on this system.\n\n%1")
                .arg(crypto.error()));
        return 1;
    }

    tessera::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
