// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WebAuthnError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace tessera::pool::webauthn {

// COSE algorithm identifiers Tessera verifies (RFC 9053 / IANA COSE Algorithms).
namespace cose {
inline constexpr int kEs256 = -7;
inline constexpr int kRs256 = -257;
} // namespace cose

// `value` when it is a CBOR integer, else `fallback`. Never QCborValue::toInteger(), which casts
// a floating-point value (NaN included, which is undefined behaviour) to an integer.
qint64 cborInteger(const QCborValue& value, qint64 fallback);

// A credential public key read from its COSE_Key encoding into an OpenSSL key: ES256 (EC2 on
// P-256) or RS256 (RSA of at least 2048 bits). Every other algorithm is refused by name.
class CoseKey
{
public:
    static Expected<CoseKey, WebAuthnError> parse(QByteArrayView cbor);

    int algorithm() const { return m_algorithm; }
    // Whether `signature` (DER ECDSA for ES256, PKCS #1 v1.5 for RS256) signs `message` with
    // SHA-256.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

private:
    CoseKey(int algorithm, std::shared_ptr<EVP_PKEY> key);

    int m_algorithm = 0;
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace tessera::pool::webauthn
