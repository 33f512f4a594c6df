// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFailureBar.h"

#include "VaultSession.h"

#include <QPushButton>

namespace tessera::ui {

SaveFailureBar::SaveFailureBar(VaultSession& session, QWidget* parent)
    : MessageBar(Tone::Error, parent)
{
    setObjectName(QStringLiteral("saveFailureBar"));
    hide();
    connect(addButton(tr("Dismiss"), QStringLiteral("dismissSaveFailure")), &QPushButton::clicked,
            this, &QWidget::hide);
    connect(&session, &VaultSession::saveFailed, this, [this](const QString& message) {
        setText(tr("Could not save the vault, so the last change was undone: %1").arg(message));
        show();
    });
    connect(&session, &VaultSession::locked, this, [this, &session] {
        // A save that fails after locking is still worth saying; one from before is not.
        if (!session.isSaving()) {
            hide();
        }
    });
}

} // namespace tessera::ui
