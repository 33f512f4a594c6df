// SPDX-License-Identifier: GPL-3.0-or-later
// Vault benchmark: with 10,000 entries, how long opening takes apart from the KDF, how long a save
// takes, how large the file is per entry, and what the KDF itself costs. Prints a Markdown table.
#include "BenchSupport.h"
#include "crypto/CryptoInit.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "vault/KdfCalibration.h"
#include "vault/VaultFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

using namespace tessera;
using bench::medianMs;
using bench::timeMs;
using namespace tessera::vault;

namespace {

constexpr int kEntries = 10000;
constexpr int kRuns = 5;

double kdfMs(const crypto::ScryptParameters& parameters)
{
    const std::array<std::uint8_t, 16> password{};
    const std::array<std::uint8_t, 32> salt{};
    std::vector<double> samples;
    for (int i = 0; i < 3; ++i) {
        samples.push_back(timeMs([&] { (void)crypto::scrypt(password, salt, parameters, 32); }));
    }
    return medianMs(samples);
}

QString describe(const crypto::ScryptParameters& p)
{
    int log2n = 0;
    while ((std::uint64_t(1) << log2n) < p.n) {
        ++log2n;
    }
    return QStringLiteral("N=2^%1, r=%2, p=%3").arg(log2n).arg(p.r).arg(p.p);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // As the application starts: secure heap, hardening, self-test.
    if (!crypto::initialise().ok()) {
        std::fputs("crypto self-test failed\n", stderr);
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.tessera"));
    const auto password = crypto::SecureBytes::fromView("benchmark password");

    // scrypt at N=2 costs microseconds, so the open time below is the vault's own work:
    // read, parse, unwrap, decrypt, decode 10,000 entries.
    VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{2, 1, 1};
    options.allowWeakKdfForTests = true;
    options.backupsToKeep = 2;
    auto created = VaultFile::create(path, password, bench::syntheticVault(kEntries, 10), options);
    if (!created) {
        std::fprintf(stderr, "cannot create: %s\n", qPrintable(created.error()));
        return 1;
    }
    VaultFile& file = created.value();

    std::vector<double> saves;
    for (int i = 0; i < kRuns; ++i) {
        saves.push_back(timeMs([&] {
            if (!file.save()) {
                std::abort();
            }
        }));
    }
    std::vector<double> opens;
    for (int i = 0; i < kRuns; ++i) {
        opens.push_back(timeMs([&] {
            const auto opened = VaultFile::open(path, password);
            if (!opened || opened.hasValue() == false) {
                std::abort();
            }
        }));
    }
    const qint64 size = QFileInfo(path).size();
    const crypto::ScryptParameters calibrated = calibrateScrypt();

    std::printf("Vault benchmark: %d entries, median of %d runs (%s build, %s)\n\n", kEntries,
                kRuns, TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    std::printf("| Measure | Value |\n|---|---|\n");
    std::printf("| Open, without the KDF | %.1f ms |\n", medianMs(opens));
    std::printf("| Save (encode, encrypt, backup link, write, fsync, rename) | %.1f ms |\n",
                medianMs(saves));
    std::printf("| File size | %lld bytes (%.1f bytes per entry) |\n", static_cast<long long>(size),
                double(size) / kEntries);
    std::printf("| KDF at the minimum (%s) | %.0f ms |\n", qPrintable(describe(kMinimumScrypt)),
                kdfMs(kMinimumScrypt));
    std::printf("| KDF as calibrated on this machine (%s) | %.0f ms |\n",
                qPrintable(describe(calibrated)), kdfMs(calibrated));
    return 0;
}
