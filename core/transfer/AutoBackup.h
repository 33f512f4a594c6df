// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "util/Expected.h"
#include "vault/Vault.h"
#include "vault/VaultFile.h"

#include <QString>
#include <QStringList>

namespace tessera::transfer {

// Automatic encrypted backups of the vault to a folder the user picks (a USB stick, a synced
// folder), as Tessera backups, after each change or once a day, keeping the newest N. The last
// backup's time is read from the folder itself, so it needs no stored state and survives restarts.
class AutoBackup
{
public:
    enum class Trigger
    {
        AfterEachChange,
        Daily,
    };

    struct Settings
    {
        QString folder;
        Trigger trigger = Trigger::AfterEachChange;
        int keep = 10;
        // What backups are encrypted with; the caller keeps it alive while the object is used.
        const crypto::SecureBytes* password = nullptr;
        vault::VaultCreateOptions kdf;
    };

    AutoBackup(Settings settings, otp::Clock clock);

    // Call after each saved change. Writes a backup when the trigger says one is due; returns its
    // path, or an empty string when none was due.
    Expected<QString> vaultChanged(const vault::Vault& vault);
    // Call at start and now and then (a timer): writes the daily backup when one is due.
    Expected<QString> tick(const vault::Vault& vault);

    // The backups in the folder, oldest first (only files this class names; nothing else there
    // is ever touched).
    QStringList backups() const;

    static QString fileNameFor(qint64 unixSeconds);

private:
    bool dailyDue() const;
    Expected<QString> write(const vault::Vault& vault);

    Settings m_settings;
    otp::Clock m_clock;
};

} // namespace tessera::transfer
