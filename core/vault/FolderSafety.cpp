// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderSafety.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tessera::vault {

namespace {

// The translation context of this file's messages (lupdate records FolderSafetyText::tr calls
// under it).
struct FolderSafetyText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::FolderSafety)
};

} // namespace

QString resolvedVaultPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString sharedFolderWarning(const QString& folder)
{
#if defined(Q_OS_UNIX)
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(folder).constData(), &status) != 0) {
        return {};
    }
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) == 0) {
        return {};
    }
    const bool everyone = (status.st_mode & S_IWOTH) != 0;
    return (everyone ? FolderSafetyText::tr(
                           "the folder %1 can be written by every user of this computer (mode %2): "
                           "others can delete or replace the vault and its backups there, or "
                           "plant files under the names Tessera uses. Keep the vault in a folder "
                           "only you can write, such as your home folder.")
                     : FolderSafetyText::tr(
                           "the folder %1 can be written by its group (mode %2): its members can "
                           "delete or replace the vault and its backups there. Keep the vault in "
                           "a folder only you can write (chmod g-w on the folder)."))
        .arg(folder, octalMode(status.st_mode));
#else
    Q_UNUSED(folder);
    return {};
#endif
}

Status checkPrivateFolder(const QString& folder)
{
#if defined(Q_OS_UNIX)
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(folder).constData(), &status) != 0) {
        return makeError(FolderSafetyText::tr("cannot look at the folder %1").arg(folder));
    }
    if (S_ISLNK(status.st_mode)) {
        return makeError(FolderSafetyText::tr(
                             "%1 is a symbolic link, not a folder; Tessera does not follow it to "
                             "write backups elsewhere. Remove the link (a folder is created in "
                             "its place).")
                             .arg(folder));
    }
    if (!S_ISDIR(status.st_mode)) {
        return makeError(FolderSafetyText::tr(
                             "%1 is not a folder; move it away so Tessera can keep backups there")
                             .arg(folder));
    }
    if (status.st_uid != ::geteuid()) {
        return makeError(
            FolderSafetyText::tr("the folder %1 belongs to another user (uid %2), who could read, "
                                 "replace or delete the backups in it. Remove it or move the vault "
                                 "to a folder only you can write.")
                .arg(folder)
                .arg(status.st_uid));
    }
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return makeError(
            FolderSafetyText::tr("the folder %1 can be written by other users (mode %2), who could "
                                 "replace or delete the backups in it. Make it yours alone: chmod "
                                 "700 %1")
                .arg(folder, octalMode(status.st_mode)));
    }
#else
    Q_UNUSED(folder);
#endif
    return {};
}

} // namespace tessera::vault
