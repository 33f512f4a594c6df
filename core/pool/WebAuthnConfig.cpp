// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebAuthnConfig.h"

#include <QRegularExpression>

namespace tessera::pool {

namespace {

const QString kRelyingPartyId = QStringLiteral("RelyingPartyId");
const QString kUserVerification = QStringLiteral("UserVerification");
const QString kMember = QStringLiteral("webAuthnConfiguration.");

} // namespace

QString userVerificationName(UserVerification value)
{
    return value == UserVerification::Required ? QStringLiteral("required")
                                               : QStringLiteral("preferred");
}

std::optional<UserVerification> userVerificationFromName(const QString& name)
{
    for (const auto value : {UserVerification::Required, UserVerification::Preferred}) {
        if (userVerificationName(value) == name) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject WebAuthnConfig::toJson() const
{
    QJsonObject object{{kUserVerification, userVerificationName(userVerification)}};
    if (!relyingPartyId.isEmpty()) {
        object.insert(kRelyingPartyId, relyingPartyId);
    }
    return object;
}

Expected<WebAuthnConfig, PoolError> WebAuthnConfig::fromJson(const QJsonObject& object)
{
    WebAuthnConfig config;
    config.relyingPartyId = object.value(kRelyingPartyId).toString();
    const QJsonValue verification = object.value(kUserVerification);
    if (!verification.isUndefined()) {
        const auto value = userVerificationFromName(verification.toString());
        if (!value) {
            return PoolError::validation(
                verification.toString(), kMember + QStringLiteral("userVerification"),
                QStringLiteral("Member must satisfy enum value set: [required, preferred]"));
        }
        config.userVerification = *value;
    }
    return config;
}

Expected<void, PoolError> WebAuthnConfig::validate() const
{
    if (relyingPartyId.isEmpty()) {
        return {};
    }
    const QString member = kMember + QStringLiteral("relyingPartyId");
    if (relyingPartyId.size() > 127) {
        return PoolError::validation(
            relyingPartyId, member,
            QStringLiteral("Member must have length less than or equal to 127"));
    }
    // A host name: dot-separated labels of letters, digits and inner hyphens.
    static const QRegularExpression host(QStringLiteral(
        R"(^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$)"));
    if (!host.match(relyingPartyId).hasMatch()) {
        return PoolError::invalidParameter(
            QStringLiteral("The relying party ID '%1' is not a domain name. Give the host alone, "
                           "in lower case, such as auth.example.com: no https://, port or path.")
                .arg(PoolError::quotedPrefix(relyingPartyId)));
    }
    return {};
}

bool WebAuthnConfig::hostMatches(const QString& relyingPartyId, const QString& host)
{
    if (relyingPartyId.isEmpty() || host.isEmpty()) {
        return false;
    }
    return host == relyingPartyId || host.endsWith(QLatin1Char('.') + relyingPartyId);
}

} // namespace tessera::pool
