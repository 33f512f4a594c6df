// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultLocation.h"

#include "util/DataFolder.h"

namespace tessera::vault {

QString defaultVaultPath()
{
    // Before the shared data folder, tessera-cli kept its default vault under its own name.
    return dataFile(QStringLiteral("vault.tessera"), {{QString(), QStringLiteral("tessera")}});
}

} // namespace tessera::vault
