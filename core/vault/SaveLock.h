// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace tessera::vault {

// An exclusive lock on "<vault>.lock" held while one process saves the vault. On Unix it is an
// flock(2) lock, which the kernel drops when its holder dies: a save killed half-way can never
// leave a stale lock behind (QLockFile can, when killed between creating and filling its file).
// Elsewhere it falls back to QLockFile.
class SaveLock
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::SaveLock)

public:
    explicit SaveLock(const QString& vaultPath);
    ~SaveLock();
    SaveLock(const SaveLock&) = delete;
    SaveLock& operator=(const SaveLock&) = delete;

    // Waits up to `timeout` for another holder to let go. The error says why the lock could not
    // be had, in words that end with "nothing was saved": another program holds it, the folder
    // cannot be written, or a symbolic link stands where the lock file goes (never followed: in
    // a shared folder another user could plant one to make Tessera create a file elsewhere).
    Status lock(std::chrono::milliseconds timeout);

private:
    QString m_path;
    int m_fd = -1;
    void* m_fallback = nullptr; // QLockFile where flock is not available
};

} // namespace tessera::vault
