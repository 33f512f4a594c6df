// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Random.h"
#include "crypto/Scrypt.h"

#include <QString>

#include <optional>

namespace tessera::pool::local {

// Hashes pool users' passwords with scrypt and a per-password salt. The stored form names its
// parameters, "scrypt$N$r$p$salt$hash" (Base64), so stronger parameters can come later without
// breaking old hashes.
class PasswordHasher
{
public:
    PasswordHasher(crypto::ScryptParameters parameters, crypto::RandomSource random);

    // The stored form, or nothing if OpenSSL failed.
    std::optional<QString> hash(const QString& password) const;
    // Whether `password` matches `stored`, compared in constant time.
    bool verify(const QString& password, const QString& stored) const;

private:
    crypto::ScryptParameters m_parameters;
    crypto::RandomSource m_random;
};

} // namespace tessera::pool::local
