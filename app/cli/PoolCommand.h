// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace tessera::cli {

// `tessera-cli pool`: runs one Cognito operation on a local pool store with a Cognito request
// body and prints the response as the AWS CLI prints JSON; or prints the store's outbox.
class PoolCommand
{
public:
    // AWS CLI's status for a service error.
    static constexpr int kExitServiceError = 254;

    PoolCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    // `arguments` start with the program and command names.
    int run(const QStringList& arguments);

    // pools.sqlite in the platform data folder.
    static QString defaultStorePath();

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tessera::cli
