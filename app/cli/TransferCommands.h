// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliVault.h"
#include "PasswordInput.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace tessera::cli {

// tessera-cli import and export: moving accounts in from other apps' files and out to formats
// other apps read. Import reads every file before unlocking the vault and saves at most once.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::TransferCommands)

public:
    TransferCommands(QTextStream& out, QTextStream& err, QString vaultPath, QString passwordFile);

    int importFiles(const QStringList& arguments);
    int exportVault(const QStringList& arguments);

private:
    // The vault, or the exit status after its error has been printed.
    Expected<vault::VaultFile, CliVaultFailure> openVault();
    int fail(int exitCode, const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_vaultPath;
    PasswordInput m_password;
};

} // namespace tessera::cli
