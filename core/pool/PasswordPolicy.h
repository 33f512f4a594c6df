// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>

#include <optional>

namespace tessera::pool {

// PasswordPolicyType: what a user pool demands of a password.
struct PasswordPolicy
{
    int minimumLength = 8;
    bool requireUppercase = true;
    bool requireLowercase = true;
    bool requireNumbers = true;
    bool requireSymbols = true;
    int temporaryPasswordValidityDays = 7;

    QJsonObject toJson() const;
    static PasswordPolicy fromJson(const QJsonObject& object);

    // InvalidPasswordException with Cognito's message for the first rule `password` breaks.
    std::optional<PoolError> check(const QString& password) const;

    bool operator==(const PasswordPolicy&) const = default;
};

} // namespace tessera::pool
