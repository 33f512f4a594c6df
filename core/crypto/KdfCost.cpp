// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfCost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QStringList>

#include <openssl/evp.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace tessera::crypto {

namespace {

// Parameters come from files, so products saturate instead of wrapping round to something cheap.
std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t product = 0;
    return __builtin_mul_overflow(a, b, &product) ? UINT64_MAX : product;
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t sum = 0;
    return __builtin_add_overflow(a, b, &sum) ? UINT64_MAX : sum;
}

std::uint64_t scryptMemory(const ScryptParameters& parameters)
{
    // 128 * r * (N + p), as ScryptParameters::memoryBytes(), without overflow.
    return saturatingMultiply(saturatingMultiply(128, parameters.r),
                              saturatingAdd(parameters.n, parameters.p));
}

// Seconds taken by `run`, never zero, so a speed derived from it stays finite.
template <typename Run> double secondsFor(Run run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return std::max(double(timer.nsecsElapsed()) / 1e9, 1e-6);
}

double measuredPbkdf2Speed(HashAlgorithm hash)
{
    constexpr int kProbeIterations = 1 << 14;
    const auto measure = [](HashAlgorithm algorithm) {
        const EVP_MD* md = EVP_get_digestbyname(opensslName(algorithm));
        unsigned char key[32];
        const unsigned char salt[16] = {};
        const double seconds = secondsFor([&] {
            (void)PKCS5_PBKDF2_HMAC("", 0, salt, sizeof salt, kProbeIterations, md, sizeof key,
                                    key);
        });
        return double(kProbeIterations) / seconds;
    };
    static const std::array<double, 3> speeds{measure(HashAlgorithm::Sha1),
                                              measure(HashAlgorithm::Sha256),
                                              measure(HashAlgorithm::Sha512)};
    return speeds[std::size_t(hash)];
}

QString hashName(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha1:
        return QStringLiteral("SHA-1");
    case HashAlgorithm::Sha256:
        return QStringLiteral("SHA-256");
    case HashAlgorithm::Sha512:
        return QStringLiteral("SHA-512");
    }
    return {};
}

QString scryptN(std::uint64_t n)
{
    if (n > 1 && (n & (n - 1)) == 0) {
        return QStringLiteral("2^%1").arg(std::countr_zero(n));
    }
    return QLocale().toString(quint64(n));
}

QString aboutDuration(double seconds)
{
    constexpr double kMinute = 60;
    constexpr double kHour = 60 * kMinute;
    constexpr double kDay = 24 * kHour;
    const auto rounded = [](double value) { return int(std::min(std::lround(value), 1L << 30)); };
    if (seconds < 2 * kMinute) {
        return KdfCost::tr("about %n seconds", nullptr, rounded(seconds));
    }
    if (seconds < 2 * kHour) {
        return KdfCost::tr("about %n minutes", nullptr, rounded(seconds / kMinute));
    }
    if (seconds < 2 * kDay) {
        return KdfCost::tr("about %n hours", nullptr, rounded(seconds / kHour));
    }
    return KdfCost::tr("about %n days", nullptr, rounded(std::min(seconds / kDay, 1e9)));
}

void addPart(std::vector<std::pair<QString, std::uint64_t>>& parts, const QString& part,
             std::uint64_t count)
{
    const auto same = std::find_if(parts.begin(), parts.end(),
                                   [&](const auto& existing) { return existing.first == part; });
    if (same != parts.end()) {
        same->second = saturatingAdd(same->second, count);
    } else {
        parts.emplace_back(part, count);
    }
}

} // namespace

std::uint64_t scryptWork(const ScryptParameters& parameters)
{
    return saturatingMultiply(saturatingMultiply(parameters.n, parameters.r), parameters.p);
}

KdfCost KdfCost::scrypt(const ScryptParameters& parameters, std::uint64_t derivations)
{
    KdfCost cost;
    cost.m_scryptWork = saturatingMultiply(scryptWork(parameters), derivations);
    cost.m_peakMemory = derivations > 0 ? scryptMemory(parameters) : 0;
    if (derivations > 0) {
        cost.m_parts.emplace_back(QStringLiteral("scrypt N=%1, r=%2, p=%3")
                                      .arg(scryptN(parameters.n))
                                      .arg(parameters.r)
                                      .arg(parameters.p),
                                  derivations);
    }
    return cost;
}

KdfCost KdfCost::pbkdf2(HashAlgorithm hash, std::uint64_t iterations, std::uint64_t derivations)
{
    KdfCost cost;
    cost.m_pbkdf2Iterations[std::size_t(hash)] = saturatingMultiply(iterations, derivations);
    if (derivations > 0) {
        cost.m_parts.emplace_back(tr("PBKDF2-%1 with %2 iterations")
                                      .arg(hashName(hash), QLocale().toString(quint64(iterations))),
                                  derivations);
    }
    return cost;
}

