// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tessera::vault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AtomicFile", text);
}

} // namespace

Status syncDirectory(const QString& directory)
{
#if defined(Q_OS_UNIX)
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(tr("cannot open the folder %1 to flush it to disk").arg(directory));
    }
    const int result = ::fsync(fd);
    ::close(fd);
    if (result != 0) {
        return makeError(tr("cannot flush the folder %1 to disk").arg(directory));
    }
#else
    Q_UNUSED(directory);
#endif
    return {};
}

Status writeFileAtomically(const QString& path, QByteArrayView data)
{
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is exactly what must not happen.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data.data(), data.size()) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(tr("cannot write %1: %2").arg(path, reason));
    }
    // QSaveFile::commit() flushes, fsyncs the temporary file and renames it over the target.
    if (!file.commit()) {
        return makeError(tr("cannot save %1: %2").arg(path, file.errorString()));
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

} // namespace tessera::vault
