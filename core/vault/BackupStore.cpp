// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"

#include "AtomicFile.h"
#include "FolderSafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace tessera::vault {

namespace {

const QString kSuffix = QStringLiteral(".tessera");

} // namespace

BackupStore::BackupStore(const QString& vaultPath, int keep)
    : m_vaultPath(resolvedVaultPath(vaultPath)),
      m_directory(QFileInfo(m_vaultPath).absoluteDir().filePath(QStringLiteral("backups"))),
      m_baseName(QFileInfo(m_vaultPath).completeBaseName()), m_keep(std::max(keep, 0))
{}

Status BackupStore::preserveCurrent()
{
    if (m_keep == 0 || !QFileInfo::exists(m_vaultPath)) {
        return {};
    }
    QDir dir(m_directory);
    const QFileInfo existing(m_directory);
    if (!existing.exists() && !existing.isSymLink()) {
        // Created owner-only, not narrowed afterwards.
        if (!QDir().mkdir(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner)) {
            return makeError(tr("cannot create the backup folder %1").arg(m_directory));
        }
    }
    // In a shared folder another user may have made backups/ first (or a link by that name).
    if (const Status safe = checkPrivateFolder(m_directory); !safe) {
        return safe;
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz"));
    QString target;
    for (int sequence = 0;; ++sequence) {
        // The sequence keeps names unique and sorted when two saves share a millisecond.
        target = dir.filePath(QStringLiteral("%1-%2-%3%4")
                                  .arg(m_baseName, stamp)
                                  .arg(sequence, 3, 10, QLatin1Char('0'))
                                  .arg(kSuffix));
        if (!QFileInfo::exists(target)) {
            break;
        }
    }
#if defined(Q_OS_UNIX)
    if (::link(QFile::encodeName(m_vaultPath).constData(), QFile::encodeName(target).constData()) ==
        0) {
        return syncDirectory(m_directory);
    }
#endif
    QFile source(m_vaultPath);
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(
            tr("cannot read %1 to back it up: %2").arg(m_vaultPath, source.errorString()));
    }
    return writeNewFileAtomically(target, source.readAll());
}

QStringList BackupStore::backups() const
{
    QDir dir(m_directory);
    QStringList names =
        dir.entryList({m_baseName + QStringLiteral("-*") + kSuffix}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString& name : names) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

Status BackupStore::prune()
{
    const QStringList paths = backups();
    for (qsizetype i = m_keep; i < paths.size(); ++i) {
        if (!QFile::remove(paths[i])) {
            return makeError(tr("cannot delete the old backup %1").arg(paths[i]));
        }
    }
    return {};
}

} // namespace tessera::vault
