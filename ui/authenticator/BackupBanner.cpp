// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupBanner.h"

#include "VaultSession.h"

#include <QPushButton>

namespace tessera::ui {

BackupBanner::BackupBanner(VaultSession& session, QWidget* parent) : MessageBar(Tone::Error, parent)
{
    // Red-leaning: the vault is safe, but the copy the user counts on is missing.
    setObjectName(QStringLiteral("backupBanner"));
    connect(addButton(tr("Dismiss"), QStringLiteral("dismissBackupBanner")), &QPushButton::clicked,
            this, &QWidget::hide);
    connect(&session, &VaultSession::backupFailed, this, &BackupBanner::showFailure);
    connect(&session, &VaultSession::backupWritten, this, &QWidget::hide);
    connect(&session, &VaultSession::folderUnsafe, this, &BackupBanner::showFolderWarning);
}

void BackupBanner::showFailure(const QString& folder, const QString& message)
{
    setText(tr("The automatic backup to %1 failed: %2. Your vault itself was saved. "
               "Backups resume once the folder can be written again; Settings can "
               "choose another.")
                .arg(folder, message));
    show();
}

void BackupBanner::showFolderWarning(const QString& message)
{
    setText(tr("Your vault's folder is not private: %1").arg(message));
    show();
}

} // namespace tessera::ui