KdfCost& KdfCost::operator+=(const KdfCost& other)
{
    m_scryptWork = saturatingAdd(m_scryptWork, other.m_scryptWork);
    for (std::size_t i = 0; i < m_pbkdf2Iterations.size(); ++i) {
        m_pbkdf2Iterations[i] = saturatingAdd(m_pbkdf2Iterations[i], other.m_pbkdf2Iterations[i]);
    }
    m_peakMemory = std::max(m_peakMemory, other.m_peakMemory);
    for (const auto& [part, count] : other.m_parts) {
        addPart(m_parts, part, count);
    }
    return *this;
}

std::uint64_t KdfCost::pbkdf2Iterations() const
{
    std::uint64_t total = 0;
    for (const std::uint64_t iterations : m_pbkdf2Iterations) {
        total = saturatingAdd(total, iterations);
    }
    return total;
}

bool KdfCost::isAlwaysAllowed() const
{
    return m_peakMemory <= kMaxKdfMemory && m_scryptWork <= scryptWork(kStrongestScrypt) &&
           pbkdf2Iterations() <= kMaxPbkdf2Iterations;
}

double KdfCost::estimatedSeconds() const
{
    double seconds = 0;
    if (m_scryptWork > 0) {
        seconds += double(m_scryptWork) / measuredScryptSpeed();
    }
    for (std::size_t i = 0; i < m_pbkdf2Iterations.size(); ++i) {
        if (m_pbkdf2Iterations[i] > 0) {
            seconds += double(m_pbkdf2Iterations[i]) / measuredPbkdf2Speed(HashAlgorithm(i));
        }
    }
    return seconds;
}

QString KdfCost::description() const
{
    QStringList parts;
    for (const auto& [part, count] : m_parts) {
        parts.append(count == 1 ? part
                                : tr("%1 in each of %n key derivations", nullptr,
                                     int(std::min<std::uint64_t>(count, 1U << 30)))
                                      .arg(part));
    }
    return QLocale().createSeparatedList(parts);
}

Status checkKdfCost(const KdfCost& cost)
{
    if (cost.isAlwaysAllowed()) {
        return {};
    }
    const QLocale locale;
    const QString memory = locale.formattedDataSize(
        qint64(std::min<std::uint64_t>(cost.peakMemory(),
                                       std::uint64_t(std::numeric_limits<qint64>::max()))),
        0);
    const QString maxMemory = locale.formattedDataSize(qint64(kMaxKdfMemory), 0);
    QString costHere;
    QString limit;
    if (cost.peakMemory() > kMaxKdfMemory) {
        // Memory alone is enough to refuse; no need to measure this machine.
        costHere = KdfCost::tr("%1 of memory for one derivation").arg(memory);
        limit = KdfCost::tr("%1 of memory for one derivation").arg(maxMemory);
    } else {
        const double seconds = cost.estimatedSeconds();
        if (cost.pbkdf2Iterations() <= kMaxPbkdf2Iterations && seconds <= kMaxKdfSeconds) {
            return {};
        }
        costHere = cost.peakMemory() > 0
                       ? KdfCost::tr("%1 and %2 of memory here").arg(aboutDuration(seconds), memory)
                       : KdfCost::tr("%1 here").arg(aboutDuration(seconds));
        limit = cost.pbkdf2Iterations() > kMaxPbkdf2Iterations
                    ? KdfCost::tr(
                          "%1 PBKDF2 iterations for one file, ten times what the apps it imports "
                          "from write")
                          .arg(locale.toString(quint64(kMaxPbkdf2Iterations)))
                    : KdfCost::tr("%n seconds of work (or %1 of memory) for one file", nullptr,
                                  kMaxKdfSeconds)
                          .arg(maxMemory);
    }
    return makeError(
        KdfCost::tr("this file asks for %1 to try a password: %2. Tessera refuses more than "
                    "%3, because a hostile file could otherwise make it hang or run out of "
                    "memory before the password is even checked")
            .arg(cost.description(), costHere, limit));
}

double measuredScryptSpeed()
{
    static const double speed = [] {
        constexpr ScryptParameters kProbe{std::uint64_t(1) << 15, 8, 1};
        const std::array<std::uint8_t, 8> password{};
        const std::array<std::uint8_t, 16> salt{};
        bool derived = false;
        const double seconds =
            secondsFor([&] { derived = crypto::scrypt(password, salt, kProbe, 32).hasValue(); });
        // Without a measurement, assume a slow machine (2^20 units a second): the cap errs on the
        // side of refusing, and Tessera's own parameters are allowed regardless.
        return derived ? double(scryptWork(kProbe)) / seconds : double(1 << 20);
    }();
    return speed;
}

} // namespace tessera::crypto
