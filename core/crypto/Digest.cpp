// SPDX-License-Identifier: GPL-3.0-or-later
#include "Digest.h"

#include <openssl/evp.h>

namespace tessera::crypto {

const char* opensslName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

int digestSize(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Sha512:
        return 64;
    }
    return 20;
}

namespace {

const EVP_MD* evpDigest(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha256();
}

} // namespace

QByteArray digest(HashAlgorithm algorithm, QByteArrayView data)
{
    QByteArray out(digestSize(algorithm), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()),
                   reinterpret_cast<unsigned char*>(out.data()), &length, evpDigest(algorithm),
                   nullptr) != 1) {
        return {};
    }
    out.resize(qsizetype(length));
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    return digest(HashAlgorithm::Sha256, data);
}

} // namespace tessera::crypto
