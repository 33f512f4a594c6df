// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// Cognito's UserVerificationType: whether a passkey must prove who holds it (PIN, biometric)
// or only that someone touched it.
enum class UserVerification
{
    Preferred,
    Required
};
QString userVerificationName(UserVerification value);
std::optional<UserVerification> userVerificationFromName(const QString& name);

// WebAuthnConfigurationType, which Cognito reads in SetUserPoolMfaConfig and answers in
// GetUserPoolMfaConfig (CloudFormation spells the same two settings WebAuthnRelyingPartyID and
// WebAuthnUserVerification on the pool, Terraform web_authn_configuration).
struct WebAuthnConfig
{
    // The domain passkeys are bound to; empty means the pool's own domain (Cognito's default).
    QString relyingPartyId;
    UserVerification userVerification = UserVerification::Preferred;

    QJsonObject toJson() const;
    // Reads the block; a UserVerification outside Cognito's enum is AWS's validation error.
    static Expected<WebAuthnConfig, PoolError> fromJson(const QJsonObject& object);
    // AWS's length limits (1 to 127), and a relying party ID that a browser could accept: a
    // host name without scheme, port or path. The second check is Tessera's (AWS documents no
    // wording for it), made so a mistyped ID is caught before any passkey is registered.
    Expected<void, PoolError> validate() const;
    // Whether `host` (an origin's host) may use credentials bound to this relying party: the
    // ID itself or one of its subdomains (WebAuthn's "registrable domain suffix" rule).
    static bool hostMatches(const QString& relyingPartyId, const QString& host);

    bool operator==(const WebAuthnConfig&) const = default;
};

} // namespace tessera::pool
