// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>
#include <QStringList>

namespace tessera::pool {

// Cognito's first authentication factors (AuthFactorType), spelled once.
namespace firstFactors {
inline constexpr char kPassword[] = "PASSWORD";
inline constexpr char kEmailOtp[] = "EMAIL_OTP";
inline constexpr char kSmsOtp[] = "SMS_OTP";
inline constexpr char kWebAuthn[] = "WEB_AUTHN";
// All of them, in Cognito's order.
QStringList all();
} // namespace firstFactors

// SignInPolicyType, under Policies in CreateUserPool, UpdateUserPool and DescribeUserPool: the
// factors a user may begin a choice-based (USER_AUTH) sign-in with.
struct SignInPolicy
{
    // Cognito's default when the pool names none: a password only.
    QStringList allowedFirstAuthFactors{QString::fromLatin1(firstFactors::kPassword)};

    bool allows(const QString& factor) const { return allowedFirstAuthFactors.contains(factor); }

    QJsonObject toJson() const;
    // Reads the block unchecked (a request is checked with validate()); no list keeps the default.
    static SignInPolicy fromJson(const QJsonObject& object);
    // AWS's constraints (1 to 4 members of PASSWORD | EMAIL_OTP | SMS_OTP | WEB_AUTHN) in AWS's
    // words; then Tessera's own: no factor twice, and PASSWORD always present, as AWS requires
    // of every pool (its CDK states "This must be true") so no user is locked out.
    Expected<void, PoolError> validate() const;

    bool operator==(const SignInPolicy&) const = default;
};

} // namespace tessera::pool
