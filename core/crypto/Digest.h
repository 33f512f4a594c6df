// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tessera::crypto {

// The hash functions Tessera uses. OTP allows the first three; SHA-256 also serves SigV4 and
// file checksums.
enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

// OpenSSL's name for the algorithm ("SHA1", "SHA256", "SHA512").
const char* opensslName(HashAlgorithm algorithm);
// Digest size in bytes.
int digestSize(HashAlgorithm algorithm);

// One-shot message digest. Not for secrets: the result is an ordinary QByteArray.
QByteArray digest(HashAlgorithm algorithm, QByteArrayView data);
QByteArray sha256(QByteArrayView data);

} // namespace tessera::crypto
