// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>

namespace tessera::vault {

// An exclusive lock on "<vault>.lock" held while one process saves the vault. On Unix it is an
// flock(2) lock, which the kernel drops when its holder dies: a save killed half-way can never
// leave a stale lock behind (QLockFile can, when killed between creating and filling its file).
// Elsewhere it falls back to QLockFile.
class SaveLock
{
public:
    explicit SaveLock(const QString& vaultPath);
    ~SaveLock();
    SaveLock(const SaveLock&) = delete;
    SaveLock& operator=(const SaveLock&) = delete;

    // Waits up to `timeout` for another holder to let go.
    bool tryLock(std::chrono::milliseconds timeout);

private:
    QString m_path;
    int m_fd = -1;
    void* m_fallback = nullptr; // QLockFile where flock is not available
};

} // namespace tessera::vault
