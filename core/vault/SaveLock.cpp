// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace tessera::vault {

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

bool SaveLock::tryLock(std::chrono::milliseconds timeout)
{
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            return false;
        }
    }
    QElapsedTimer waited;
    waited.start();
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (waited.elapsed() >= timeout.count()) {
            return false;
        }
        QThread::msleep(10);
    }
    return true;
#else
    if (m_fallback == nullptr) {
        m_fallback = new QLockFile(m_path);
    }
    return static_cast<QLockFile*>(m_fallback)->tryLock(int(timeout.count()));
#endif
}

} // namespace tessera::vault
