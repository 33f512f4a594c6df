// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace tessera::ui {

// A change to the open vault, for VaultSession::apply: made at once in memory, through the token
// model so that every view follows, then saved on a worker thread; taken back the same way when
// that save fails, so nothing stays on screen that is not on disk.
struct VaultChange
{
    // Makes the change; false when there was nothing to change (nothing is saved then). Empty
    // for a change already made (a row the list view dragged).
    std::function<bool()> make;
    // Takes the change back. Other changes may have been made since, so it finds its entries by
    // id, never by row.
    std::function<void()> revert;
    // Once the change is on disk (optional): what must wait for that, such as showing an HOTP
    // code whose counter was moved on.
    std::function<void()> saved;
    // When the change was refused or its save failed, after every revert (optional): `error`
    // says why. VaultSession::saveFailed reports it too; this is for a caller that waits for it.
    std::function<void(const QString& error)> failed;
};

} // namespace tessera::ui
