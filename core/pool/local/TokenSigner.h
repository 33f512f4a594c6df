// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace tessera::pool::local {

// Signs and checks the store's JSON Web Tokens (RS256), as Cognito signs ID and access tokens
// with a pool key. The key is an RSA-2048 key made once per store.
class TokenSigner
{
public:
    // A new key; nothing if OpenSSL fails.
    static std::optional<TokenSigner> generate();
    // The key from its PEM form (PKCS#8).
    static std::optional<TokenSigner> fromPem(const QByteArray& pem, QString keyId);

    QByteArray privatePem() const;
    const QString& keyId() const { return m_keyId; }
    void setKeyId(QString keyId) { m_keyId = std::move(keyId); }

    // header.payload.signature, the header naming RS256 and the key id. Empty if OpenSSL fails.
    QString sign(const QJsonObject& claims) const;
    // The claims if the signature is this key's; the caller checks expiry and use.
    std::optional<QJsonObject> verify(const QString& token) const;

    // The public key as a JSON Web Key (RFC 7517: kty, kid, alg, use, n, e), as Cognito lists
    // its keys in jwks.json; empty if OpenSSL fails.
    QJsonObject publicJwk() const;

private:
    explicit TokenSigner(std::shared_ptr<EVP_PKEY> key) : m_key(std::move(key)) {}

    std::shared_ptr<EVP_PKEY> m_key;
    QString m_keyId;
};

} // namespace tessera::pool::local
