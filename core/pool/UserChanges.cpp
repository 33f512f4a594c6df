// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserChanges.h"

#include "JsonFields.h"
#include "RequestShape.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringEncoder>

namespace tessera::pool {

namespace {

const QString kEnabled = QStringLiteral("Enabled");
const QString kPreferred = QStringLiteral("PreferredMfa");

QJsonObject settingJson(const MfaPreferenceChange::Setting& setting)
{
    return {{kEnabled, setting.enabled}, {kPreferred, setting.preferred}};
}

// The member of MfaPreferenceChange that holds `factor`, or nullptr for an unknown name.
std::optional<MfaPreferenceChange::Setting>* settingOf(MfaPreferenceChange& change,
                                                       const QString& factor)
{
    if (factor == QLatin1String(factors::kSms)) {
        return &change.sms;
    }
    if (factor == QLatin1String(factors::kSoftwareToken)) {
        return &change.softwareToken;
    }
    if (factor == QLatin1String(factors::kEmail)) {
        return &change.email;
    }
    return nullptr;
}

} // namespace

UserDevice UserDevice::fromJson(const QJsonObject& object)
{
    UserDevice device;
    device.deviceKey = object.value(QStringLiteral("DeviceKey")).toString();
    const auto attributes =
        json::attributesFromJson(object.value(QStringLiteral("DeviceAttributes")).toArray());
    device.name = attributes.value(QStringLiteral("device_name"));
    device.lastIp = attributes.value(QStringLiteral("last_ip_used"));
    device.status = attributes.value(QStringLiteral("device_status"));
    device.created = qint64(object.value(QStringLiteral("DeviceCreateDate")).toDouble());
    device.lastAuthenticated =
        qint64(object.value(QStringLiteral("DeviceLastAuthenticatedDate")).toDouble());
    return device;
}

MfaPreferenceChange MfaPreferenceChange::prefer(const QString& factor)
{
    MfaPreferenceChange change;
    if (auto* setting = settingOf(change, factor)) {
        *setting = Setting{true, true};
    }
    return change;
}

MfaPreferenceChange MfaPreferenceChange::clearPreference(const PoolUser& user)
{
    MfaPreferenceChange change;
    for (const QString& factor : user.userMfaSettingList) {
        if (auto* setting = settingOf(change, factor)) {
            *setting = Setting{true, false};
        }
    }
    // A preferred factor the list lacks (an inconsistent answer) still loses its preference.
    if (auto* setting = settingOf(change, user.preferredMfaSetting); setting && !*setting) {
        *setting = Setting{true, false};
    }
    return change;
}

MfaPreferenceChange MfaPreferenceChange::remove(const QString& factor)
{
    MfaPreferenceChange change;
    if (auto* setting = settingOf(change, factor)) {
        *setting = Setting{false, false};
    }
    return change;
}

MfaPreferenceChange MfaPreferenceChange::resetAll()
{
    MfaPreferenceChange change;
    change.sms = change.softwareToken = change.email = Setting{false, false};
    return change;
}

QJsonObject MfaPreferenceChange::toJson() const
{
    QJsonObject body;
    if (sms) {
        body.insert(QStringLiteral("SMSMfaSettings"), settingJson(*sms));
    }
    if (softwareToken) {
        body.insert(QStringLiteral("SoftwareTokenMfaSettings"), settingJson(*softwareToken));
    }
    if (email) {
        body.insert(QStringLiteral("EmailMfaSettings"), settingJson(*email));
    }
    return body;
}

namespace attributes {

Expected<void, PoolError> checkPhoneNumber(const QString& value)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[0-9]{1,15}$"));
    if (!e164.match(value).hasMatch()) {
        return PoolError::invalidParameter(QStringLiteral("Invalid phone number format."));
    }
    return {};
}

Expected<void, PoolError> checkEmail(const QString& value)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (value.size() > 2048 || !address.match(value).hasMatch()) {
        return PoolError::invalidParameter(QStringLiteral("Invalid email address format."));
    }
    return {};
}

} // namespace attributes

Expected<void, PoolError> NewUser::validate() const
{
    if (auto done = shape::checkUsername(username); !done) {
        return done;
    }
    int index = 0;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString member = QStringLiteral("userAttributes.%1.member").arg(++index);
        if (auto done = shape::checkAttribute(it.key(), it.value(), member); !done) {
            return done;
        }
    }
    if (const QString email = attributes.value(QStringLiteral("email")); !email.isEmpty()) {
        if (auto done = attributes::checkEmail(email); !done) {
            return done;
        }
    }
    if (const QString phone = attributes.value(QStringLiteral("phone_number")); !phone.isEmpty()) {
        if (auto done = attributes::checkPhoneNumber(phone); !done) {
            return done;
        }
    }
    if (invitation == Invitation::Email && attributes.value(QStringLiteral("email")).isEmpty()) {
        return PoolError::invalidParameter(
            tr("An invitation by email needs the user's email address."));
    }
    if (invitation == Invitation::Sms &&
        attributes.value(QStringLiteral("phone_number")).isEmpty()) {
        return PoolError::invalidParameter(
            tr("An invitation by SMS needs the user's phone number."));
    }
    if (invitation == Invitation::None && !hasTemporaryPassword()) {
        return PoolError::invalidParameter(
            tr("Without an invitation, give a temporary password to hand to the user."));
    }
    return {};
}

void NewUser::setTemporaryPassword(QStringView password)
{
    if (password.isEmpty()) {
        m_password.reset();
        return;
    }
    // Encoded straight into the wiped buffer: no QByteArray copy of the password is left behind.
    QStringEncoder encoder(QStringEncoder::Utf8);
    crypto::SecureBytes utf8(std::size_t(encoder.requiredSpace(password.size())));
    char* const begin = reinterpret_cast<char*>(utf8.data());
    char* const end = encoder.appendToBuffer(begin, password);
    utf8.resize(std::size_t(end - begin));
    m_password = std::make_shared<const crypto::SecureBytes>(std::move(utf8));
}

QJsonObject NewUser::toRequest(const QString& userPoolId) const
{
    QJsonObject request{{QStringLiteral("UserPoolId"), userPoolId},
                        {QStringLiteral("Username"), username},
                        {QStringLiteral("UserAttributes"), json::attributesToJson(attributes)}};
    if (hasTemporaryPassword()) {
        request.insert(QStringLiteral("TemporaryPassword"), QString::fromUtf8(m_password->view()));
    }
    switch (invitation) {
    case Invitation::None:
        request.insert(QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS"));
        break;
    case Invitation::Email:
        request.insert(QStringLiteral("DesiredDeliveryMediums"),
                       QJsonArray{QStringLiteral("EMAIL")});
        break;
    case Invitation::Sms:
        request.insert(QStringLiteral("DesiredDeliveryMediums"), QJsonArray{QStringLiteral("SMS")});
        break;
    }
    return request;
}

} // namespace tessera::pool
