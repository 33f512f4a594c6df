// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::vault {

// The vault Tessera opens when none is named: vault.tessera in the platform data folder of the
// application "tessera" (e.g. ~/.local/share/tessera/vault.tessera), whichever executable asks,
// so the GUI and tessera-cli share one vault.
QString defaultVaultPath();

} // namespace tessera::vault
