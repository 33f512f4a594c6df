// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingSave.h"

#include "AtomicFile.h"
#include "SaveLock.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace tessera::vault {

namespace {} // namespace

QByteArray vaultFileFingerprint(QByteArrayView fileBytes)
{
    return crypto::sha256(fileBytes);
}

PendingSave::PendingSave(QString path, QByteArray bytes, QByteArray expected, VaultHeader header,
                         BackupStore backups, std::chrono::milliseconds lockTimeout, Mode mode)
    : m_path(std::move(path)), m_bytes(std::move(bytes)), m_expected(std::move(expected)),
      m_fingerprint(vaultFileFingerprint(m_bytes)), m_header(std::move(header)),
      m_backups(std::move(backups)), m_lockTimeout(lockTimeout), m_mode(mode)
{}

Status PendingSave::write()
{
    // Another process (a second window, tessera-cli) may save the same vault: the lock makes the
    // "unchanged since read" check and the write one step, so neither overwrites the other. A
    // new file needs no lock: it is linked in only if its name is still free.
    const bool createNew = m_mode == Mode::CreateNew;
    std::optional<SaveLock> lock;
    if (!createNew) {
        lock.emplace(m_path);
        if (Status locked = lock->lock(m_lockTimeout); !locked) {
            return locked;
        }
    }
    QFile current(m_path);
    if (!createNew && current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            return makeError(
                tr("cannot read %1 before saving: %2").arg(m_path, current.errorString()));
        }
        if (!crypto::constantTimeEquals(crypto::byteSpan(vaultFileFingerprint(current.readAll())),
                                        crypto::byteSpan(m_expected))) {
            return makeError(
                tr("%1 was changed by another program since it was opened; nothing was saved. "
                   "Open it again to see those changes.")
                    .arg(m_path));
        }
        current.close();
    }
    if (!createNew) {
        if (const Status kept = m_backups.preserveCurrent(); !kept) {
            return makeError(tr("%1; nothing was saved").arg(kept.error()));
        }
    }
    if (const Status written = createNew ? writeNewFileAtomically(m_path, m_bytes)
                                         : writeFileAtomically(m_path, m_bytes);
        !written) {
        return written;
    }
    // The new file is safely in place; a backup that could not be pruned only costs disk space.
    (void)m_backups.prune();
    return {};
}

} // namespace tessera::vault
