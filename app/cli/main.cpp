// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"
#include "core/Version.h"
#include "crypto/CryptoInit.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(tessera::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const auto status = tessera::crypto::initialise(); !status) {
        err << "tessera-cli: cannot start safely: " << status.error() << Qt::endl;
        return tessera::cli::kExitFailure;
    }
    tessera::installTranslations();
    tessera::cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
