// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolError.h"

#include <QString>

namespace tessera::pool::local {

class LocalPoolEngine;

// A pool to look at before there is a real one: MFA optional with authenticator apps and SMS,
// and `users` users in the states a real pool has — no factor, SMS, an authenticator app, both,
// email; some disabled, some with a temporary password (FORCE_CHANGE_PASSWORD), some never
// confirmed. Users are named user-001 ... with example.com addresses and 555 numbers. Nobody
// can sign in as them: they have no password, or a temporary one nobody knows. Returns the id.
Expected<QString, PoolError> createSamplePool(LocalPoolEngine& engine,
                                              const QString& name = QStringLiteral("Sample pool"),
                                              int users = 200);

} // namespace tessera::pool::local
