// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace tessera::cli {

// Exit statuses of tessera-cli.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  // something outside the user's input failed (OpenSSL, disk)
    kExitBadInput = 2, // usage errors and invalid input, with one line on stderr saying why
};

// tessera-cli's commands. Each parses its own options, calls core and prints; no rules live here.
class CliApplication
{
public:
    CliApplication(QTextStream& out, QTextStream& err, otp::Clock clock = otp::systemClock());

    // `arguments` as QCoreApplication::arguments(): the program name first.
    int run(const QStringList& arguments);

private:
    int runCode(const QStringList& arguments);
    int runParse(const QStringList& arguments);
    int usageError(const QString& message);
    void printHelp();

    QTextStream& m_out;
    QTextStream& m_err;
    otp::Clock m_clock;
};

} // namespace tessera::cli
