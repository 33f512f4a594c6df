// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace tessera::cli {

// What `tessera-cli pool serve` was asked to do.
struct ServeOptions
{
    QString storePath;
    QString host = QStringLiteral("127.0.0.1");
    QString port = QStringLiteral("9229");
    QString region = QStringLiteral("us-east-1");
    // Empty: any access key is taken (only the signature's form, scope and time are checked).
    QString accessKey;
    QString secretKeyFile;
    QString maxConnections;
};

// `tessera-cli pool serve`: the local store as a Cognito endpoint (core/pool/serve) until
// SIGINT or SIGTERM. Prints where it listens and how to point AWS clients at it.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::ServeCommand)

public:
    ServeCommand(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    int run(const ServeOptions& options);

private:
    int usage(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tessera::cli
