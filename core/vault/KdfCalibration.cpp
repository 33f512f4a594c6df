// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfCalibration.h"

#include "VaultHeader.h"

#include <QElapsedTimer>

#include <array>
#include <cmath>

namespace tessera::vault {

crypto::ScryptParameters calibrateScrypt(std::chrono::milliseconds target)
{
    constexpr std::uint64_t kMaxN = std::uint64_t(1) << 18; // 256 MiB at r = 8
    constexpr std::uint32_t kMaxP = 16;
    crypto::ScryptParameters parameters = kMinimumScrypt;

    const std::array<std::uint8_t, 8> password{};
    const std::array<std::uint8_t, 16> salt{};
    QElapsedTimer timer;
    timer.start();
    const auto probe = crypto::scrypt(password, salt, parameters, 32);
    // scrypt's time is linear in N and in p; one run at the minimum is enough to extrapolate.
    const double seconds = std::max(double(timer.nsecsElapsed()) / 1e9, 1e-4);
    if (!probe) {
        return parameters;
    }
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
