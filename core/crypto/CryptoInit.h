// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

namespace tessera::crypto {

// Called once at process start by both executables, before any secret is touched:
// sets up OpenSSL's secure heap (so SecureBytes are locked in RAM), stops the process from
// writing core dumps or being attached to by other processes of the same user, and runs a
// known-answer self-test of HMAC, AES-256-GCM and scrypt. An error means the process must not
// handle secrets.
Status initialise();

// The self-test alone, for tests.
Status selfTest();

} // namespace tessera::crypto
