// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordInput.h"
#include "vault/VaultFile.h"

#include <QString>

namespace tessera::cli {

// Why the vault named on the command line did not open, and the exit status that fits.
struct CliVaultFailure
{
    QString message;
    int exitCode = 0;
};

// Opens the vault at `vaultPath` for any command that needs it: reads the password (from its
// file, or a prompt on a terminal), then opens. Wrong password, missing file and "not a
// vault" are the user's to fix (exit 2, with a hint for a missing vault); the rest exit 1.
[[nodiscard]] Expected<vault::VaultFile, CliVaultFailure>
openCliVault(const QString& vaultPath, const PasswordInput& password);

} // namespace tessera::cli
