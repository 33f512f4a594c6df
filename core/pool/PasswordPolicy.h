// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>

#include <optional>

namespace tessera::pool {

// PasswordPolicyType: what a user pool demands of a password.
struct PasswordPolicy
{
    // Cognito's range for MinimumLength.
    static constexpr int kShortestMinimum = 6;
    static constexpr int kLongestMinimum = 99;

    int minimumLength = 8;
    bool requireUppercase = true;
    bool requireLowercase = true;
    bool requireNumbers = true;
    bool requireSymbols = true;
    int temporaryPasswordValidityDays = 7;

    QJsonObject toJson() const;
    static PasswordPolicy fromJson(const QJsonObject& object);

    // The policy's own checks, as CreateUserPool and UpdateUserPool make them, in AWS's words.
    Expected<void, PoolError> validate() const;

    // InvalidPasswordException with Cognito's message for the first rule `password` breaks.
    Expected<void, PoolError> check(const QString& password) const;

    bool operator==(const PasswordPolicy&) const = default;
};

} // namespace tessera::pool
