// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Random.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

typedef struct bignum_st BIGNUM;

namespace tessera::pool::srp {

// Cognito's SRP-6a (USER_SRP_AUTH and the PASSWORD_VERIFIER challenge), both sides, as AWS's own
// clients compute it (amazon-cognito-identity-js, Amplify): RFC 5054's 3072-bit group with g = 2
// and SHA-256; k = H(N | g) and every other hash input in Cognito's "padHex" form (big-endian,
// minimal, one 0x00 byte in front when the top bit is set); x = H(salt | H(poolName | userId |
// ":" | password)); the 16-byte key HKDF-SHA256(ikm = S, salt = u, info = "Caldera Derived Key");
// and the claim PASSWORD_CLAIM_SIGNATURE = Base64(HMAC-SHA256(key, poolName | userId |
// SECRET_BLOCK | TIMESTAMP)). Secret numbers live in OpenSSL's secure heap and are raised to
// powers in constant time.

using BigNumber = std::shared_ptr<BIGNUM>;

// The part of a pool id after the underscore ("us-east-1_AbC" -> "AbC"), which Cognito mixes
// into x and the claim.
QString poolName(const QString& poolId);

// TIMESTAMP as Cognito's clients write it: "Tue Sep 5 00:09:40 UTC 2018" (the day unpadded).
QString timestamp(const QDateTime& utc);
// Whether `text` is such a timestamp.
bool isTimestamp(const QString& text);

// What a server keeps for a password instead of it: the salt and v = g^x, in hex.
struct Verifier
{
    QString saltHex;
    QString verifierHex;
};
// A verifier with a fresh 16-byte salt; nothing if the random source or OpenSSL failed.
std::optional<Verifier> makeVerifier(const QString& poolName, const QString& userId,
                                     const QString& password,
                                     const crypto::RandomSource& random = crypto::systemRandom);

// The client's side: a (128 random bytes) and A = g^a, then the claim for the server's answer.
class Client
{
public:
    static std::optional<Client> create(const crypto::RandomSource& random = crypto::systemRandom);
    // For known-answer tests: a given in hex.
    static std::optional<Client> fromSecretHex(const QString& aHex);

    // SRP_A, in lowercase hex.
    QString publicHex() const;
    // PASSWORD_CLAIM_SIGNATURE for the PASSWORD_VERIFIER challenge's SALT, SRP_B and
    // SECRET_BLOCK; nothing when B is not a valid server value (B mod N = 0, u = 0).
    std::optional<QString> passwordClaim(const QString& poolName, const QString& userId,
                                         const QString& password, const QString& saltHex,
                                         const QString& serverPublicHex, const QString& secretBlock,
                                         const QString& timestamp) const;
    // The ChallengeResponses answering a PASSWORD_VERIFIER challenge of pool `poolId` with the
    // challenge's parameters, at `now`: USERNAME (USER_ID_FOR_SRP), PASSWORD_CLAIM_SECRET_BLOCK,
    // TIMESTAMP and PASSWORD_CLAIM_SIGNATURE. Nothing when the challenge's values are invalid.
    // What every sign-in driver (the CLI's signin, a console's sign-in lab) sends.
    std::optional<QJsonObject> passwordVerifierResponses(const QString& poolId,
                                                         const QString& password,
                                                         const QMap<QString, QString>& parameters,
                                                         const QDateTime& now) const;
    // The same for DEVICE_PASSWORD_VERIFIER: a remembered device proves itself with its group
    // key, its key and its own password (USERNAME and DEVICE_KEY from the challenge).
    std::optional<QJsonObject> devicePasswordVerifierResponses(
        const QString& deviceGroupKey, const QString& deviceKey, const QString& devicePassword,
        const QMap<QString, QString>& parameters, const QDateTime& now) const;

private:
    Client(BigNumber a, BigNumber A) : m_a(std::move(a)), m_A(std::move(A)) {}
    BigNumber m_a;
    BigNumber m_A;
};

// The server's side: b and B = k·v + g^b for a user's verifier and the client's A, then the
// check of the client's claim.
class Server
{
public:
    // Nothing when A is not a valid client value (A mod N = 0) or the verifier is not hex.
    static std::optional<Server> create(const QString& verifierHex, const QString& clientPublicHex,
                                        const crypto::RandomSource& random = crypto::systemRandom);
    // For known-answer tests and for a session resumed from the store: b given in hex.
    static std::optional<Server> fromSecretHex(const QString& verifierHex,
                                               const QString& clientPublicHex, const QString& bHex);

    // SRP_B, in lowercase hex.
    QString publicHex() const;
    // b, to keep with the sign-in session until the claim arrives.
    QString secretHex() const;
    // Whether `signature` (PASSWORD_CLAIM_SIGNATURE) proves knowledge of the password, compared
    // in constant time.
    bool checkClaim(const QString& poolName, const QString& userId, const QString& secretBlock,
                    const QString& timestamp, const QString& signature) const;

private:
    Server(BigNumber v, BigNumber A, BigNumber b, BigNumber B)
        : m_v(std::move(v)), m_A(std::move(A)), m_b(std::move(b)), m_B(std::move(B))
    {}
    BigNumber m_v;
    BigNumber m_A;
    BigNumber m_b;
    BigNumber m_B;
};

} // namespace tessera::pool::srp
