// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupStore.h"
#include "KeyringBackend.h"
#include "PendingSave.h"
#include "Vault.h"
#include "VaultHeader.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace tessera::vault {

// Why a vault did not open. Each has its own remedy, so callers branch on it.
enum class OpenError
{
    MissingFile,   // no file at the path
    Unreadable,    // the file exists but cannot be read (permissions, I/O)
    NotAVault,     // not a Tessera vault at all
    NewerVersion,  // a newer Tessera wrote it
    WrongPassword, // no password slot opens with this password
    Damaged,       // a Tessera vault whose content fails authentication or decoding
    KeyringFailed, // no keyring slot, or the keyring could not give its key
    TooCostly,     // its key slots ask for more scrypt work or memory than Tessera spends on a file
};

struct OpenFailure
{
    QString message;
    OpenError code = OpenError::Damaged;
    // For Damaged: the newest backup that opens with the same password, if any.
    QString workingBackup;
};

class VaultFile;

// A VaultFile, or why it did not open: failure().code to branch on, error() to show.
using OpenResult = Expected<VaultFile, OpenFailure>;

// How a vault is created, or a password slot re-made.
struct VaultCreateOptions
{
    // Empty: calibrate scrypt to kdfTarget on this machine (at least kMinimumScrypt).
    std::optional<crypto::ScryptParameters> scrypt;
    std::chrono::milliseconds kdfTarget{500};
    // Parameters below kMinimumScrypt are refused unless this is set. Only tests set it: they
    // open thousands of vaults, and a real vault must never be that cheap to attack.
    bool allowWeakKdfForTests = false;
    int backupsToKeep = 10;
    crypto::RandomSource random = crypto::systemRandom;
};

// An unlocked vault file: the decrypted Vault, the header, and the master key, cached in wiped
// memory so that saving never runs the KDF. Every save writes the whole file atomically under a
// fresh nonce and keeps the previous file in backups/. A VaultFile exists only for a file that
// opened (or was just created), so a file that fails to open is never overwritten.
class VaultFile
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::VaultFile)

public:
    // Refuses to replace an existing file.
    static Expected<VaultFile> create(const QString& path, const crypto::SecureBytes& password,
                                      Vault vault, const VaultCreateOptions& options = {});
    static OpenResult open(const QString& path, const crypto::SecureBytes& password,
                           int backupsToKeep = 10);
    static OpenResult openWithKeyring(const QString& path, KeyringBackend& keyring,
                                      int backupsToKeep = 10);

    VaultFile(VaultFile&&) noexcept = default;
    VaultFile& operator=(VaultFile&&) noexcept = default;

    // The vault's real path: a symbolic link given to open() or create() is resolved once, so
    // saves replace the file it points to and backups sit beside that file.
    const QString& path() const { return m_path; }
    // Empty, or why the vault's folder is risky (other users can write in it), for the caller
    // to show as a warning.
    QString folderWarning() const;
    Vault& vault() { return m_vault; }
    const Vault& vault() const { return m_vault; }
    const VaultHeader& header() const { return m_header; }
    BackupStore& backups() { return m_backups; }
    const BackupStore& backups() const { return m_backups; }
    void setRandomSource(crypto::RandomSource random) { m_random = std::move(random); }
    // How long save() waits for another process that is saving the same file.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    // Writes vault() to disk. Refuses (and writes nothing) if the file on disk is no longer the
    // one this object read or last wrote, so another program's changes are never lost silently.
    Status save();

    // The same save in two steps, for a caller that writes on another thread: prepareSave()
    // seals vault() as it is now, PendingSave::write() runs anywhere while the vault changes on,
    // and saveWritten() records a write that went through, so that the next save expects the
    // file it wrote. Saves go one at a time: the next is prepared once the last was written, or
    // chained to one still being written with prepareSaveAfter().
    Expected<PendingSave> prepareSave() const;
    Expected<PendingSave> prepareSaveAfter(const PendingSave& previous) const;
    void saveWritten(const PendingSave& save);

    // Replaces the password slot (new salt, scrypt re-calibrated unless options say otherwise)
    // around the same master key, then saves.
    Status changePassword(const crypto::SecureBytes& newPassword,
                          const VaultCreateOptions& options = {});

    // Re-encrypts everything under a new master key, then saves. `password` must open the vault;
    // keyring slots are re-wrapped when `keyring` is given and dropped otherwise.
    Status rotateMasterKey(const crypto::SecureBytes& password, KeyringBackend* keyring = nullptr);

    // Adds a slot whose key lives in `keyring`, then saves. Removing it deletes the keyring item.
    Status addKeyringSlot(KeyringBackend& keyring);
    Status removeKeyringSlots(KeyringBackend& keyring);
    bool hasKeyringSlot() const;

    // The same in steps, for a caller that saves with prepareSave() (VaultSession::apply).
    // makeKeyringSlot() stores a fresh key in `keyring` and wraps the master key under it; it
    // waits for the keyring and only reads the master key, so it may run on another thread.
    Expected<KeySlot> makeKeyringSlot(KeyringBackend& keyring) const;
    // Puts a slot into the header, or takes the keyring slots out of it (returning them, so a
    // failed save can put them back); the next save writes the header as it then is.
    void addSlot(KeySlot slot);
    QList<KeySlot> takeKeyringSlots();
    // Deletes the keyring items of slots whose removal is on disk.
    static Status forgetKeyringSlots(KeyringBackend& keyring, const QList<KeySlot>& keySlots);

    // The scrypt parameters of the password slot, for settings and the benchmark.
    std::optional<crypto::ScryptParameters> passwordKdf() const;

private:
    VaultFile(const QString& path, Vault vault, VaultHeader header, crypto::SecureBytes masterKey,
              int backupsToKeep);

    Expected<KeySlot> makePasswordSlot(const crypto::SecureBytes& masterKey,
                                       const crypto::SecureBytes& password,
                                       const crypto::ScryptParameters& parameters) const;
    enum class SaveMode
    {
        Replace,   // the file this object read or last wrote
        CreateNew, // a file that must not exist yet
    };
    Status saveWith(VaultHeader header, crypto::SecureBytes masterKey,
                    SaveMode mode = SaveMode::Replace);
    // vault() encrypted under `header` (with a fresh payload nonce) for a file that now has the
    // fingerprint `expected`.
    Expected<PendingSave> seal(VaultHeader header, const crypto::SecureBytes& masterKey,
                               SaveMode mode, const QByteArray& expected) const;

    QString m_path;
    Vault m_vault;
    VaultHeader m_header;
    crypto::SecureBytes m_masterKey;
    QByteArray m_fingerprint; // SHA-256 of the file as last read or written
    BackupStore m_backups;
    crypto::RandomSource m_random = crypto::systemRandom;
    std::chrono::milliseconds m_lockTimeout{5000};

    friend struct VaultOpener;
};

} // namespace tessera::vault
