// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenSigner.h"

#include <QJsonDocument>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace tessera::pool::local {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};

struct BnDeleter
{
    void operator()(BIGNUM* bn) const { BN_free(bn); }
};

// An RSA parameter of `key` as unpadded big-endian Base64url, as JWK writes n and e.
QString bigNumberParameter(EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    const std::unique_ptr<BIGNUM, BnDeleter> number(raw);
    QByteArray bytes(BN_num_bytes(number.get()), '\0');
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char*>(bytes.data()));
    return QString::fromLatin1(bytes.toBase64(kBase64Url));
}

std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY* key)
{
    return key == nullptr ? nullptr : std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

} // namespace

std::optional<TokenSigner> TokenSigner::generate()
{
    auto key = wrap(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    if (!key) {
        return std::nullopt;
    }
    return TokenSigner(std::move(key));
}

std::optional<TokenSigner> TokenSigner::fromPem(const QByteArray& pem, QString keyId)
{
    const std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio) {
        return std::nullopt;
    }
    auto key = wrap(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        return std::nullopt;
    }
    TokenSigner signer(std::move(key));
    signer.m_keyId = std::move(keyId);
    return signer;
}

QByteArray TokenSigner::privatePem() const
{
    const std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QString TokenSigner::sign(const QJsonObject& claims) const
{
    const QJsonObject header{{QStringLiteral("kid"), m_keyId},
                             {QStringLiteral("alg"), QStringLiteral("RS256")}};
    const QByteArray input =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.' +
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       size_t(input.size())) != 1) {
        return {};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       size_t(input.size())) != 1) {
        return {};
    }
    signature.truncate(qsizetype(length));
    return QString::fromLatin1(input + '.' + signature.toBase64(kBase64Url));
}

QJsonObject TokenSigner::publicJwk() const
{
    const QString modulus = bigNumberParameter(m_key.get(), OSSL_PKEY_PARAM_RSA_N);
    const QString exponent = bigNumberParameter(m_key.get(), OSSL_PKEY_PARAM_RSA_E);
    if (modulus.isEmpty() || exponent.isEmpty()) {
        return {};
    }
    return {{QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("e"), exponent},
            {QStringLiteral("kid"), m_keyId},
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"), modulus},
            {QStringLiteral("use"), QStringLiteral("sig")}};
}

std::optional<QJsonObject> TokenSigner::verify(const QString& token) const
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const QByteArray input = (parts[0] + QLatin1Char('.') + parts[1]).toLatin1();
    const QByteArray signature = QByteArray::fromBase64(parts[2].toLatin1(), kBase64Url);
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0].toLatin1(), kBase64Url)).object();
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256")) {
        return std::nullopt;
    }
    const std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(input.constData()),
                         size_t(input.size())) != 1) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), kBase64Url))
        .object();
}

} // namespace tessera::pool::local
