// SPDX-License-Identifier: GPL-3.0-or-later
#include "MfaPreferences.h"

#include "pool/PoolUser.h"

namespace tessera::pool::local {

namespace {

const QString kSms = QString::fromLatin1(factors::kSms);
const QString kTotp = QString::fromLatin1(factors::kSoftwareToken);
const QString kEmail = QString::fromLatin1(factors::kEmail);

} // namespace

Expected<void, PoolError> MfaPreferences::set(const QJsonObject& request)
{
    struct Setting
    {
        QString key;
        QString factor;
        bool* enabled;
    };
    const Setting settings[] = {
        {QStringLiteral("SMSMfaSettings"), kSms, &m_record.smsEnabled},
        {QStringLiteral("SoftwareTokenMfaSettings"), kTotp, &m_record.softwareTokenEnabled},
        {QStringLiteral("EmailMfaSettings"), kEmail, &m_record.emailEnabled}};
    int preferredCount = 0;
    // Every check first, so a refused request changes nothing.
    for (const Setting& setting : settings) {
        if (!request.contains(setting.key)) {
            continue;
        }
        const QJsonObject value = request.value(setting.key).toObject();
        const bool enabled = value.value(QStringLiteral("Enabled")).toBool(*setting.enabled);
        const bool preferred = value.value(QStringLiteral("PreferredMfa")).toBool();
        preferredCount += preferred ? 1 : 0;
        if (preferred && !enabled) {
            return PoolError::invalidParameter(
                QStringLiteral("%1 cannot be the preferred MFA method while it is not enabled.")
                    .arg(setting.factor));
        }
        if (setting.factor == kTotp && (enabled || preferred) && !m_record.totpVerified) {
            return PoolError::invalidParameter(
                QStringLiteral("User has not verified software token mfa"));
        }
        if (setting.factor == kSms && enabled &&
            m_record.user.attributes.value(QStringLiteral("phone_number")).isEmpty()) {
            return PoolError::invalidParameter(
                QStringLiteral("User does not have delivery config set to turn on SMS_MFA"));
        }
        if (setting.factor == kEmail && enabled &&
            m_record.user.attributes.value(QStringLiteral("email")).isEmpty()) {
            return PoolError::invalidParameter(
                QStringLiteral("User does not have delivery config set to turn on EMAIL_OTP"));
        }
    }
    if (preferredCount > 1) {
        return PoolError::invalidParameter(
            QStringLiteral("Only one MFA method can be set as preferred."));
    }
    for (const Setting& setting : settings) {
        if (!request.contains(setting.key)) {
            continue;
        }
        const QJsonObject value = request.value(setting.key).toObject();
        *setting.enabled = value.value(QStringLiteral("Enabled")).toBool(*setting.enabled);
        const bool preferred = value.value(QStringLiteral("PreferredMfa")).toBool();
        if (preferred) {
            m_record.preferred = setting.factor;
        } else if (m_record.preferred == setting.factor &&
                   (value.contains(QStringLiteral("PreferredMfa")) || !*setting.enabled)) {
            m_record.preferred.clear();
        }
    }
    return {};
}

QStringList MfaPreferences::usable(const MfaConfig& pool) const
{
    return factors::named(pool.smsEnabled() && m_record.smsEnabled,
                          pool.softwareTokenEnabled && m_record.softwareTokenEnabled &&
                              m_record.totpVerified,
                          pool.emailEnabled() && m_record.emailEnabled);
}

std::optional<QString> MfaPreferences::automaticChoice(const QStringList& usable) const
{
    if (usable.contains(m_record.preferred)) {
        return m_record.preferred;
    }
    if (usable.size() == 1) {
        return usable.first();
    }
    return std::nullopt;
}

void MfaPreferences::replaceSoftwareToken(const QString& secret)
{
    m_record.totpSecret = secret;
    m_record.totpVerified = false;
    m_record.softwareTokenEnabled = false;
    if (m_record.preferred == kTotp) {
        m_record.preferred.clear();
    }
}

void MfaPreferences::softwareTokenVerified(bool turnOn)
{
    m_record.totpVerified = true;
    if (turnOn) {
        m_record.softwareTokenEnabled = true;
    }
}

} // namespace tessera::pool::local
