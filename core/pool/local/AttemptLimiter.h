// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolStore.h"
#include "otp/Clock.h"

#include <optional>

namespace tessera::pool::local {

// The one attempt limit on sign-in secrets, as Cognito documents its lockout: five failures are
// free; the fifth and each one after it lock the user out for 1 s, then 2 s, 4 s... up to 15
// minutes; an attempt during a lockout is refused without the secret being looked at, and does
// not count; a success clears the count, and so do 15 minutes without a failure after the last
// lockout has ended. Passwords, codes (MFA or passwordless) and passkey assertions are counted
// apart, per user, across sessions, in the store.
class AttemptLimiter
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kMaxLockoutSeconds = 15 * 60;
    static constexpr qint64 kQuietResetSeconds = 15 * 60;

    AttemptLimiter(PoolStore& store, const otp::Clock& clock) : m_store(store), m_clock(clock) {}

    // Success when the attempt may go ahead; while the user is locked out of `kind` attempts, the
    // error to answer without checking the secret (or the store's error).
    Expected<void, PoolError> allows(const QString& poolId, const QString& username,
                                     AttemptKind kind);
    // Counts a wrong secret and starts or lengthens the lockout.
    Expected<void, PoolError> failed(const QString& poolId, const QString& username,
                                     AttemptKind kind);
    // A right secret: the count starts again from zero.
    Expected<void, PoolError> succeeded(const QString& poolId, const QString& username,
                                        AttemptKind kind);

    // How long the `failures`-th consecutive failure locks the user out, in seconds.
    static qint64 lockoutAfter(int failures);

private:
    PoolStore& m_store;
    const otp::Clock& m_clock;
};

} // namespace tessera::pool::local
