// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttemptLimiter.h"

#include <algorithm>

namespace tessera::pool::local {

qint64 AttemptLimiter::lockoutAfter(int failures)
{
    if (failures < kFreeFailures) {
        return 0;
    }
    // 2^(failures - 5) seconds; past 2^10 the cap has long been reached.
    const int doublings = std::min(failures - kFreeFailures, 10);
    return std::min(qint64(1) << doublings, kMaxLockoutSeconds);
}

Expected<void, PoolError> AttemptLimiter::allows(const QString& poolId, const QString& username,
                                                 AttemptKind kind)
{
    const auto count = m_store.loadFailures(poolId, username, kind);
    if (!count) {
        return count.failure();
    }
    if (m_clock() >= count->lockedUntil) {
        return {};
    }
    if (kind == AttemptKind::Password) {
        // Cognito's own answer during a lockout.
        return PoolError::notAuthorized(QStringLiteral("Password attempts exceeded"));
    }
    const qint64 seconds = count->lockedUntil - m_clock();
    if (kind == AttemptKind::Passkey) {
        return PoolError{QString::fromLatin1(errors::kTooManyFailedAttempts),
                         QStringLiteral("Too many failed passkey sign-ins for this user; no "
                                        "passkey is checked for the next %1 s.")
                             .arg(seconds)};
    }
    return PoolError{QString::fromLatin1(errors::kTooManyFailedAttempts),
                     QStringLiteral("Too many wrong codes for this user; no code is checked "
                                    "for the next %1 s.")
                         .arg(seconds)};
}

Expected<void, PoolError> AttemptLimiter::failed(const QString& poolId, const QString& username,
                                                 AttemptKind kind)
{
    auto count = m_store.loadFailures(poolId, username, kind);
    if (!count) {
        return count.failure();
    }
    const qint64 now = m_clock();
    // Quiet since the last failure or, when locked out, since the lockout ended: otherwise a
    // 15-minute lockout would end with the count forgotten and five free guesses again.
    if (now - std::max(count->lastFailure, count->lockedUntil) >= kQuietResetSeconds) {
        *count = FailureCount{};
    }
    ++count->failures;
    count->lastFailure = now;
    const qint64 lockout = lockoutAfter(count->failures);
    count->lockedUntil = lockout > 0 ? now + lockout : 0;
    return m_store.saveFailures(poolId, username, kind, *count);
}

Expected<void, PoolError> AttemptLimiter::succeeded(const QString& poolId, const QString& username,
                                                    AttemptKind kind)
{
    return m_store.clearFailures(poolId, username, kind);
}

} // namespace tessera::pool::local
