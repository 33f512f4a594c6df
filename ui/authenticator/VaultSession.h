// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultChange.h"
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

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tessera::ui {

// The vault file the authenticator shows, open or locked. Opening and creating run the KDF on a
// worker thread (QtConcurrent) and report back by signal; so do the keyring calls, which block
// while the system keyring answers (and may prompt), and saves, which may wait seconds for another
// process's save lock. lock() drops the decrypted vault and its cached master key at once, or as
// soon as a running keyring task no longer uses them; saves still being written finish on their
// own, since they hold only encrypted bytes.
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
    // Adds or removes the keyring slot of the open vault, then rememberedChanged() once that is
    // saved, or keyringFailed(). Adding asks the keyring on a worker first (busyChanged); the
    // header change is saved through apply(), so a failed save takes it back (and the item the
    // keyring was given).
    void setRemembered(bool remember);
    void lock();

    // Null while locked.
    vault::Vault* vault();
    // Null while locked. The window changes the vault only through apply(); tests reach the file
    // (its save lock's wait) through this.
    vault::VaultFile* file() { return m_file ? &*m_file : nullptr; }

    // The one way the window changes the vault: makes `change` now and saves the vault on a worker
    // thread, so the window never waits for the disk or for another process's save lock. Saves
    // go one at a time, in order; changes made while one is written go into the next. When a
    // save fails, its changes are reverted, newest first, and saveFailed() says why; a save that
    // succeeds is followed by the automatic backup, when one is set and due. Does nothing while
    // locked; refused (saveFailed) while a keyring task reads the entries to save them.
    void apply(VaultChange change);
    // Whether a change is being saved or waits to be (after lock() too, until the last changes
    // made before it are on disk).
    bool isSaving() const { return !m_unsaved.empty() || !m_writing.empty(); }

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
    // A save failed and its changes were reverted; `message` says why.
    void saveFailed(const QString& message);
    // isSaving() became false.
    void savesFinished();

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
    // A save of the changes not yet saved, unless one is being written or a keyring task runs.
    void saveNext();
    // Hands `prepared` to the save thread; `changes` are what it saves.
    void write(vault::PendingSave prepared, std::vector<VaultChange> changes);
    void finishWrite(Status written);
    // Before the vault goes: seals the changes not yet saved and lets every save being written
    // finish on its own, with nothing left to revert. Returns why the unsaved changes could not
    // be sealed, if they could not.
    QString writeUnsavedAndLetGo();
    void revert(std::vector<VaultChange>& changes, const QString& error);
    // The keyring slot steps of setRemembered.
    void rememberInKeyring();
    void forgetKeyring();
    VaultChange keyringSlotAdded(const vault::KeySlot& slot);
    // Deletes the keyring items of `keySlots` on a worker; keyringFailed() if the keyring refuses.
    void forgetInBackground(const QList<vault::KeySlot>& keySlots);

    // A save handed to the save thread, oldest first. `orphaned`: the vault was locked since, so
    // there is nothing to revert or to record it in.
    struct Writing
    {
        std::shared_ptr<vault::PendingSave> save;
        std::vector<VaultChange> changes;
        bool orphaned = false;
    };

    QString m_path;
    std::optional<vault::VaultFile> m_file;
    vault::VaultCreateOptions m_createOptions;
    std::shared_ptr<vault::KeyringBackend> m_keyring;
    QFuture<void> m_keyringTask;
    bool m_busy = false;
    bool m_lockPending = false;
    std::optional<transfer::AutoBackup::Settings> m_autoBackup;
    otp::Clock m_backupClock = otp::systemClock();
    QTimer m_dailyBackupTimer;
    // One thread, so two backups never race for the same file name.
    QThreadPool m_backupPool;
    int m_backupsRunning = 0;
    // Made, not yet handed to a save.
    std::vector<VaultChange> m_unsaved;
    std::deque<Writing> m_writing;
    // One thread, so saves land in the order they were made. Shared with tasks that open the
    // vault, which wait for it first (the session may go before they end).
    std::shared_ptr<QThreadPool> m_savePool;
};

} // namespace tessera::ui
