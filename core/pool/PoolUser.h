// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tessera::pool {

// Cognito's MFA factor names, as UserMFASettingList, PreferredMfaSetting and the challenge
// names spell them.
namespace factors {
inline constexpr char kSms[] = "SMS_MFA";
inline constexpr char kSoftwareToken[] = "SOFTWARE_TOKEN_MFA";
inline constexpr char kEmail[] = "EMAIL_OTP";
// The names of the factors whose flag is set, in Cognito's order (SMS, TOTP, email).
QStringList named(bool sms, bool softwareToken, bool email);
} // namespace factors

// MFAOptionType: the legacy per-user SMS setting (AdminSetUserSettings).
struct MfaOption
{
    QString deliveryMedium;
    QString attributeName;
    bool operator==(const MfaOption&) const = default;
};

// UserType / AdminGetUserResponse: a user, their attributes and their MFA settings.
struct PoolUser
{
    QString username;
    QMap<QString, QString> attributes; // includes "sub"
    QString userStatus = QStringLiteral("CONFIRMED");
    bool enabled = true;
    qint64 userCreateDate = 0;
    qint64 userLastModifiedDate = 0;
    QList<MfaOption> mfaOptions;
    QStringList userMfaSettingList;
    QString preferredMfaSetting;

    QString sub() const { return attributes.value(QStringLiteral("sub")); }

    // AdminGetUser's response: Username, UserAttributes, ... UserMFASettingList,
    // PreferredMfaSetting.
    QJsonObject toAdminGetUserJson() const;
    // ListUsers' and AdminCreateUser's UserType: Username, Attributes, ... (no MFA lists).
    // `attributesToGet` empty means all.
    QJsonObject toUserTypeJson(const QStringList& attributesToGet = {}) const;
    // Reads either shape.
    static PoolUser fromJson(const QJsonObject& object);

    bool operator==(const PoolUser&) const = default;
};

} // namespace tessera::pool
