// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Digest.h"
#include "Scrypt.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace tessera::crypto {

// The most work one file may make Tessera do to try a password, whatever its header asks for. A
// file names its own KDF parameters, so without a cap a hostile vault, backup or export could ask
// for hours of work or gigabytes of memory before the password is even checked. Every reader
// that derives a key from a file's parameters asks checkKdfCost() first, for all derivations of
// the file together:
// - no derivation needs more than kMaxKdfMemory;
// - scrypt work up to kStrongestScrypt (the costliest Tessera writes) is always allowed, so a
//   vault made on a fast computer still opens on a slow one; above it, all derivations together
//   may take at most about kMaxKdfSeconds at this machine's measured speed;
// - PBKDF2 (fixed memory, imports only) is bounded by iterations: at most kMaxPbkdf2Iterations,
//   on any machine, so the bound does not depend on how fast this one is.
inline constexpr int kMaxKdfSeconds = 5;
inline constexpr std::uint64_t kMaxKdfMemory = std::uint64_t(1) << 30;
// KdfCalibration's ceiling: 256 MiB, p = 4 (about 2 s on a 2020 laptop).
inline constexpr ScryptParameters kStrongestScrypt{std::uint64_t(1) << 18, 8, 4};
static_assert(std::uint64_t(128) * kStrongestScrypt.r * (kStrongestScrypt.n + kStrongestScrypt.p) <=
                  kMaxKdfMemory,
              "Tessera must be able to open what it writes");
// Ten times what the apps Tessera imports from write: andOTP 140,000 to 160,000, FreeOTP
// 100,000, Stratum 64,000, 2FAS 10,000, Authy 1,000 per token.
inline constexpr std::uint64_t kMaxPbkdf2Iterations = 1'600'000;

// scrypt's running time is proportional to N * r * p; the unit the cap counts in.
std::uint64_t scryptWork(const ScryptParameters& parameters);

// What trying one password against a file costs, worked out from its parameters alone (cheap:
// no derivation runs). Derivations add up with +=.
class KdfCost
{
    Q_DECLARE_TR_FUNCTIONS(tessera::crypto::KdfCost)

public:
    static KdfCost scrypt(const ScryptParameters& parameters, std::uint64_t derivations = 1);
    static KdfCost pbkdf2(HashAlgorithm hash, std::uint64_t iterations,
                          std::uint64_t derivations = 1);

    KdfCost& operator+=(const KdfCost& other);

    std::uint64_t peakMemory() const { return m_peakMemory; }
    std::uint64_t pbkdf2Iterations() const;
    // Within what Tessera itself writes: allowed without measuring this machine.
    bool isAlwaysAllowed() const;
    // Estimated on this machine; measures its speed the first time (about 0.1 s per KDF).
    double estimatedSeconds() const;
    // "scrypt N=2^16, r=64, p=64 in each of 32 key derivations", for messages.
    QString description() const;

private:
    std::uint64_t m_scryptWork = 0;
    std::array<std::uint64_t, 3> m_pbkdf2Iterations{}; // by HashAlgorithm
    std::uint64_t m_peakMemory = 0;
    // Each distinct parameter set and how many derivations use it.
    std::vector<std::pair<QString, std::uint64_t>> m_parts;
};

// Refuses a file whose key derivations exceed the cap above, before any of them runs; the message
// says what the file asks for, what that would cost here, the limit and why Tessera refuses.
Status checkKdfCost(const KdfCost& cost);

// Units of scrypt work (N * r * p) this machine does per second, measured once per process at
// the vault minimum (N=2^15, r=8, p=1) and shared by the cap and KdfCalibration.
double measuredScryptSpeed();

} // namespace tessera::crypto
