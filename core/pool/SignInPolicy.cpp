// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInPolicy.h"

#include <QJsonArray>

namespace tessera::pool {

namespace {

const QString kAllowed = QStringLiteral("AllowedFirstAuthFactors");
const QString kMember = QStringLiteral("policies.signInPolicy.allowedFirstAuthFactors");

} // namespace

QStringList firstFactors::all()
{
    return {QString::fromLatin1(kPassword), QString::fromLatin1(kEmailOtp),
            QString::fromLatin1(kSmsOtp), QString::fromLatin1(kWebAuthn)};
}

QJsonObject SignInPolicy::toJson() const
{
    return {{kAllowed, QJsonArray::fromStringList(allowedFirstAuthFactors)}};
}

SignInPolicy SignInPolicy::fromJson(const QJsonObject& object)
{
    SignInPolicy policy;
    if (const QJsonValue allowed = object.value(kAllowed); allowed.isArray()) {
        policy.allowedFirstAuthFactors.clear();
        for (const QJsonValue factor : allowed.toArray()) {
            policy.allowedFirstAuthFactors.append(factor.toString());
        }
    }
    return policy;
}

Expected<void, PoolError> SignInPolicy::validate() const
{
    const QString listed =
        QStringLiteral("[%1]").arg(allowedFirstAuthFactors.join(QStringLiteral(", ")));
    if (allowedFirstAuthFactors.isEmpty()) {
        return PoolError::validation(
            listed, kMember, QStringLiteral("Member must have length greater than or equal to 1"));
    }
    if (allowedFirstAuthFactors.size() > 4) {
        return PoolError::validation(
            listed, kMember, QStringLiteral("Member must have length less than or equal to 4"));
    }
    const QStringList known = firstFactors::all();
    for (const QString& factor : allowedFirstAuthFactors) {
        if (!known.contains(factor)) {
            return PoolError::validation(
                listed, kMember,
                QStringLiteral("Member must satisfy constraint: [Member must satisfy enum value "
                               "set: [PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN]]"));
        }
        if (allowedFirstAuthFactors.count(factor) > 1) {
            return PoolError::invalidParameter(
                QStringLiteral("AllowedFirstAuthFactors names %1 more than once.").arg(factor));
        }
    }
    if (!allows(QString::fromLatin1(firstFactors::kPassword))) {
        return PoolError::invalidParameter(
            QStringLiteral("AllowedFirstAuthFactors must include PASSWORD, so users without a "
                           "passkey or one-time code can still sign in."));
    }
    return {};
}

} // namespace tessera::pool
