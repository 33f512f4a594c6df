// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: a 10,000-entry Aegis export encrypted with Aegis's own scrypt parameters.
// Reports the whole import, the scrypt run alone (so import minus KDF is the format's own cost),
// a plain export's import, and the duplicate check against a vault that already holds them all.
#include "BenchSupport.h"
#include "crypto/CryptoInit.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "transfer/Exporter.h"
#include "transfer/ImportPreview.h"
#include "transfer/Importer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

using namespace tessera;
using bench::medianMs;
using bench::timeMs;
using namespace tessera::transfer;

namespace {

constexpr int kEntries = 10000;
constexpr int kRuns = 5;

} // namespace

int main()
{
    if (!crypto::initialise()) {
        std::fprintf(stderr, "crypto self-test failed\n");
        return 1;
    }
    const vault::Vault vault = bench::syntheticVault(kEntries, 10);
    const crypto::SecureBytes password("benchmark password", 18);
    ExportOptions options;
    options.password = &password;
    const auto encrypted = Exporter::exportData(vault, ExportFormat::Aegis, options);
    options.password = nullptr;
    const auto plain = Exporter::exportData(vault, ExportFormat::Aegis, options);
    if (!encrypted || !plain) {
        std::fprintf(stderr, "export failed\n");
        return 1;
    }
    std::vector<double> whole, kdf, plainImport, preview;
    const std::array<std::uint8_t, 32> salt{};
    for (int run = 0; run < kRuns; ++run) {
        std::size_t count = 0;
        whole.push_back(timeMs([&] {
            count =
                Importer::importData(encrypted->data, ImportOptions{{}, &password}).items.size();
        }));
        if (count != std::size_t(kEntries)) {
            std::fprintf(stderr, "imported %zu entries, not %d\n", count, kEntries);
            return 1;
        }
        kdf.push_back(timeMs([&] {
            (void)crypto::scrypt(password.span(), salt, crypto::ScryptParameters{1U << 15, 8, 1},
                                 32);
        }));
        std::vector<ImportResult> results;
        plainImport.push_back(
            timeMs([&] { results.push_back(Importer::importData(plain->data)); }));
        preview.push_back(timeMs([&] { (void)ImportPreview::build(vault, results); }));
    }
    const double wholeMs = medianMs(whole);
    const double kdfMs = medianMs(kdf);
    std::printf("bench_import: %d entries, median of %d runs (%s, %s)\n\n", kEntries, kRuns,
                TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    std::printf("| step | ms |\n|---|---|\n");
    std::printf("| encrypted Aegis export (%.1f MB): whole import | %.1f |\n",
                double(encrypted->data.size()) / 1e6, wholeMs);
    std::printf("| scrypt N=2^15 r=8 p=1 alone (one slot) | %.1f |\n", kdfMs);
    std::printf("| encrypted import without the KDF | %.1f |\n", wholeMs - kdfMs);
    std::printf("| plain Aegis export: import | %.1f |\n", medianMs(plainImport));
    std::printf("| preview against a vault holding all %d (all duplicates) | %.1f |\n", kEntries,
                medianMs(preview));
    return 0;
}
