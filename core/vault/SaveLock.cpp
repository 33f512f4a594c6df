// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveLock.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace tessera::vault {

namespace {

Error heldByAnother(const QString& lockPath)
{
    return makeError(
        SaveLock::tr("the vault is being saved by another program (lock file %1); nothing was "
                     "saved. Try again in a moment.")
            .arg(lockPath));
}

} // namespace

SaveLock::SaveLock(const QString& vaultPath) : m_path(vaultPath + QStringLiteral(".lock")) {}

SaveLock::~SaveLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        // Closing the descriptor releases the lock. The file stays: removing it would race with
        // a process that has opened it and is waiting for the lock.
        ::close(m_fd);
    }
#else
    delete static_cast<QLockFile*>(m_fallback);
#endif
}

Status SaveLock::lock(std::chrono::milliseconds timeout)
{
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0) {
            const int error = errno;
            if (error == ELOOP) {
                return makeError(
                    tr("%1 is a symbolic link where Tessera keeps its lock file; Tessera never "
                       "follows it (in a shared folder another user can plant one to make Tessera "
                       "write elsewhere). Nothing was saved: remove the link, or keep the vault in "
                       "a folder only you can write.")
                        .arg(m_path));
            }
            const QString folder = QFileInfo(m_path).absolutePath();
            if (error == EACCES || error == EPERM || error == EROFS) {
                return makeError(tr("cannot write in the folder %1 (%2): it is read-only or "
                                    "belongs to someone else, so nothing was saved. Move the "
                                    "vault to a folder you can write, or change the folder's "
                                    "permissions.")
                                     .arg(folder, systemErrorText(error)));
            }
            return makeError(tr("cannot create the lock file %1 (%2); nothing was saved")
                                 .arg(m_path, systemErrorText(error)));
        }
    }
    QElapsedTimer waited;
    waited.start();
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (waited.elapsed() >= timeout.count()) {
            return heldByAnother(m_path);
        }
        QThread::msleep(10);
    }
    return {};
#else
    if (m_fallback == nullptr) {
        m_fallback = new QLockFile(m_path);
    }
    auto* lockFile = static_cast<QLockFile*>(m_fallback);
    if (lockFile->tryLock(int(timeout.count()))) {
        return {};
    }
    if (lockFile->error() == QLockFile::PermissionError) {
        return makeError(tr("cannot write in the folder %1: it is read-only or belongs to someone "
                            "else, so nothing was saved. Move the vault to a folder you can write.")
                             .arg(QFileInfo(m_path).absolutePath()));
    }
    return heldByAnother(m_path);
#endif
}

} // namespace tessera::vault
