// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace tessera {

// Where Tessera keeps its files — the vault, the local pool store, the console's policy history —
// the same folder for the window and the command line, whatever each names itself to Qt:
// the application data folder of organisation "Tessera", application "tessera"
// (~/.local/share/Tessera/tessera on Linux, %APPDATA%\Tessera\tessera on Windows,
// ~/Library/Application Support/Tessera/tessera on macOS).
QString dataFolder();

// An earlier place a file was kept, by the organisation and application names Qt was given.
struct LegacyLocation
{
    QString organisation;
    QString application;
};

// `name` in dataFolder(); or, when it is not there but exists in one of the `legacy` folders
// (where an earlier version put it), that file, so nobody's data goes missing after an update.
QString dataFile(const QString& name, const QList<LegacyLocation>& legacy = {});

} // namespace tessera
