// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tessera::vault {

namespace {

// The translation context of this file's messages (lupdate records AtomicFileText::tr calls
// under it).
struct AtomicFileText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::AtomicFile)
};

QString alreadyExists(const QString& path)
{
    return AtomicFileText::tr("%1 already exists; choose a new file name").arg(path);
}

#if defined(Q_OS_UNIX)

// QSaveFile cannot do what these files need: its Linux temporary file is an O_TMPFILE created
// with mode 0666 & ~umask, linked in with those bits and only then narrowed, so another user can
// open it in between; and it has no "never replace" commit. The POSIX calls are few.
class TemporaryFile
{
public:
    explicit TemporaryFile(const QString& target)
    {
        const QFileInfo info(target);
        m_name = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                   QStringLiteral(".XXXXXX"));
        // mkostemp creates with O_CREAT | O_EXCL and mode 0600: no other user can ever open it,
        // and a link planted under the same name is refused rather than followed.
        m_fd = ::mkostemp(m_name.data(), O_CLOEXEC);
        m_error = m_fd < 0 ? errno : 0;
    }
    ~TemporaryFile()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        if (!m_kept) {
            ::unlink(m_name.constData());
        }
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int error() const { return m_error; }
    const char* name() const { return m_name.constData(); }

    // Writes everything, flushes it to the disk and closes; errno-style code on failure.
    int writeAndSync(QByteArrayView data)
    {
        // Explicit, though mkostemp already chose 0600: this is the property that matters.
        if (::fchmod(m_fd, S_IRUSR | S_IWUSR) != 0) {
            return errno;
        }
        const char* next = data.data();
        qsizetype left = data.size();
        while (left > 0) {
            const ssize_t written = ::write(m_fd, next, size_t(left));
            if (written < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return errno;
            }
            next += written;
            left -= written;
        }
        if (::fsync(m_fd) != 0) {
            return errno;
        }
        const int closed = ::close(m_fd);
        m_fd = -1;
        return closed == 0 ? 0 : errno;
    }
    // The file is in place under its real name: do not remove it.
    void keep() { m_kept = true; }

private:
    QByteArray m_name;
    int m_fd = -1;
    int m_error = 0;
    bool m_kept = false;
};

enum class Replace
{
    Yes,
    No
};

Status writeThroughTemporary(const QString& path, QByteArrayView data, Replace replace)
{
    TemporaryFile temporary(path);
    if (temporary.error() != 0) {
        return makeError(AtomicFileText::tr("cannot write %1: %2")
                             .arg(path, systemErrorText(temporary.error())));
    }
    if (const int error = temporary.writeAndSync(data); error != 0) {
        return makeError(
            AtomicFileText::tr("cannot write %1: %2").arg(path, systemErrorText(error)));
    }
    const QByteArray target = QFile::encodeName(path);
    if (replace == Replace::Yes) {
        if (::rename(temporary.name(), target.constData()) != 0) {
            return makeError(
                AtomicFileText::tr("cannot save %1: %2").arg(path, systemErrorText(errno)));
        }
        temporary.keep();
    } else {
        // link(2) fails when the name is taken, whatever took it and whenever: no check-then-write
        // window. The temporary name is then removed, leaving the one file.
        if (::link(temporary.name(), target.constData()) != 0) {
            const int error = errno;
            if (error == EEXIST) {
                return makeError(alreadyExists(path));
            }
            // Some file systems (FAT and exFAT drives, some FUSE mounts) have no hard links: a
            // rename after a check is the best they allow.
            if (error != EPERM && error != ENOTSUP && error != EOPNOTSUPP && error != ENOSYS) {
                return makeError(
                    AtomicFileText::tr("cannot save %1: %2").arg(path, systemErrorText(error)));
            }
            struct stat existing
            {
            };
            if (::lstat(target.constData(), &existing) == 0) {
                return makeError(alreadyExists(path));
            }
            if (::rename(temporary.name(), target.constData()) != 0) {
                return makeError(
                    AtomicFileText::tr("cannot save %1: %2").arg(path, systemErrorText(errno)));
            }
            temporary.keep();
        }
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

#else

Status writeWithSaveFile(const QString& path, QByteArrayView data)
{
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is exactly what must not happen.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(AtomicFileText::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data.data(), data.size()) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(AtomicFileText::tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit()) {
        return makeError(AtomicFileText::tr("cannot save %1: %2").arg(path, file.errorString()));
    }
    return {};
}

#endif

} // namespace

Status syncDirectory(const QString& directory)
{
#if defined(Q_OS_UNIX)
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(
            AtomicFileText::tr("cannot open the folder %1 to flush it to disk").arg(directory));
    }
    const int result = ::fsync(fd);
    ::close(fd);
    if (result != 0) {
        return makeError(AtomicFileText::tr("cannot flush the folder %1 to disk").arg(directory));
    }
#else
    Q_UNUSED(directory);
#endif
    return {};
}

Status writeFileAtomically(const QString& path, QByteArrayView data)
{
    const QFileInfo info(path);
    // Replace what a link points to, not the link (as QSaveFile does).
    const QString target = info.isSymLink() && info.exists() ? info.canonicalFilePath() : path;
#if defined(Q_OS_UNIX)
    return writeThroughTemporary(target, data, Replace::Yes);
#else
    return writeWithSaveFile(target, data);
#endif
}

Status writeNewFileAtomically(const QString& path, QByteArrayView data)
{
#if defined(Q_OS_UNIX)
    return writeThroughTemporary(path, data, Replace::No);
#else
    if (QFileInfo::exists(path)) {
        return makeError(alreadyExists(path));
    }
    return writeWithSaveFile(path, data);
#endif
}

} // namespace tessera::vault
