// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolStore.h"
#include "pool/MfaConfig.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tessera::pool::local {

// A user's MFA factors and preferred factor, with Cognito's rules for them: how
// SetUserMFAPreference and AdminSetUserMFAPreference change them, which factors a sign-in may
// challenge and which one it picks without asking, and what a new or verified TOTP secret does.
class MfaPreferences
{
public:
    explicit MfaPreferences(UserRecord& record) : m_record(record) {}

    // Applies the body of SetUserMFAPreference or AdminSetUserMFAPreference (SMSMfaSettings,
    // SoftwareTokenMfaSettings, EmailMfaSettings), or refuses it with Cognito's error. Every
    // check comes first, so a refused request changes nothing.
    Expected<void, PoolError> set(const QJsonObject& request);

    // The factors a sign-in may challenge: on in the pool and for the user (TOTP once
    // verified), in Cognito's order.
    QStringList usable(const MfaConfig& pool) const;
    // The factor a sign-in challenges without asking: the preferred one when usable, else the
    // only usable one; nothing when the user must choose (SELECT_MFA_TYPE).
    std::optional<QString> automaticChoice(const QStringList& usable) const;

    // AssociateSoftwareToken's new secret replaces the old one: unverified, off and not
    // preferred until VerifySoftwareToken proves it.
    void replaceSoftwareToken(const QString& secret);
    // VerifySoftwareToken accepted a code. Verified during a sign-in's MFA_SETUP, the factor is
    // also turned on, as Cognito does; a signed-in user turns it on with SetUserMFAPreference.
    void softwareTokenVerified(bool turnOn);

private:
    UserRecord& m_record;
};

} // namespace tessera::pool::local
