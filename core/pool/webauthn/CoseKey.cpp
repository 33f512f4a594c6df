// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoseKey.h"

#include "OpenSslHandles.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>

#include <openssl/core_names.h>

namespace tessera::pool::webauthn {

namespace {

// COSE_Key labels (RFC 9052 section 7, RFC 9053 sections 7.1 and RFC 8230).
constexpr qint64 kKty = 1;
constexpr qint64 kAlg = 3;
constexpr qint64 kCrv = -1;
constexpr qint64 kX = -2;
constexpr qint64 kY = -3;
constexpr qint64 kN = -1;
constexpr qint64 kE = -2;
constexpr qint64 kKtyEc2 = 2;
constexpr qint64 kKtyRsa = 3;
constexpr qint64 kCurveP256 = 1;
constexpr int kMinimumRsaBits = 2048;

QString tr(const char* text)
{
    return QCoreApplication::translate("CoseKey", text);
}

WebAuthnError badKey(const QString& message)
{
    return {Refusal::BadKey, message};
}

using ossl::Bignum;

Bignum bignum(const QByteArray& bytes)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()),
                            int(bytes.size()), nullptr));
}

// A public key of OpenSSL type `type` from the parameters `build` holds, checked.
std::shared_ptr<EVP_PKEY> publicKeyFrom(const char* type, OSSL_PARAM_BLD* build)
{
    const ossl::Params params(OSSL_PARAM_BLD_to_param(build));
    const ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return nullptr;
    }
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    const ossl::PkeyCtx check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        return nullptr;
    }
    return key;
}

Expected<std::shared_ptr<EVP_PKEY>, WebAuthnError> ec2Key(const QCborMap& map)
{
    if (cborInteger(map.value(kCrv), -1) != kCurveP256) {
        return badKey(tr("An ES256 key must be on curve P-256 (COSE crv 1)."));
    }
    const QByteArray x = map.value(kX).toByteArray();
    const QByteArray y = map.value(kY).toByteArray();
    if (x.size() != 32 || y.size() != 32) {
        return badKey(tr("An ES256 key needs 32-byte x and y coordinates; this one has %1 and "
                         "%2 bytes.")
                          .arg(x.size())
                          .arg(y.size()));
    }
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    const ossl::ParamBuild build(OSSL_PARAM_BLD_new());
    if (!build ||
        OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1) {
        return badKey(tr("The ES256 key could not be prepared."));
    }
    auto key = publicKeyFrom("EC", build.get());
    if (!key) {
        return badKey(tr("The ES256 key's point is not on curve P-256."));
    }
    return key;
}

Expected<std::shared_ptr<EVP_PKEY>, WebAuthnError> rsaKey(const QCborMap& map)
{
    const Bignum n = bignum(map.value(kN).toByteArray());
    const Bignum e = bignum(map.value(kE).toByteArray());
    if (!n || !e || BN_is_zero(e.get())) {
        return badKey(tr("An RS256 key needs a modulus n and an exponent e."));
    }
    if (BN_num_bits(n.get()) < kMinimumRsaBits) {
        return badKey(tr("The RS256 key has a %1-bit modulus; at least 2048 bits are required.")
                          .arg(BN_num_bits(n.get())));
    }
    const ossl::ParamBuild build(OSSL_PARAM_BLD_new());
    if (!build || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1) {
        return badKey(tr("The RS256 key could not be prepared."));
    }
    auto key = publicKeyFrom("RSA", build.get());
    if (!key) {
        return badKey(tr("The RS256 key is not a valid RSA public key."));
    }
    return key;
}

} // namespace

qint64 cborInteger(const QCborValue& value, qint64 fallback)
{
    return value.isInteger() ? value.toInteger() : fallback;
}

CoseKey::CoseKey(int algorithm, std::shared_ptr<EVP_PKEY> key)
    : m_algorithm(algorithm), m_key(std::move(key))
{}

Expected<CoseKey, WebAuthnError> CoseKey::parse(QByteArrayView cbor)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(cbor.toByteArray(), &error);
    if (error.error != QCborError::NoError || !value.isMap()) {
        return WebAuthnError{Refusal::Malformed,
                             tr("The credential public key is not a CBOR map.")};
    }
    const QCborMap map = value.toMap();
    const qint64 kty = cborInteger(map.value(kKty), 0);
    const qint64 alg = cborInteger(map.value(kAlg), 0);
    if (alg != cose::kEs256 && alg != cose::kRs256) {
        return WebAuthnError{Refusal::UnsupportedAlgorithm,
                             tr("The key's algorithm (COSE %1) is not supported; Tessera accepts "
                                "ES256 (-7) and RS256 (-257).")
                                 .arg(alg)};
    }
    const qint64 expectedKty = alg == cose::kEs256 ? kKtyEc2 : kKtyRsa;
    if (kty != expectedKty) {
        return badKey(
            tr("The key type (COSE kty %1) does not match its algorithm %2.").arg(kty).arg(alg));
    }
    auto key = alg == cose::kEs256 ? ec2Key(map) : rsaKey(map);
    if (!key) {
        return key.failure();
    }
    return CoseKey(int(alg), std::move(key.value()));
}

bool CoseKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    return ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.data()),
                            size_t(message.size())) == 1;
}

} // namespace tessera::pool::webauthn
