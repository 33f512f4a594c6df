// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliVault.h"

#include "CliApplication.h"
#include "PasswordInput.h"

#include <QCoreApplication>

#include <cstdio>

namespace tessera::cli {

namespace {

// The translation context of this file's messages (lupdate records CliVaultText::tr calls
// under it).
struct CliVaultText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::CliVault)
};

int exitCodeFor(vault::OpenError error)
{
    switch (error) {
    case vault::OpenError::WrongPassword:
    case vault::OpenError::MissingFile:
    case vault::OpenError::NotAVault:
    case vault::OpenError::TooCostly:
        return kExitBadInput;
    case vault::OpenError::Unreadable:
    case vault::OpenError::NewerVersion:
    case vault::OpenError::Damaged:
    case vault::OpenError::KeyringFailed:
        break;
    }
    return kExitFailure;
}

} // namespace

Expected<vault::VaultFile, CliVaultFailure> openCliVault(const QString& vaultPath,
                                                         const PasswordInput& password)
{
    const auto secret = password.read(CliVaultText::tr("Password for %1: ").arg(vaultPath));
    if (!secret) {
        return CliVaultFailure{secret.error(), kExitBadInput};
    }
    auto opened = vault::VaultFile::open(vaultPath, *secret);
    if (!opened) {
        const vault::OpenError code = opened.failure().code;
        QString message = opened.error();
        if (code == vault::OpenError::MissingFile) {
            message = CliVaultText::tr(
                          "%1; create one with 'tessera-cli create' or name another with --vault")
                          .arg(message);
        }
        return CliVaultFailure{message, exitCodeFor(code)};
    }
    // Other users who can write in the vault's folder can delete or replace it: say so each
    // time, since nothing else would tell.
    if (const QString warning = opened->folderWarning(); !warning.isEmpty()) {
        std::fputs(qPrintable(CliVaultText::tr("tessera-cli: warning: %1\n").arg(warning)), stderr);
    }
    return std::move(opened).value();
}

} // namespace tessera::cli
