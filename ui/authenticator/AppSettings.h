// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/AutoBackup.h"

#include <QString>

#include <chrono>
#include <optional>

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
    // Automatic backups: copies of the encrypted vault file in a folder the user picks.
    bool backupEnabled = false;
    QString backupFolder;
    bool backupDaily = false; // false: after each change
    int backupKeep = 10;
    static constexpr int kMaxBackupsKept = 1000;
    // A code from availableLanguages() ("de", "pt_BR"); empty: the system's language. Read once
    // at start, so a change takes effect when Tessera restarts.
    QString language;

    // What VaultSession::setAutoBackup takes: nullopt unless backups are on and have a folder.
    std::optional<transfer::AutoBackup::Settings> autoBackup() const;

    static AppSettings load(const QSettings& store);
    void save(QSettings& store) const;
    bool operator==(const AppSettings&) const = default;
};

} // namespace tessera::ui
