// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile key-derivation parameters (issue 19, items 3 and 4): how long Tessera takes to refuse a
// file that asks for hours of scrypt, and the speeds the cap estimates with. Prints a Markdown
// table; tests/hostile/tst_hostile_kdf checks the same refusals against a loose budget.
#include "BenchSupport.h"
#include "crypto/CryptoInit.h"
#include "crypto/KdfCost.h"
#include "vault/VaultFile.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace tessera;
using bench::medianMs;
using bench::timeMs;

namespace {

constexpr int kRuns = 20;

// A vault whose header asks for 32 slots at N=2^16, r=64, p=64 (about 50 minutes, 512 MiB).
QString hostileVault(const QTemporaryDir& dir, const crypto::SecureBytes& password)
{
    const QString path = dir.filePath(QStringLiteral("hostile.tessera"));
    vault::VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{16, 1, 1};
    options.allowWeakKdfForTests = true;
    if (!vault::VaultFile::create(path, password, {}, options)) {
        std::abort();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        std::abort();
    }
    const QByteArray original = file.readAll();
    const auto parsed = vault::parseVaultFile(original);
    if (!parsed) {
        std::abort();
    }
    vault::VaultHeader header = parsed->header;
    vault::KeySlot slot = header.keySlots.first();
    slot.scrypt = {std::uint64_t(1) << 16, 64, 64};
    header.keySlots.clear();
    for (int i = 0; i < vault::kMaxSlots; ++i) {
        header.keySlots.append(slot);
    }
    const QByteArray hostile =
        vault::serializeAuthenticatedPart(header) + parsed->ciphertext.toByteArray();
    file.resize(0);
    file.seek(0);
    file.write(hostile);
    return path;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!crypto::initialise()) {
        return 1;
    }
    const crypto::SecureBytes password = crypto::SecureBytes::fromView(QByteArrayView("pw"));
    QTemporaryDir dir;
    const QString path = hostileVault(dir, password);
    // The first refusal also measures this machine (once per process).
    const double first = timeMs([&] { (void)vault::VaultFile::open(path, password); });
    std::vector<double> refusals;
    for (int i = 0; i < kRuns; ++i) {
        refusals.push_back(timeMs([&] {
            if (vault::VaultFile::open(path, password).failure().code !=
                vault::OpenError::TooCostly) {
                std::abort();
            }
        }));
    }
    const crypto::KdfCost cost = [] {
        crypto::KdfCost total;
        for (int i = 0; i < vault::kMaxSlots; ++i) {
            total += crypto::KdfCost::scrypt({std::uint64_t(1) << 16, 64, 64});
        }
        return total;
    }();
    std::printf("Hostile KDF benchmark: median of %d runs (%s build, %s)\n\n", kRuns,
                TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    std::printf("| Measure | Value |\n|---|---|\n");
    std::printf("| scrypt speed measured here | %.2f M units (N*r*p) per second |\n",
                crypto::measuredScryptSpeed() / 1e6);
    std::printf("| What 32 slots of N=2^16, r=64, p=64 would take here | %.0f s |\n",
                cost.estimatedSeconds());
    std::printf("| Refusing that vault, first time (includes measuring) | %.1f ms |\n", first);
    std::printf("| Refusing that vault, after | %.2f ms |\n", medianMs(refusals));
    return 0;
}
