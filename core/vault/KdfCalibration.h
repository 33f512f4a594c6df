// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Scrypt.h"

#include <chrono>

namespace tessera::vault {

// scrypt parameters that take about `target` on this machine, never below kMinimumScrypt and never
// above crypto::kStrongestScrypt. N grows (in powers of two) up to 256 MiB of memory, then p (up
// to 4), so a fast machine gets a slower KDF without needing more RAM than a small laptop has
// free. The first call measures this machine (roughly 50-100 ms, crypto::measuredScryptSpeed).
crypto::ScryptParameters
calibrateScrypt(std::chrono::milliseconds target = std::chrono::milliseconds(500));

} // namespace tessera::vault
