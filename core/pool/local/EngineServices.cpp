// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineServices.h"

#include "pool/CognitoSrp.h"
#include "pool/JsonFields.h"

#include <QMutexLocker>
#include <QUuid>

#include <vector>

namespace tessera::pool::local {

EngineServices::EngineServices(const LocalPoolOptions& options)
    : store(options.path), clock(options.clock), random(options.random),
      hasher(options.passwordHashing, options.random), region(options.region),
      traceSignIns(options.traceSignIns)
{}

QString EngineServices::randomToken(int bytes) const
{
    const crypto::SecureBytes secret = crypto::randomSecret(std::size_t(bytes), random);
    return QString::fromLatin1(secret.view().toByteArray().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString EngineServices::randomChars(int length, QStringView alphabet) const
{
    QString text;
    text.reserve(length);
    // Rejection sampling keeps every character equally likely.
    const int limit = 256 - (256 % int(alphabet.size()));
    while (text.size() < length) {
        std::vector<std::uint8_t> bytes(std::size_t(length) * 2);
        if (!random(bytes)) {
            return {};
        }
        for (const std::uint8_t byte : bytes) {
            if (byte < limit && text.size() < length) {
                text.append(alphabet[byte % alphabet.size()]);
            }
        }
    }
    return text;
}

QString EngineServices::uuid() const
{
    std::uint8_t bytes[16] = {};
    random(bytes);
    bytes[6] = std::uint8_t((bytes[6] & 0x0F) | 0x40);
    bytes[8] = std::uint8_t((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

Expected<void, PoolError> EngineServices::setPassword(UserRecord& record, const QString& poolId,
                                                      const QString& password)
{
    const auto hash = hasher.hash(password);
    const auto verifier =
        srp::makeVerifier(srp::poolName(poolId), record.user.username, password, random);
    if (!hash || !verifier) {
        return PoolError::internal(QStringLiteral("cannot hash the password (OpenSSL failed)"));
    }
    record.passwordHash = *hash;
    record.srpSalt = verifier->saltHex;
    record.srpVerifier = verifier->verifierHex;
    return {};
}

Expected<TokenSigner, PoolError> EngineServices::signer()
{
    QMutexLocker locker(&m_signerMutex);
    if (m_signer) {
        return *m_signer;
    }
    const auto stored = store.loadSigningKey();
    if (!stored) {
        return stored.failure();
    }
    if (*stored) {
        m_signer = TokenSigner::fromPem((*stored)->privatePem, (*stored)->keyId);
    } else {
        m_signer = TokenSigner::generate();
        if (m_signer) {
            m_signer->setKeyId(uuid());
            if (auto done =
                    store.saveSigningKey({m_signer->keyId(), m_signer->privatePem()}, now());
                !done) {
                m_signer.reset();
                return done.failure();
            }
        }
    }
    if (!m_signer) {
        return PoolError::internal(QStringLiteral("cannot load or make the store's signing key"));
    }
    return *m_signer;
}

QString EngineServices::issuer(const QString& poolId) const
{
    if (!m_issuerBase.isEmpty()) {
        return m_issuerBase + QLatin1Char('/') + poolId;
    }
    return QStringLiteral("https://cognito-idp.%1.tessera.local/%2").arg(region, poolId);
}

Expected<void, PoolError> EngineServices::saveEvent(const QString& poolId, const QString& username,
                                                    const AuthEvent& event)
{
    return store.saveAuthEvent(poolId, username, event);
}

Expected<void, PoolError> EngineServices::deliver(const QString& poolId, const QString& username,
                                                  const QString& medium, const QString& destination,
                                                  const QString& message)
{
    return store.appendOutbox({poolId, username, medium, destination, message, now()});
}

} // namespace tessera::pool::local
