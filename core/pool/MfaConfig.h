// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"
#include "WebAuthnConfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// Cognito's UserPoolMfaType.
enum class MfaMode
{
    Off,
    On,
    Optional
};
QString mfaModeName(MfaMode mode);
std::optional<MfaMode> mfaModeFromName(const QString& name);

// SmsConfigurationType: the SNS role Cognito sends texts through.
struct SmsConfiguration
{
    QString snsCallerArn;
    QString externalId;
    QString snsRegion;

    QJsonObject toJson() const;
    static SmsConfiguration fromJson(const QJsonObject& object);
    bool operator==(const SmsConfiguration&) const = default;
};

// SmsMfaConfigType. Present in a config means SMS MFA is enabled.
struct SmsMfaConfig
{
    QString smsAuthenticationMessage;
    std::optional<SmsConfiguration> smsConfiguration;

    QJsonObject toJson() const;
    static SmsMfaConfig fromJson(const QJsonObject& object);
    bool operator==(const SmsMfaConfig&) const = default;
};

// EmailMfaConfigType. Present in a config means email OTP is enabled.
struct EmailMfaConfig
{
    QString message;
    QString subject;

    QJsonObject toJson() const;
    static EmailMfaConfig fromJson(const QJsonObject& object);
    bool operator==(const EmailMfaConfig&) const = default;
};

// A user pool's MFA configuration: the body of SetUserPoolMfaConfig (less UserPoolId) and of
// GetUserPoolMfaConfig's response. The whole configuration is always given and stored: a factor
// block left out is a factor turned off, exactly as SetUserPoolMfaConfig replaces rather than
// merges.
class MfaConfig
{
public:
    MfaMode mode = MfaMode::Off;
    std::optional<SmsMfaConfig> sms;
    bool softwareTokenEnabled = false;
    std::optional<EmailMfaConfig> email;
    // Passkey settings (WebAuthnConfiguration); absent: Cognito's defaults.
    std::optional<WebAuthnConfig> webAuthn;

    bool smsEnabled() const { return sms.has_value(); }
    bool emailEnabled() const { return email.has_value(); }
    bool anyFactorEnabled() const { return smsEnabled() || softwareTokenEnabled || emailEnabled(); }
    // The factors turned on, by Cognito's names (factors::kSms...), in Cognito's order.
    QStringList enabledFactors() const;

    // Cognito's response shape; absent factors are left out.
    QJsonObject toJson() const;
    // Reads a request or response shape; a wrong type or mode is InvalidParameterException.
    static Expected<MfaConfig, PoolError> fromJson(const QJsonObject& object);
    // Reads GetUserPoolMfaConfig's or SetUserPoolMfaConfig's answer. An SMS block with neither a
    // message nor an SNS role is SMS off: SMS cannot be on without a role, and cognito-local
    // answers such an empty block for every pool.
    static Expected<MfaConfig, PoolError> fromResponse(const QJsonObject& object);

    // The checks SetUserPoolMfaConfig makes, in AWS's order and words. `poolSms` is the pool's
    // own SmsConfiguration, which serves when the request carries none.
    Expected<void, PoolError> validate(const std::optional<SmsConfiguration>& poolSms = {}) const;

    bool operator==(const MfaConfig&) const = default;
};

} // namespace tessera::pool
