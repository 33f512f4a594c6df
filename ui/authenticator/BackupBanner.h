// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/MessageBar.h"

namespace tessera::ui {

class VaultSession;

// A bar over the authenticator that says, without a modal dialog, that an automatic backup
// failed (the folder, and why), or that the vault sits in a folder other users can write; it
// stays until dismissed or, for a failed backup, until a backup succeeds.
class BackupBanner : public MessageBar
{
    Q_OBJECT
public:
    explicit BackupBanner(VaultSession& session, QWidget* parent = nullptr);

private:
    void showFailure(const QString& folder, const QString& message);
    void showFolderWarning(const QString& message);
};

} // namespace tessera::ui
