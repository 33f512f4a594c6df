// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "util/Expected.h"
#include "vault/Vault.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace tessera::transfer {

// Automatic encrypted backups of the vault to a folder the user picks (a USB stick, a synced
// folder), after each change or once a day, keeping the newest N. A backup is either a copy of the
// vault file as just saved (the same password and keyring slots as the vault: what the app does,
// which may hold no password when the keyring unlocked it) or a Tessera export under a separate
// backup password. The last backup's time is read from the folder itself, so it needs no stored
// state and survives restarts.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::AutoBackup)

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
        // What exported backups (vaultChanged, tick) are encrypted with; the caller keeps it
        // alive while the object is used. Copies of the vault file need none.
        const crypto::SecureBytes* password = nullptr;
        vault::VaultCreateOptions kdf;
    };

    AutoBackup(Settings settings, otp::Clock clock);

    // Call after each saved change. Writes a backup when the trigger says one is due; returns its
    // path, or an empty string when none was due.
    Expected<QString> vaultChanged(const vault::Vault& vault);
    // Call at start and now and then (a timer): writes the daily backup when one is due.
    Expected<QString> tick(const vault::Vault& vault);

    // The same triggers, for backups that are byte-for-byte copies of the encrypted vault file at
    // `vaultPath` (refused unless it is a Tessera vault). A copy opens with the vault's password.
    Expected<QString> vaultFileSaved(const QString& vaultPath);
    Expected<QString> tickVaultFile(const QString& vaultPath);

    // The backups in the folder, oldest first (only files this class names; nothing else there
    // is ever touched).
    QStringList backups() const;

    static QString fileNameFor(qint64 unixSeconds);

private:
    bool dailyDue() const;
    bool dueAfterChange() const;
    bool dueOnTick() const;
    Expected<QString> exportVault(const vault::Vault& vault);
    Expected<QString> copyVaultFile(const QString& vaultPath);
    // Names the new backup, has `writeTo` write it there, then prunes the oldest beyond keep.
    Expected<QString> write(const std::function<Status(const QString& path)>& writeTo);

    Settings m_settings;
    otp::Clock m_clock;
};

} // namespace tessera::transfer
