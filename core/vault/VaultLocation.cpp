// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tessera::vault {

QString defaultVaultPath()
{
    // AppDataLocation follows the application name, which differs between `tessera` and
    // `tessera-cli`: ask as "tessera", then put the caller's name back.
    const QString caller = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(caller);
    return QDir(folder).filePath(QStringLiteral("vault.tessera"));
}

} // namespace tessera::vault
