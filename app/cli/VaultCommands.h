// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliVault.h"
#include "PasswordInput.h"
#include "otp/Clock.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace tessera::cli {

// tessera-cli's commands over a vault file: create, add, list, code NAME, remove, passwd,
// show-uri. Each opens the vault (one KDF run), acts, saves at most once, and returns an exit code.
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::VaultCommands)

public:
    VaultCommands(QTextStream& out, QTextStream& err, QTextStream& in, otp::Clock clock,
                  QString vaultPath, QString passwordFile);

    int create(const QStringList& arguments);
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    // `at` is the time to compute TOTP codes for.
    int code(const QString& name, qint64 at);
    int remove(const QStringList& arguments);
    int passwd(const QStringList& arguments);
    int showUri(const QStringList& arguments);

private:
    // The unlocked vault, or nothing after printing why (exitCode says how to exit).
    // The vault, or the exit status after its error has been printed.
    Expected<vault::VaultFile, CliVaultFailure> openVault();
    // The one entry `name` means, or nothing after printing why.
    std::optional<QUuid> resolve(const vault::Vault& vault, const QString& name);
    int fail(int exitCode, const QString& message);
    int save(vault::VaultFile& file);
    // One NAME argument after the command's own name.
    std::optional<QString> singleName(const QStringList& arguments, const QString& command);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    otp::Clock m_clock;
    QString m_vaultPath;
    PasswordInput m_password;
};

} // namespace tessera::cli
