// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaConfig.h"

#include "JsonFields.h"
#include "PoolUser.h"

namespace tessera::pool {

namespace {

const QString kPlaceholder = QStringLiteral("{####}");

// AWS's pattern for SmsVerificationMessageType and EmailMfaMessageType.
const QString kPlaceholderPattern = QStringLiteral(R"(.*\{####\}.*)");

Expected<void, PoolError> checkMessage(const QString& message, const QString& member, int minimum,
                                       int maximum)
{
    if (message.size() < minimum) {
        return PoolError::validation(
            message, member,
            QStringLiteral("Member must have length greater than or equal to %1").arg(minimum));
    }
    if (message.size() > maximum) {
        return PoolError::validation(
            message, member,
            QStringLiteral("Member must have length less than or equal to %1").arg(maximum));
    }
    if (!message.contains(kPlaceholder)) {
        return PoolError::validation(
            message, member,
            QStringLiteral("Member must satisfy regular expression pattern: %1")
                .arg(kPlaceholderPattern));
    }
    return {};
}

} // namespace

QString mfaModeName(MfaMode mode)
{
    switch (mode) {
    case MfaMode::On:
        return QStringLiteral("ON");
    case MfaMode::Optional:
        return QStringLiteral("OPTIONAL");
    case MfaMode::Off:
        break;
    }
    return QStringLiteral("OFF");
}

std::optional<MfaMode> mfaModeFromName(const QString& name)
{
    for (const MfaMode mode : {MfaMode::Off, MfaMode::On, MfaMode::Optional}) {
        if (mfaModeName(mode) == name) {
            return mode;
        }
    }
    return std::nullopt;
}

QJsonObject SmsConfiguration::toJson() const
{
    QJsonObject object{{QStringLiteral("SnsCallerArn"), snsCallerArn}};
    json::putIfNotEmpty(object, QStringLiteral("ExternalId"), externalId);
    json::putIfNotEmpty(object, QStringLiteral("SnsRegion"), snsRegion);
    return object;
}

SmsConfiguration SmsConfiguration::fromJson(const QJsonObject& object)
{
    return {object.value(QStringLiteral("SnsCallerArn")).toString(),
            object.value(QStringLiteral("ExternalId")).toString(),
            object.value(QStringLiteral("SnsRegion")).toString()};
}

QJsonObject SmsMfaConfig::toJson() const
{
    QJsonObject object;
    json::putIfNotEmpty(object, QStringLiteral("SmsAuthenticationMessage"),
                        smsAuthenticationMessage);
    if (smsConfiguration) {
        object.insert(QStringLiteral("SmsConfiguration"), smsConfiguration->toJson());
    }
    return object;
}

SmsMfaConfig SmsMfaConfig::fromJson(const QJsonObject& object)
{
    SmsMfaConfig config;
    config.smsAuthenticationMessage =
        object.value(QStringLiteral("SmsAuthenticationMessage")).toString();
    if (object.contains(QStringLiteral("SmsConfiguration"))) {
        config.smsConfiguration =
            SmsConfiguration::fromJson(object.value(QStringLiteral("SmsConfiguration")).toObject());
    }
    return config;
}

QJsonObject EmailMfaConfig::toJson() const
{
    QJsonObject object;
    json::putIfNotEmpty(object, QStringLiteral("Message"), message);
    json::putIfNotEmpty(object, QStringLiteral("Subject"), subject);
    return object;
}

EmailMfaConfig EmailMfaConfig::fromJson(const QJsonObject& object)
{
    return {object.value(QStringLiteral("Message")).toString(),
            object.value(QStringLiteral("Subject")).toString()};
}

QStringList MfaConfig::enabledFactors() const
{
    return factors::named(smsEnabled(), softwareTokenEnabled, emailEnabled());
}

QJsonObject MfaConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("MfaConfiguration"), mfaModeName(mode)}};
    if (sms) {
        object.insert(QStringLiteral("SmsMfaConfiguration"), sms->toJson());
    }
    object.insert(QStringLiteral("SoftwareTokenMfaConfiguration"),
                  QJsonObject{{QStringLiteral("Enabled"), softwareTokenEnabled}});
    if (email) {
        object.insert(QStringLiteral("EmailMfaConfiguration"), email->toJson());
    }
    if (webAuthn) {
        object.insert(QStringLiteral("WebAuthnConfiguration"), webAuthn->toJson());
    }
    return object;
}

