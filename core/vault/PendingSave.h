// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupStore.h"
#include "VaultHeader.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace tessera::vault {

// SHA-256 of a vault file's bytes: how a save recognises the file it is about to replace.
QByteArray vaultFileFingerprint(QByteArrayView fileBytes);

// One save of a vault file, sealed where the vault lives (VaultFile::prepareSave) and written
// anywhere: the encrypted bytes, the fingerprint of the file they may replace and the backups
// folder. It holds no key and no clear text and refers to no VaultFile, so a worker thread can
// write it while the vault changes on, or is locked and wiped: the save still finishes.
class PendingSave
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::PendingSave)

public:
    // Takes the save lock (waiting up to the lock timeout while another process saves), checks
    // that the file on disk is the one this save expects, keeps that file in backups/ and
    // replaces it atomically. The error says why nothing was saved.
    Status write();

    // The fingerprint of the file this save writes: what the next save expects to find.
    const QByteArray& fingerprint() const { return m_fingerprint; }
    const VaultHeader& header() const { return m_header; }

private:
    friend class VaultFile;
    enum class Mode
    {
        Replace,   // the file with fingerprint m_expected (or none)
        CreateNew, // a file that must not exist yet
    };
    PendingSave(QString path, QByteArray bytes, QByteArray expected, VaultHeader header,
                BackupStore backups, std::chrono::milliseconds lockTimeout, Mode mode);

    QString m_path;
    QByteArray m_bytes;
    QByteArray m_expected;
    QByteArray m_fingerprint;
    VaultHeader m_header;
    BackupStore m_backups;
    std::chrono::milliseconds m_lockTimeout;
    Mode m_mode;
};

} // namespace tessera::vault
