// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace tessera::cli {

// Exit statuses of tessera-cli.
enum ExitCode : int
{
    kExitOk = 0,
    kExitFailure = 1,  // something outside the user's input failed (OpenSSL, disk)
    kExitBadInput = 2, // usage errors and invalid input, with one line on stderr saying why
};

// tessera-cli's commands. Each parses its own options, calls core and prints; no rules live here.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::CliApplication)

public:
    CliApplication(QTextStream& out, QTextStream& err, otp::Clock clock = otp::systemClock());

    // Where `add -` reads URIs from; standard input unless a test gives another stream.
    void setInput(QTextStream* in) { m_in = in; }

    // `arguments` as QCoreApplication::arguments(): the program name first.
    int run(const QStringList& arguments);

private:
    int runCode(const QStringList& arguments);
    int runParse(const QStringList& arguments);
    // The --at option's value, or the clock's time; nullopt after printing why it is invalid.
    std::optional<qint64> parseAt(const QString& text, bool isSet);
    int usageError(const QString& message);
    void printHelp();

    QTextStream& m_out;
    QTextStream& m_err;
    otp::Clock m_clock;
    QTextStream* m_in = nullptr;
    QString m_vaultPath;
    QString m_passwordFile;
};

} // namespace tessera::cli
