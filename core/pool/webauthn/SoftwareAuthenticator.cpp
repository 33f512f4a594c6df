// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoftwareAuthenticator.h"

#include "AuthenticatorData.h"
#include "ClientData.h"
#include "OpenSslHandles.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace tessera::pool::webauthn {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray bigEndian(std::uint32_t value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = bytes - 1; i >= 0; --i, value >>= 8) {
        out[i] = char(value & 0xff);
    }
    return out;
}

QByteArray bigNumberParameter(EVP_PKEY* key, const char* name, int width = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    const ossl::Bignum number(raw);
    QByteArray bytes(width > 0 ? width : BN_num_bytes(number.get()), '\0');
    BN_bn2binpad(number.get(), reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size()));
    return bytes;
}

} // namespace

struct SoftwareAuthenticator::Key
{
    ossl::Pkey pkey;
};

SoftwareAuthenticator::SoftwareAuthenticator(std::unique_ptr<Key> key, int algorithm,
                                             QByteArray credentialId)
    : m_key(std::move(key)), m_algorithm(algorithm), m_credentialId(std::move(credentialId))
{}

SoftwareAuthenticator::~SoftwareAuthenticator() = default;

std::unique_ptr<SoftwareAuthenticator> SoftwareAuthenticator::create(int algorithm)
{
    auto key = std::make_unique<Key>();
    if (algorithm == cose::kRs256) {
        key->pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    } else {
        algorithm = cose::kEs256;
        key->pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    }
    const crypto::SecureBytes id = crypto::randomSecret(32);
    if (!key->pkey || id.size() != 32) {
        return nullptr;
    }
    return std::unique_ptr<SoftwareAuthenticator>(new SoftwareAuthenticator(
        std::move(key), algorithm,
        QByteArray(reinterpret_cast<const char*>(id.data()), qsizetype(id.size()))));
}

QByteArray SoftwareAuthenticator::cosePublicKey() const
{
    QCborMap map;
    if (m_algorithm == cose::kRs256) {
        map.insert(1, 3);
        map.insert(3, cose::kRs256);
        map.insert(-1, bigNumberParameter(m_key->pkey.get(), OSSL_PKEY_PARAM_RSA_N));
        map.insert(-2, bigNumberParameter(m_key->pkey.get(), OSSL_PKEY_PARAM_RSA_E));
    } else {
        map.insert(1, 2);
        map.insert(3, cose::kEs256);
        map.insert(-1, 1);
        map.insert(-2, bigNumberParameter(m_key->pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32));
        map.insert(-3, bigNumberParameter(m_key->pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32));
    }
    return map.toCborValue().toCbor();
}

QByteArray SoftwareAuthenticator::clientData(const QString& type, const QString& rpId,
                                             const QByteArray& challenge,
                                             const Options& options) const
{
    const QJsonObject object{
        {QStringLiteral("type"), options.type.isEmpty() ? type : options.type},
        {QStringLiteral("challenge"), QString::fromLatin1(challenge.toBase64(kBase64Url))},
        {QStringLiteral("origin"),
         options.origin.isEmpty() ? QStringLiteral("https://") + rpId : options.origin},
        {QStringLiteral("crossOrigin"), options.crossOrigin}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SoftwareAuthenticator::authenticatorData(const QString& rpId, const Options& options,
                                                    bool attested) const
{
    std::uint8_t flags = 0;
    flags |= options.userPresent ? AuthenticatorData::UserPresent : 0;
    flags |= options.userVerified ? AuthenticatorData::UserVerified : 0;
    flags |= attested ? AuthenticatorData::AttestedCredential : 0;
    QByteArray data = crypto::sha256(rpId.toUtf8());
    data.append(char(flags));
    data.append(bigEndian(m_counter, 4));
    if (attested) {
        data.append(QByteArray(16, '\0')); // AAGUID: none for a software authenticator
        data.append(bigEndian(std::uint32_t(m_credentialId.size()), 2));
        data.append(m_credentialId);
        data.append(cosePublicKey());
    }
    return data;
}

QByteArray SoftwareAuthenticator::sign(const QByteArray& message) const
{
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx ||
        EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1) {
        return {};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1) {
        return {};
    }
    signature.truncate(qsizetype(length));
    return signature;
}

SoftwareAuthenticator::Registration
SoftwareAuthenticator::makeCredential(const QString& rpId, const QByteArray& challenge,
                                      const QByteArray& userHandle, const Options& options) const
{
    Q_UNUSED(userHandle) // a discoverable credential would keep it; this one is server-side
    Registration out;
    out.credentialId = m_credentialId;
    out.clientDataJson = clientData(ClientData::kCreate, rpId, challenge, options);
    out.authenticatorData = authenticatorData(rpId, options, true);
    QCborMap statement;
    if (options.attestation == QLatin1String("packed")) {
        statement.insert(QStringLiteral("alg"), m_algorithm);
        statement.insert(QStringLiteral("sig"),
                         sign(out.authenticatorData + crypto::sha256(out.clientDataJson)));
    }
    QCborMap object;
    object.insert(QStringLiteral("fmt"), options.attestation);
    object.insert(QStringLiteral("attStmt"), statement);
    object.insert(QStringLiteral("authData"), out.authenticatorData);
    out.attestationObject = object.toCborValue().toCbor();
    return out;
}

SoftwareAuthenticator::Assertion SoftwareAuthenticator::getAssertion(const QString& rpId,
                                                                     const QByteArray& challenge,
                                                                     const QByteArray& userHandle,
                                                                     const Options& options)
{
    ++m_counter;
    Assertion out;
    out.credentialId = m_credentialId;
    out.userHandle = userHandle;
    out.clientDataJson = clientData(ClientData::kGet, rpId, challenge, options);
    out.authenticatorData = authenticatorData(rpId, options, false);
    out.signature = sign(out.authenticatorData + crypto::sha256(out.clientDataJson));
    return out;
}

} // namespace tessera::pool::webauthn
