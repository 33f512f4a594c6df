// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>

class QSettings;

namespace tessera::ui {

// The user's preferences, as stored in QSettings. Never a secret: the vault holds those.
struct AppSettings
{
    std::chrono::seconds clipboardClearDelay{30};
    int idleLockMinutes = 5; // 0: never
    bool hideCodes = false;
    bool showNextCode = true;
    bool lockOnScreenLock = true;
    bool lockOnMinimise = false;
    bool checkClock = true;
    QString timeServer = QStringLiteral("pool.ntp.org");
    int sortOrder = 0; // TokenSortModel::Order
    bool closeToTray = false;

    static AppSettings load(const QSettings& store);
    void save(QSettings& store) const;
    bool operator==(const AppSettings&) const = default;
};

} // namespace tessera::ui
