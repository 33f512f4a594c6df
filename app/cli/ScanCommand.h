// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tessera::cli {

// `tessera-cli scan IMAGE...`: one JSON object a line per image, {"file", "codes"} or
// {"file", "error"}; every image is tried, and an unreadable one makes the exit status 2.
class ScanCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::ScanCommand)

public:
    ScanCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    // `arguments` starts with the command's own name, as QCommandLineParser expects.
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tessera::cli
