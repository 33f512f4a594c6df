// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "otp/Clock.h"
#include "transfer/AutoBackup.h"
#include "util/Expected.h"
#include "vault/VaultFile.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace tessera::ui {

// The vault file the authenticator shows, open or locked. Opening and creating run the KDF on a
// worker thread (QtConcurrent) and report back by signal; so do the keyring calls, which block
// while the system keyring answers (and may prompt). lock() drops the decrypted vault and its
// cached master key at once, or as soon as a running keyring task no longer uses them.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(QString path, QObject* parent = nullptr);
    ~VaultSession() override;

    const QString& path() const { return m_path; }
    bool fileExists() const;
    bool isOpen() const { return m_file.has_value(); }
    bool isBusy() const { return m_busy; }

    // Only tests loosen these (a cheap KDF); the default calibrates scrypt on this machine.
    void setCreateOptions(vault::VaultCreateOptions options)
    {
        m_createOptions = std::move(options);
    }

    // The system keyring by default (null when built without QtKeychain); tests give their own.
    void setKeyring(std::shared_ptr<vault::KeyringBackend> keyring)
    {
        m_keyring = std::move(keyring);
        emit keyringChanged();
    }
    bool hasKeyring() const { return m_keyring != nullptr; }
    // Whether the file on disk has a keyring slot; read from its header, without any key.
    bool fileHasKeyringSlot() const;
    // Whether the open vault has a keyring slot.
    bool isRemembered() const;

    // Asynchronous: busyChanged(true), then opened() or openFailed(). Ignored while busy. With
    // `remember`, a keyring slot is added once the vault is open; if that fails the vault still
    // opens and keyringFailed() says why.
    void open(crypto::SecureBytes password, bool remember = false);
    void create(crypto::SecureBytes password, bool remember = false);
    void openWithKeyring();
    // Adds or removes the keyring slot of the open vault: busyChanged, then rememberedChanged()
    // or keyringFailed().
    void setRemembered(bool remember);
    void lock();

    // Null while locked.
    vault::Vault* vault();
    // Null while locked. For callers that save through core themselves (the import's one save).
    vault::VaultFile* file() { return m_file ? &*m_file : nullptr; }
    // Writes the vault; the error says why it could not (the vault stays open). A successful save
    // is followed by the automatic backup, when one is set and due.
    Status save();
    // Call after a save made through file() (the import's one save): what follows every save.
    void fileSaved();

    // Automatic backups (nullopt: none): copies of the vault file as saved, which open with the
    // vault's own password or keyring, after each save or daily (checked at unlock and hourly).
    // They are written on a worker thread, one at a time, so a slow or unplugged drive never
    // holds up the window or the save; the outcome comes as backupWritten or backupFailed.
    void setAutoBackup(std::optional<transfer::AutoBackup::Settings> settings);
    const std::optional<transfer::AutoBackup::Settings>& autoBackup() const { return m_autoBackup; }
    // Names backups by this clock; the system clock unless a test sets another.
    void setBackupClock(otp::Clock clock) { m_backupClock = std::move(clock); }
    // Whether a backup is being written or waits to be.
    bool isBackingUp() const { return m_backupsRunning > 0; }

signals:
    void busyChanged(bool busy);
    void opened();
    void openFailed(const QString& message, bool wrongPassword);
    void locked();
    void keyringFailed(const QString& message);
    void rememberedChanged(bool remembered);
    void keyringChanged();
    void backupWritten(const QString& path);
    // `message` says why and names the folder; the vault itself was saved.
    void backupFailed(const QString& folder, const QString& message);
    // After opened(): other users can write in the vault's folder; `message` says what that
    // allows and what to do.
    void folderUnsafe(const QString& message);

private:
    struct Outcome
    {
        std::optional<vault::OpenResult> result;
        QString keyringProblem;
    };
    using Result = std::shared_ptr<Outcome>;
    void start(std::function<Result()> work);
    void finish(Result result);
    void setBusy(bool busy);
    // `afterChange`: a save just happened; otherwise the daily check.
    void backUp(bool afterChange);

    QString m_path;
    std::optional<vault::VaultFile> m_file;
    vault::VaultCreateOptions m_createOptions;
    std::shared_ptr<vault::KeyringBackend> m_keyring;
    QFuture<QString> m_keyringTask;
    bool m_busy = false;
    bool m_lockPending = false;
    std::optional<transfer::AutoBackup::Settings> m_autoBackup;
    otp::Clock m_backupClock = otp::systemClock();
    QTimer m_dailyBackupTimer;
    // One thread, so two backups never race for the same file name.
    QThreadPool m_backupPool;
    int m_backupsRunning = 0;
};

} // namespace tessera::ui
