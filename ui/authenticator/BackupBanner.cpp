// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupBanner.h"

#include "VaultSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tessera::ui {

BackupBanner::BackupBanner(VaultSession& session, QWidget* parent)
    : QWidget(parent), m_text(new QLabel)
{
    setObjectName(QStringLiteral("backupBanner"));
    setAutoFillBackground(true);
    QPalette tinted = palette();
    // Red-leaning: the vault is safe, but the copy the user counts on is missing.
    QColor tint(0xd0, 0x30, 0x30);
    tint.setAlphaF(0.18F);
    tinted.setColor(QPalette::Window, tint);
    setPalette(tinted);

    m_text->setObjectName(QStringLiteral("backupBannerText"));
    m_text->setWordWrap(true);
    // Paths and system messages are shown as they are, never read as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("dismissBackupBanner"));
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    hide();

    connect(&session, &VaultSession::backupFailed, this, &BackupBanner::showFailure);
    connect(&session, &VaultSession::backupWritten, this, &QWidget::hide);
    connect(&session, &VaultSession::folderUnsafe, this, &BackupBanner::showFolderWarning);
}

QString BackupBanner::text() const
{
    return m_text->text();
}

void BackupBanner::showFailure(const QString& folder, const QString& message)
{
    m_text->setText(tr("The automatic backup to %1 failed: %2. Your vault itself was saved. "
                       "Backups resume once the folder can be written again; Settings can "
                       "choose another.")
                        .arg(folder, message));
    show();
}

void BackupBanner::showFolderWarning(const QString& message)
{
    m_text->setText(tr("Your vault's folder is not private: %1").arg(message));
    show();
}

} // namespace tessera::ui
