// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tessera {

QString systemErrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString octalMode(unsigned int mode)
{
    return QStringLiteral("%1").arg(mode & 07777U, 4, 8, QLatin1Char('0'));
}

Status makePrivateFolders(const QString& folder)
{
    const auto cannotCreate = [](const QString& path, const QString& reason) {
        return makeError(QCoreApplication::translate("PrivateFiles", "cannot create the folder "
                                                                     "%1: %2")
                             .arg(path, reason));
    };
#if defined(Q_OS_UNIX)
    QStringList missing;
    for (QString current = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
         !QFileInfo::exists(current);) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current) {
            break;
        }
        current = parent;
    }
    for (const QString& path : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(path);
        if (::mkdir(name.constData(), S_IRWXU) != 0) {
            const int error = errno;
            if (error == EEXIST) {
                continue;
            }
            return cannotCreate(path, systemErrorText(error));
        }
        // mkdir's mode loses what the umask holds; set it exactly, on the folder just made.
        const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            ::fchmod(fd, S_IRWXU);
            ::close(fd);
        }
    }
    return {};
#else
    if (!QDir().mkpath(folder)) {
        return cannotCreate(folder, QString());
    }
    return {};
#endif
}

} // namespace tessera