Expected<MfaConfig, PoolError> MfaConfig::fromJson(const QJsonObject& object)
{
    MfaConfig config;
    const QJsonValue modeValue = object.value(QStringLiteral("MfaConfiguration"));
    if (!modeValue.isUndefined()) {
        const auto mode = mfaModeFromName(modeValue.toString());
        if (!mode) {
            return PoolError::validation(
                modeValue.toString(), QStringLiteral("mfaConfiguration"),
                QStringLiteral("Member must satisfy enum value set: [OFF, ON, OPTIONAL]"));
        }
        config.mode = *mode;
    }
    if (const QJsonValue sms = object.value(QStringLiteral("SmsMfaConfiguration"));
        sms.isObject()) {
        config.sms = SmsMfaConfig::fromJson(sms.toObject());
    }
    config.softwareTokenEnabled = object.value(QStringLiteral("SoftwareTokenMfaConfiguration"))
                                      .toObject()
                                      .value(QStringLiteral("Enabled"))
                                      .toBool();
    if (const QJsonValue email = object.value(QStringLiteral("EmailMfaConfiguration"));
        email.isObject()) {
        config.email = EmailMfaConfig::fromJson(email.toObject());
    }
    if (const QJsonValue webAuthn = object.value(QStringLiteral("WebAuthnConfiguration"));
        webAuthn.isObject()) {
        auto read = WebAuthnConfig::fromJson(webAuthn.toObject());
        if (!read) {
            return read.failure();
        }
        config.webAuthn = std::move(read.value());
    }
    return config;
}

Expected<MfaConfig, PoolError> MfaConfig::fromResponse(const QJsonObject& object)
{
    auto config = fromJson(object);
    if (config && config->sms && config->sms->smsAuthenticationMessage.isEmpty() &&
        (!config->sms->smsConfiguration || config->sms->smsConfiguration->snsCallerArn.isEmpty())) {
        config->sms.reset();
    }
    return config;
}

Expected<void, PoolError> MfaConfig::validate(const std::optional<SmsConfiguration>& poolSms) const
{
    // Shape constraints come first, as AWS checks the request's members before its meaning.
    if (sms && !sms->smsAuthenticationMessage.isEmpty()) {
        if (auto done = checkMessage(sms->smsAuthenticationMessage,
                                     QStringLiteral("smsMfaConfiguration.smsAuthenticationMessage"),
                                     6, 140);
            !done) {
            return done;
        }
    }
    if (email) {
        if (!email->message.isEmpty()) {
            if (auto done = checkMessage(email->message,
                                         QStringLiteral("emailMfaConfiguration.message"), 6, 20000);
                !done) {
                return done;
            }
        }
        if (email->subject.size() > 140) {
            return PoolError::validation(
                email->subject, QStringLiteral("emailMfaConfiguration.subject"),
                QStringLiteral("Member must have length less than or equal to 140"));
        }
    }
    if (webAuthn) {
        if (auto done = webAuthn->validate(); !done) {
            return done;
        }
    }
    if (mode == MfaMode::Off && anyFactorEnabled()) {
        return PoolError::invalidParameter(
            QStringLiteral("Invalid MFA configuration given, can't turn off MFA and configure an "
                           "MFA together."));
    }
    if (mode != MfaMode::Off && !anyFactorEnabled()) {
        return PoolError::invalidParameter(
            QStringLiteral("Invalid MFA configuration given, can't disable all MFAs with a "
                           "required or optional configuration."));
    }
    if (sms) {
        const auto& configuration = sms->smsConfiguration ? sms->smsConfiguration : poolSms;
        if (!configuration || configuration->snsCallerArn.isEmpty()) {
            return PoolError::invalidParameter(
                QStringLiteral("SMS configuration is required to turn on SMS MFA: give "
                               "SmsConfiguration with an SnsCallerArn."));
        }
        if (configuration->snsCallerArn.size() < 20) {
            return PoolError::validation(
                configuration->snsCallerArn,
                QStringLiteral("smsMfaConfiguration.smsConfiguration.snsCallerArn"),
                QStringLiteral("Member must have length greater than or equal to 20"));
        }
    }
    return {};
}

} // namespace tessera::pool
