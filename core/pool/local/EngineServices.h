// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttemptLimiter.h"
#include "PasswordHasher.h"
#include "PoolStore.h"
#include "TokenSigner.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "otp/Clock.h"
#include "pool/AuthEvent.h"

#include <QMutex>
#include <QString>

#include <optional>

namespace tessera::pool::local {

// How a local engine is made: its file and, for tests, its clock, random source and password
// hashing cost.
struct LocalPoolOptions
{
    QString path;
    otp::Clock clock = otp::systemClock();
    crypto::RandomSource random = crypto::systemRandom;
    // scrypt N = 2^14, r = 8 (16 MiB, tens of milliseconds): a sign-in is interactive.
    crypto::ScryptParameters passwordHashing{std::uint64_t(1) << 14, 8, 1};
    // Pool ids start with this, as Cognito's start with the AWS region.
    QString region = QStringLiteral("local-1");
    // Whether each sign-in's auth event keeps a decision trace (off only to measure its cost).
    bool traceSignIns = true;
};

// What the engine's operations share: the store, time, randomness, the password hasher, the
// signing key, and the writers of auth events and outbox messages.
class EngineServices
{
public:
    explicit EngineServices(const LocalPoolOptions& options);

    PoolStore store;
    otp::Clock clock;
    crypto::RandomSource random;
    PasswordHasher hasher;
    QString region;
    bool traceSignIns = true;
    // Built on `store` and `clock` above, so declared after them.
    AttemptLimiter attempts{store, clock};

    qint64 now() const { return clock(); }
    // `bytes` random bytes as Base64url without padding; empty if the source failed.
    QString randomToken(int bytes) const;
    // `length` characters drawn uniformly from `alphabet`.
    QString randomChars(int length, QStringView alphabet) const;
    QString uuid() const;

    // Sets a new password's stored forms on `record` (of pool `poolId`): its scrypt hash, and the
    // SRP salt and verifier USER_SRP_AUTH checks it with (Cognito's x mixes in the pool and the
    // username). InternalErrorException if OpenSSL fails.
    Expected<void, PoolError> setPassword(UserRecord& record, const QString& poolId,
                                          const QString& password);

    // The store's signing key, made and saved on first use.
    Expected<TokenSigner, PoolError> signer();
    // Where the pool's tokens say they come from (their iss claim):
    // https://cognito-idp.<region>.tessera.local/<pool>, or <base>/<pool> once setIssuerBase()
    // names the URL the engine is served at, so that apps find the keys as they do on AWS.
    QString issuer(const QString& poolId) const;
    // Called before the engine runs any operation; the issuer is read without a lock.
    void setIssuerBase(QString base) { m_issuerBase = std::move(base); }

    Expected<void, PoolError> saveEvent(const QString& poolId, const QString& username,
                                        const AuthEvent& event);
    // Puts an SMS or email in the outbox instead of sending it.
    Expected<void, PoolError> deliver(const QString& poolId, const QString& username,
                                      const QString& medium, const QString& destination,
                                      const QString& message);

private:
    QMutex m_signerMutex;
    std::optional<TokenSigner> m_signer;
    QString m_issuerBase;
};

} // namespace tessera::pool::local
