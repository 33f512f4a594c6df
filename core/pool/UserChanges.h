// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"
#include "PoolUser.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace tessera::pool {

// DeviceType: a device a user's sign-in remembered (AdminListDevices).
struct UserDevice
{
    QString deviceKey;
    QString name;       // device_name
    QString lastIp;     // last_ip_used
    QString status;     // device_status: remembered / not_remembered
    qint64 created = 0; // DeviceCreateDate
    qint64 lastAuthenticated = 0;

    static UserDevice fromJson(const QJsonObject& object);
};

// The body of AdminSetUserMFAPreference: for each factor, whether it is on and whether it is the
// preferred one; a factor left out is left as it is.
struct MfaPreferenceChange
{
    struct Setting
    {
        bool enabled = false;
        bool preferred = false;
    };
    std::optional<Setting> sms;
    std::optional<Setting> softwareToken;
    std::optional<Setting> email;

    // `factor` (a factors:: name) on and preferred.
    static MfaPreferenceChange prefer(const QString& factor);
    // No preferred factor; each factor `user` has on stays on.
    static MfaPreferenceChange clearPreference(const PoolUser& user);
    // `factor` off (and so no longer preferred).
    static MfaPreferenceChange remove(const QString& factor);
    // Every factor off: the user signs in with a password until they set one up again.
    static MfaPreferenceChange resetAll();

    // SMSMfaSettings, SoftwareTokenMfaSettings, EmailMfaSettings.
    QJsonObject toJson() const;
};

// AdminCreateUser's request, checked as Cognito checks it before it is sent.
struct NewUser
{
    Q_DECLARE_TR_FUNCTIONS(NewUser)

public:
    // How the welcome message goes: not at all (a temporary password the administrator hands
    // over), or as an invitation by email or SMS holding a temporary password Cognito makes.
    enum class Invitation
    {
        None,
        Email,
        Sms
    };

    QString username;
    QMap<QString, QString> attributes;
    Invitation invitation = Invitation::Email;

    // The temporary password, UTF-8 in wiped memory shared by this value's copies (none: Cognito
    // makes one). It becomes text only in the request sent.
    void setTemporaryPassword(QStringView password);
    bool hasTemporaryPassword() const { return m_password && !m_password->isEmpty(); }
    const crypto::SecureBytes* temporaryPassword() const { return m_password.get(); }

    // The first problem with the request, in words a person can act on: the username's shape,
    // each attribute's shape, email and phone_number as Cognito validates them, and an
    // invitation's address present.
    Expected<void, PoolError> validate() const;
    QJsonObject toRequest(const QString& userPoolId) const;

private:
    std::shared_ptr<const crypto::SecureBytes> m_password;
};

// Cognito's checks of the two verifiable attributes, with its messages.
namespace attributes {
// "+" then 1 to 15 digits (E.164), nothing else: "+14325551212".
Expected<void, PoolError> checkPhoneNumber(const QString& value);
// One "@" with text on both sides, no whitespace, at most 2048 characters.
Expected<void, PoolError> checkEmail(const QString& value);
} // namespace attributes

} // namespace tessera::pool
