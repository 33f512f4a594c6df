// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OtpParameters.h"

#include <QString>

namespace tessera::otp {

// RFC 4226 HOTP: the code for `counter`, `digits` long with leading zeros. Empty only if OpenSSL
// fails.
QString hotp(const crypto::SecureBytes& secret, HashAlgorithm algorithm, quint64 counter,
             int digits);

// Steam Guard: HOTP's dynamic truncation, then five characters from Steam's 26-letter alphabet.
QString steam(const crypto::SecureBytes& secret, quint64 counter);

// RFC 6238 time step: floor(unixTime / period), for unixTime >= 0.
quint64 timeStep(qint64 unixTime, int period);
// Seconds until the code for unixTime rolls over (1..period).
int secondsRemaining(qint64 unixTime, int period);

// The code an entry shows at `unixTime`: TOTP and Steam at that time, HOTP at its counter.
QString code(const OtpParameters& parameters, qint64 unixTime);

} // namespace tessera::otp
