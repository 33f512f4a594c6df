// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace tessera::cli {

// Where tessera-cli gets a password: the first line of a file (without its line ending), or a
// prompt on the terminal with echo off. The bytes go straight into wiped memory.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::PasswordInput)

public:
    // Empty path: prompt, which needs a terminal on standard input.
    explicit PasswordInput(QString passwordFile) : m_passwordFile(std::move(passwordFile)) {}

    // `prompt` is shown on the terminal; `confirm` asks twice (for a new password).
    Expected<crypto::SecureBytes> read(const QString& prompt, bool confirm = false) const;

    static Expected<crypto::SecureBytes> fromFile(const QString& path);
    static Expected<crypto::SecureBytes> fromTerminal(const QString& prompt);

private:
    QString m_passwordFile;
};

} // namespace tessera::cli
