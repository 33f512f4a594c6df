// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordPolicy.h"

#include "RequestShape.h"

#include <algorithm>

namespace tessera::pool {

namespace {

// The symbols Cognito counts: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and
// space.
bool isCognitoSymbol(QChar c)
{
    static const QString symbols = QStringLiteral("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ");
    return symbols.contains(c);
}

PoolError policyError(const char* reason)
{
    return {QString::fromLatin1(errors::kInvalidPassword),
            QStringLiteral("Password did not conform with policy: %1").arg(QLatin1String(reason))};
}

} // namespace

QJsonObject PasswordPolicy::toJson() const
{
    return {{QStringLiteral("MinimumLength"), minimumLength},
            {QStringLiteral("RequireUppercase"), requireUppercase},
            {QStringLiteral("RequireLowercase"), requireLowercase},
            {QStringLiteral("RequireNumbers"), requireNumbers},
            {QStringLiteral("RequireSymbols"), requireSymbols},
            {QStringLiteral("TemporaryPasswordValidityDays"), temporaryPasswordValidityDays}};
}

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject& object)
{
    PasswordPolicy policy;
    policy.minimumLength = object.value(QStringLiteral("MinimumLength")).toInt(8);
    policy.requireUppercase = object.value(QStringLiteral("RequireUppercase")).toBool(true);
    policy.requireLowercase = object.value(QStringLiteral("RequireLowercase")).toBool(true);
    policy.requireNumbers = object.value(QStringLiteral("RequireNumbers")).toBool(true);
    policy.requireSymbols = object.value(QStringLiteral("RequireSymbols")).toBool(true);
    policy.temporaryPasswordValidityDays =
        object.value(QStringLiteral("TemporaryPasswordValidityDays")).toInt(7);
    return policy;
}

Expected<void, PoolError> PasswordPolicy::validate() const
{
    return shape::checkRange(minimumLength, QStringLiteral("policies.passwordPolicy.minimumLength"),
                             kShortestMinimum, kLongestMinimum);
}

Expected<void, PoolError> PasswordPolicy::check(const QString& password) const
{
    if (password.size() < minimumLength) {
        return policyError("Password not long enough");
    }
    const auto has = [&password](auto predicate) {
        return std::any_of(password.begin(), password.end(), predicate);
    };
    if (requireLowercase && !has([](QChar c) { return c.isLower(); })) {
        return policyError("Password must have lowercase characters");
    }
    if (requireUppercase && !has([](QChar c) { return c.isUpper(); })) {
        return policyError("Password must have uppercase characters");
    }
    if (requireNumbers && !has([](QChar c) { return c.isDigit(); })) {
        return policyError("Password must have numeric characters");
    }
    if (requireSymbols && !has(isCognitoSymbol)) {
        return policyError("Password must have symbol characters");
    }
    return {};
}

} // namespace tessera::pool
