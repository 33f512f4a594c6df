// SPDX-License-Identifier: GPL-3.0-or-later
// PoolStore: WebAuthn passkeys and the challenges issued for them.
#include "PoolStore.h"

namespace tessera::pool::local {

namespace {

const QString kCredentialColumns =
    QStringLiteral("pool_id, username, credential_id, public_key, algorithm, sign_count, name, "
                   "relying_party_id, attachment, transports, attestation, user_verified, "
                   "created, last_used");

WebAuthnCredentialRecord credentialFrom(const QSqlQuery& query)
{
    WebAuthnCredentialRecord record;
    record.poolId = query.value(0).toString();
    record.username = query.value(1).toString();
    record.credentialId = query.value(2).toString();
    record.publicKey = query.value(3).toByteArray();
    record.algorithm = query.value(4).toInt();
    record.signCount = query.value(5).toLongLong();
    record.name = query.value(6).toString();
    record.relyingPartyId = query.value(7).toString();
    record.attachment = query.value(8).toString();
    record.transports = query.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    record.attestation = query.value(10).toString();
    record.userVerified = query.value(11).toBool();
    record.created = query.value(12).toLongLong();
    record.lastUsed = query.value(13).toLongLong();
    return record;
}

} // namespace

Expected<void, PoolError>
PoolStore::addWebAuthnCredential(const WebAuthnCredentialRecord& credential)
{
    return exec(QStringLiteral("INSERT INTO webauthn_credentials (%1) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(kCredentialColumns),
                {credential.poolId, credential.username, credential.credentialId,
                 credential.publicKey, credential.algorithm, credential.signCount, credential.name,
                 credential.relyingPartyId, credential.attachment,
                 credential.transports.join(QLatin1Char(' ')), credential.attestation,
                 credential.userVerified, credential.created, credential.lastUsed});
}

Expected<std::optional<WebAuthnCredentialRecord>, PoolError>
PoolStore::loadWebAuthnCredential(const QString& poolId, const QString& credentialId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM webauthn_credentials "
                                    "WHERE pool_id = ? AND credential_id = ?")
                         .arg(kCredentialColumns),
                     {poolId, credentialId});
    if (!query) {
        return query.failure();
    }
    if (!query->next()) {
        return std::optional<WebAuthnCredentialRecord>();
    }
    return std::optional<WebAuthnCredentialRecord>(credentialFrom(*query));
}

Expected<QList<WebAuthnCredentialRecord>, PoolError>
PoolStore::listWebAuthnCredentials(const QString& poolId, const QString& username)
{
    auto query = run(QStringLiteral("SELECT %1 FROM webauthn_credentials WHERE pool_id = ? AND "
                                    "username = ? ORDER BY created, credential_id")
                         .arg(kCredentialColumns),
                     {poolId, username});
    if (!query) {
        return query.failure();
    }
    QList<WebAuthnCredentialRecord> credentials;
    while (query->next()) {
        credentials.append(credentialFrom(*query));
    }
    return credentials;
}

Expected<void, PoolError> PoolStore::touchWebAuthnCredential(const QString& poolId,
                                                             const QString& credentialId,
                                                             qint64 signCount, qint64 lastUsed)
{
    return exec(QStringLiteral("UPDATE webauthn_credentials SET sign_count = ?, last_used = ? "
                               "WHERE pool_id = ? AND credential_id = ?"),
                {signCount, lastUsed, poolId, credentialId});
}

Expected<bool, PoolError> PoolStore::deleteWebAuthnCredential(const QString& poolId,
                                                              const QString& username,
                                                              const QString& credentialId)
{
    auto query = run(QStringLiteral("DELETE FROM webauthn_credentials WHERE pool_id = ? AND "
                                    "username = ? AND credential_id = ?"),
                     {poolId, username, credentialId});
    if (!query) {
        return query.failure();
    }
    return query->numRowsAffected() > 0;
}

Expected<void, PoolError> PoolStore::saveWebAuthnChallenge(const WebAuthnChallengeRecord& challenge)
{
    return exec(QStringLiteral("INSERT INTO webauthn_challenges (challenge, pool_id, username, "
                               "purpose, expires) VALUES (?, ?, ?, ?, ?)"),
                {challenge.challenge, challenge.poolId, challenge.username, challenge.purpose,
                 challenge.expires});
}

Expected<std::optional<WebAuthnChallengeRecord>, PoolError>
PoolStore::takeWebAuthnChallenge(const QString& challenge, qint64 now)
{
    auto query = run(QStringLiteral("SELECT challenge, pool_id, username, purpose, expires FROM "
                                    "webauthn_challenges WHERE challenge = ?"),
                     {challenge});
    if (!query) {
        return query.failure();
    }
    std::optional<WebAuthnChallengeRecord> found;
    if (query->next()) {
        found = WebAuthnChallengeRecord{query->value(0).toString(), query->value(1).toString(),
                                        query->value(2).toString(), query->value(3).toString(),
                                        query->value(4).toLongLong()};
    }
    if (auto done = exec(QStringLiteral("DELETE FROM webauthn_challenges WHERE challenge = ? OR "
                                        "expires <= ?"),
                         {challenge, now});
        !done) {
        return done.failure();
    }
    return found;
}

} // namespace tessera::pool::local
