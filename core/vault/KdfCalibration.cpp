// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfCalibration.h"

#include "VaultHeader.h"
#include "crypto/KdfCost.h"

#include <cmath>

namespace tessera::vault {

crypto::ScryptParameters calibrateScrypt(std::chrono::milliseconds target)
{
    // The ceiling is the cap's "always allowed" scrypt, so whatever this machine writes still
    // opens on a slower one (crypto::checkKdfCost).
    constexpr std::uint64_t kMaxN = crypto::kStrongestScrypt.n; // 256 MiB at r = 8
    constexpr std::uint32_t kMaxP = crypto::kStrongestScrypt.p;
    static_assert(kMinimumScrypt.r == crypto::kStrongestScrypt.r,
                  "calibration varies N and p only");
    crypto::ScryptParameters parameters = kMinimumScrypt;

    // scrypt's time is linear in N and in p; the speed measured once at the minimum is enough to
    // extrapolate.
    const double seconds = double(crypto::scryptWork(parameters)) / crypto::measuredScryptSpeed();
    const double wanted = std::chrono::duration<double>(target).count();
    double factor = wanted / seconds;
    // Nearest power of two on a log scale: the result lands within a factor sqrt(2) of target.
    while (factor > std::sqrt(2.0) && parameters.n < kMaxN) {
        parameters.n *= 2;
        factor /= 2.0;
    }
    if (factor >= 1.5) {
        parameters.p = std::min(kMaxP, std::uint32_t(std::lround(factor)));
    }
    return parameters;
}

} // namespace tessera::vault
