// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanCommand.h"

#include "CliApplication.h"
#include "JsonOutput.h"
#include "scan/QrDecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tessera::cli {

int ScanCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments)) {
        m_err << "tessera-cli: " << parser.errorText() << Qt::endl;
        return kExitBadInput;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        m_err << "tessera-cli: " << tr("scan needs one or more IMAGE files") << Qt::endl;
        return kExitBadInput;
    }
    int status = kExitOk;
    for (const QString& file : files) {
        const auto codes = scan::QrDecoder::decodeFile(file);
        if (!codes) {
            status = kExitBadInput;
            m_out << orderedJsonObject(
                         {{QStringLiteral("file"), file}, {QStringLiteral("error"), codes.error()}})
                  << Qt::endl;
            continue;
        }
        m_out << orderedJsonObject({{QStringLiteral("file"), file},
                                    {QStringLiteral("codes"), QJsonArray::fromStringList(*codes)}})
              << Qt::endl;
    }
    return status;
}

} // namespace tessera::cli
