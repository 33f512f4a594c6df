// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultChange.h"
#include "otp/OtpParameters.h"
#include "vault/Entry.h"

#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace tessera::ui {

class TokenListModel;

// The changes a person makes to the accounts, as VaultSession::apply takes them: each is made
// through the token model, so every view follows, and taken back the same way, finding its entry
// by id. `model` must outlive the changes; the page drops both on lock.
class TokenChanges
{
public:
    explicit TokenChanges(TokenListModel& model) : m_model(model) {}

    // An entry taken out, and the entry it stood before (null: it was last).
    struct Removed
    {
        std::shared_ptr<const vault::Entry> entry;
        QUuid before;
    };
    // What the edit dialog changes.
    struct Edit
    {
        otp::OtpParameters parameters;
        QString note;
        bool favourite = false;
        QString group; // empty: no group
    };

    VaultChange add(vault::Entry entry);
    // Several at once (an import), in order; taken back together.
    VaultChange add(std::vector<vault::Entry> entries);
    // `removed` is filled when the change is made; its entry can be restored().
    VaultChange remove(int row, const std::shared_ptr<Removed>& removed);
    VaultChange restore(const Removed& removed);
    // Moves an HOTP counter on; `show` gets the code once the counter is on disk.
    VaultChange revealHotp(int row, std::function<void(const QUuid& id)> show);
    VaultChange setFavourite(int row, bool favourite);
    VaultChange edit(const QUuid& id, Edit edit);
    // A move the model already made (a drop, Move up/down); taking it back is not a move to save.
    VaultChange moved(const QUuid& id, const QUuid& formerNext, bool& reverting);

private:
    TokenListModel& m_model;
};

} // namespace tessera::ui
