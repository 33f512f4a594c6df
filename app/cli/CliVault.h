// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordInput.h"
#include "vault/VaultFile.h"

#include <QString>

#include <optional>

namespace tessera::cli {

// Why the vault named on the command line did not open, and the exit status that fits.
struct CliVaultFailure
{
    int exitCode = 0;
    QString message;
};

// Opens the vault at `vaultPath` for any command that needs it: reads the password (from its
// file, or a prompt on a terminal), then opens. Wrong password, missing file and "not a
// vault" are the user's to fix (exit 2, with a hint for a missing vault); the rest exit 1.
std::optional<vault::VaultFile>
openCliVault(const QString& vaultPath, const PasswordInput& password, CliVaultFailure& failure);

} // namespace tessera::cli
