// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaCodeCheck.h"

#include "crypto/Digest.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

namespace tessera::pool::local {

namespace {

constexpr int kTotpPeriod = 30;
constexpr int kCodeDigits = 6;

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

bool sameCode(const QString& a, const QString& b)
{
    return crypto::constantTimeEquals(bytesOf(a.toLatin1()), bytesOf(b.toLatin1()));
}

} // namespace

std::optional<PoolResult> MfaCodeCheck::run(SignInAttempt& attempt, const Check& check)
{
    const QString& poolId = attempt.pool.id;
    const QString& username = attempt.record.user.username;
    AttemptLimiter& limiter = m_services.attempts;
    if (!attempt.sessionId.isEmpty() && attempt.attempts >= kMaxSessionAttempts) {
        return m_sessions.fail(
            attempt,
            PoolError{QString::fromLatin1(errors::kTooManyFailedAttempts),
                      QStringLiteral("Too many failed attempts for this sign-in; start again.")},
            {});
    }
    // Per user as well: a new sign-in must not buy new guesses.
    if (auto allowed = limiter.allows(poolId, username, AttemptKind::Code); !allowed) {
        return PoolResult(allowed.failure());
    }
    if (auto matched = check(); !matched) {
        if (!attempt.sessionId.isEmpty()) {
            if (auto done = m_services.store.countSessionAttempt(attempt.sessionId); !done) {
                return PoolResult(done.failure());
            }
        }
        if (auto done = limiter.failed(poolId, username, AttemptKind::Code); !done) {
            return PoolResult(done.failure());
        }
        // A sign-in records the failure in its auth event; a signed-in user's check has none.
        if (!attempt.event.eventId.isEmpty()) {
            attempt.event.challengeResponses.append(
                {QStringLiteral("Mfa"), QStringLiteral("Failure")});
            attempt.trace(TraceCode::CodeRefused, {attempt.challenge, matched.failure().message});
            if (auto done = m_sessions.record(attempt); !done) {
                return PoolResult(done.failure());
            }
        }
        return PoolResult(matched.failure());
    }
    if (auto done = limiter.succeeded(poolId, username, AttemptKind::Code); !done) {
        return PoolResult(done.failure());
    }
    if (!attempt.event.eventId.isEmpty()) {
        attempt.trace(TraceCode::CodeAccepted, {attempt.challenge});
    }
    return std::nullopt;
}

MfaCodeCheck::Check MfaCodeCheck::totp(UserRecord& record, const QString& code,
                                       const PoolError& mismatch) const
{
    return [this, &record, code, mismatch]() -> Expected<void, PoolError> {
        const auto secret = otp::base32::decode(record.totpSecret);
        if (!secret || record.totpSecret.isEmpty()) {
            return mismatch;
        }
        const qint64 step = m_services.now() / kTotpPeriod;
        qint64 matched = -1;
        // Every candidate is computed and compared, so the time taken says nothing about which
        // step matched.
        for (qint64 candidate = step - 1; candidate <= step + 1; ++candidate) {
            if (candidate < 0) {
                continue;
            }
            const QString expected =
                otp::hotp(*secret, crypto::HashAlgorithm::Sha1, quint64(candidate), kCodeDigits);
            if (sameCode(expected, code)) {
                matched = candidate;
            }
        }
        if (matched < 0) {
            return mismatch;
        }
        if (matched <= record.totpLastStep) {
            return PoolError{QString::fromLatin1(errors::kExpiredCode),
                             QStringLiteral("Your software token has already been used once.")};
        }
        record.totpLastStep = matched;
        return {};
    };
}

MfaCodeCheck::Check MfaCodeCheck::sent(const QString& expected, const QString& given)
{
    return [expected, given]() -> Expected<void, PoolError> {
        if (!sameCode(given, expected)) {
            return PoolError::codeMismatch();
        }
        return {};
    };
}

std::optional<PoolResult> MfaCodeCheck::runSent(SignInAttempt& attempt,
                                                const QJsonObject& responses, const QString& key)
{
    const QString code = responses.value(key).toString();
    if (code.isEmpty()) {
        return PoolResult(PoolError::missingParameter(key));
    }
    return run(attempt, sent(attempt.state.value(QStringLiteral("code")).toString(), code));
}

} // namespace tessera::pool::local
