// SPDX-License-Identifier: GPL-3.0-or-later
// Single-thread throughput of the OTP engine: bare HMAC against whole TOTP codes, so the cost
// Tessera adds around OpenSSL is visible. Prints a Markdown table for docs/benchmarks.md.
#include "crypto/CryptoInit.h"
#include "crypto/Hmac.h"
#include "crypto/SecureBytes.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpParameters.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTextStream>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tessera;
using otp::HashAlgorithm;

namespace {

// Checking the clock every iteration would dominate a sub-microsecond loop.
constexpr int kClockCheckEvery = 1024;
constexpr int kOathtoolLaunches = 200;
// Each measurement is split into this many slices, HMAC and code slices alternating, and the
// fastest slice counts: other processes on a shared machine only ever slow a slice down.
constexpr int kSlices = 5;

// Results fold into this so the optimiser cannot drop the work that produced them.
volatile std::uint32_t g_sink = 0;

// Calls `step(i)` until `seconds` have passed; returns iterations per second.
template <typename Step> double measure(double seconds, Step step)
{
    const qint64 budgetNs = qint64(seconds * 1e9);
    QElapsedTimer timer;
    timer.start();
    qint64 iterations = 0;
    qint64 elapsed = 0;
    do {
        for (int i = 0; i < kClockCheckEvery; ++i) {
            step(iterations++);
        }
        elapsed = timer.nsecsElapsed();
    } while (elapsed < budgetNs);
    return double(iterations) * 1e9 / double(elapsed);
}

// The RFC 6238 test keys: 20, 32 and 64 bytes, the block-size-or-less key each algorithm expects.
crypto::SecureBytes keyFor(HashAlgorithm algorithm)
{
    static const QByteArray digits =
        QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
    const qsizetype size = algorithm == HashAlgorithm::Sha1     ? 20
                           : algorithm == HashAlgorithm::Sha256 ? 32
                                                                : 64;
    return crypto::SecureBytes::fromView(QByteArrayView(digits).first(size));
}

double hmacRate(HashAlgorithm algorithm, double seconds)
{
    const crypto::SecureBytes key = keyFor(algorithm);
    std::array<std::uint8_t, 8> message{};
    std::array<std::uint8_t, 64> mac{};
    const auto size = std::size_t(crypto::digestSize(algorithm));
    return measure(seconds, [&](qint64 i) {
        // A different counter each time, as codes use, so nothing can be hoisted out of the loop.
        for (std::size_t b = 0; b < message.size(); ++b) {
            message[b] = std::uint8_t(quint64(i) >> (8 * (7 - b)));
        }
        if (!crypto::hmac(algorithm, key.span(), message, std::span(mac.data(), size))) {
            std::fprintf(stderr, "HMAC failed\n");
            std::exit(1);
        }
        g_sink = g_sink + mac[0];
    });
}

double codeRate(HashAlgorithm algorithm, double seconds)
{
    otp::OtpSpec spec;
    spec.algorithm = algorithm;
    spec.digits = 6;
    spec.secret = keyFor(algorithm);
    const auto parameters = otp::OtpParameters::create(std::move(spec));
    if (!parameters) {
        std::fprintf(stderr, "%s\n", qPrintable(parameters.error()));
        std::exit(1);
    }
    return measure(seconds, [&](qint64 i) {
        // One time step further each call: a fresh counter, like the HMAC loop.
        const QString code = otp::code(parameters.value(), 1'700'000'000 + i * otp::kDefaultPeriod);
        g_sink = g_sink + code.at(0).unicode();
    });
}

// oathtool started once per code: what a shell script or a test calling it per case can reach.
// Bound by process creation, not by HMAC.
double oathtoolRate(const QString& oathtool)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kOathtoolLaunches; ++i) {
        QProcess process;
        process.start(oathtool,
                      {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("-N"),
                       QStringLiteral("@%1").arg(1'700'000'000 + i * 30),
                       QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")});
        if (!process.waitForFinished() || process.exitCode() != 0) {
            std::fprintf(stderr, "oathtool failed: %s\n",
                         process.readAllStandardError().constData());
            return 0;
        }
        g_sink = g_sink + std::uint32_t(process.readAllStandardOutput().size());
    }
    return double(kOathtoolLaunches) * 1e9 / double(timer.nsecsElapsed());
}

QString thousands(double value)
{
    return QLocale(QLocale::English).toString(qint64(value + 0.5));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    double seconds = 1.0;
    if (arguments.size() > 1) {
        bool ok = false;
        seconds = arguments.at(1).toDouble(&ok);
        if (!ok || seconds <= 0) {
            std::fprintf(stderr, "usage: bench_otp [SECONDS_PER_MEASUREMENT]\n");
            return 2;
        }
    }
    // The same start-up as the applications (secure heap, self-test), so the figures are theirs.
    if (const Status status = crypto::initialise(); !status) {
        std::fprintf(stderr, "warning: crypto::initialise() failed (%s); measuring anyway\n",
                     qPrintable(status.error()));
    }

    QTextStream out(stdout);
    out << "Build: " << TESSERA_BENCH_BUILD_TYPE << ", " << TESSERA_BENCH_COMPILER
        << "; one thread, " << seconds << " s per measurement (best of " << kSlices
        << " slices); 8-byte message, RFC 6238 key sizes (20/32/64 bytes)\n\n";
    out << "| algorithm | HMAC/s | codes/s | overhead % |\n";
    out << "|---|---:|---:|---:|\n";
    for (const auto algorithm :
         {HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512}) {
        double hmac = 0;
        double codes = 0;
        for (int slice = 0; slice < kSlices; ++slice) {
            hmac = qMax(hmac, hmacRate(algorithm, seconds / kSlices));
            codes = qMax(codes, codeRate(algorithm, seconds / kSlices));
        }
        // Extra time per code relative to the HMAC inside it.
        const double overhead = (hmac / codes - 1.0) * 100.0;
        out << "| " << otp::algorithmName(algorithm) << " | " << thousands(hmac) << " | "
            << thousands(codes) << " | " << QString::number(overhead, 'f', 1) << " |\n";
        out.flush();
    }

    const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    if (!oathtool.isEmpty()) {
        const double rate = oathtoolRate(oathtool);
        out << "\nPeer: oathtool, one process launch per TOTP SHA1 code (process-launch bound): "
            << thousands(rate) << " codes/s over " << kOathtoolLaunches << " launches\n";
    } else {
        out << "\nPeer: oathtool not installed; skipped\n";
    }
    return 0;
}
