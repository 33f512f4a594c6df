// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tessera {

namespace {

// QStandardPaths builds the folder from the names the application gave Qt; ask with these names,
// then put the caller's back.
QString appDataFolder(const QString& organisation, const QString& application)
{
    const QString callerOrganisation = QCoreApplication::organizationName();
    const QString callerApplication = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(callerOrganisation);
    QCoreApplication::setApplicationName(callerApplication);
    return folder;
}

} // namespace

QString dataFolder()
{
    return appDataFolder(QStringLiteral("Tessera"), QStringLiteral("tessera"));
}

QString dataFile(const QString& name, const QList<LegacyLocation>& legacy)
{
    const QString current = QDir(dataFolder()).filePath(name);
    if (QFileInfo::exists(current)) {
        return current;
    }
    for (const LegacyLocation& location : legacy) {
        const QString earlier =
            QDir(appDataFolder(location.organisation, location.application)).filePath(name);
        if (QFileInfo::exists(earlier)) {
            return earlier;
        }
    }
    return current;
}

} // namespace tessera
