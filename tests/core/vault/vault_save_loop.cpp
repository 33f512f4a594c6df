// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_vaultcrash: opens a vault and saves it in a loop, the first entry's note holding
// the save's number, printing "saved N" after each save returns. The test SIGKILLs it mid-loop.
#include "VaultTestSupport.h"
#include "crypto/CryptoInit.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 || !tessera::crypto::initialise().ok()) {
        std::fputs("usage: vault_save_loop VAULT PASSWORD\n", stderr);
        return 2;
    }
    using namespace tessera::vault;
    auto opened = VaultFile::open(QString::fromLocal8Bit(argv[1]), test::password(argv[2]), 3);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error()));
        return 1;
    }
    VaultFile& file = opened.value();
    qint64 number = file.vault().entries().front().note().toLongLong();
    for (;;) {
        ++number;
        Entry* entry = file.vault().entry(file.vault().entries().front().id());
        entry->setNote(QString::number(number));
        // Vary the size too, so a torn write would show as a wrong length as well as wrong bytes.
        entry->setIconReference(QString(int(number % 97), QLatin1Char('x')));
        if (const auto saved = file.save(); !saved) {
            std::fprintf(stderr, "cannot save: %s\n", qPrintable(saved.error()));
            return 1;
        }
        std::printf("saved %lld\n", static_cast<long long>(number));
        std::fflush(stdout);
    }
}
