// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::vault {

// The `backups` folder beside a vault: before each save the current file is kept there under a
// UTC timestamp (`vault-20240131T120000123.tessera`), and only the newest `keep` stay.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::BackupStore)

public:
    explicit BackupStore(const QString& vaultPath, int keep = 10);

    QString directory() const { return m_directory; }
    int keep() const { return m_keep; }
    void setKeep(int keep) { m_keep = keep; }

    // Keeps a copy of the vault file as it is now (a hard link where the file system allows it:
    // the vault is only ever replaced by rename, never modified in place). No-op if it is missing.
    Status preserveCurrent();
    // Deletes the oldest backups beyond keep().
    Status prune();
    // Backup paths, newest first.
    QStringList backups() const;

private:
    QString m_vaultPath;
    QString m_directory;
    QString m_baseName;
    int m_keep;
};

} // namespace tessera::vault
