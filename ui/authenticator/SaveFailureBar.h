// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/MessageBar.h"

namespace tessera::ui {

class VaultSession;

// A bar over the accounts that says a change could not be saved, and why; the change itself was
// already taken back (VaultSession::apply). It stays until dismissed or the vault locks.
class SaveFailureBar : public MessageBar
{
    Q_OBJECT
public:
    explicit SaveFailureBar(VaultSession& session, QWidget* parent = nullptr);
};

} // namespace tessera::ui
