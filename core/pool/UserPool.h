// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MfaConfig.h"
#include "PasswordPolicy.h"
#include "SignInPolicy.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tessera::pool {

// How a pool treats users who sign in through a federated identity provider (beyond Cognito).
enum class FederatedMfa
{
    Optional, // as the pool's MFA mode says
    Enforce,  // MFA required even when the provider did its own
    Exempt    // the provider's sign-in is trusted; no MFA
};
QString federatedMfaName(FederatedMfa value);
std::optional<FederatedMfa> federatedMfaFromName(const QString& name);

// DeviceConfigurationType: whether Cognito remembers a user's devices, and whether a remembered
// device skips MFA.
struct DeviceConfiguration
{
    // MFA is asked on a device the user has not signed in from before.
    bool challengeRequiredOnNewDevice = false;
    // Devices are remembered only when the user chooses so (otherwise always).
    bool deviceOnlyRememberedOnUserPrompt = false;

    QJsonObject toJson() const;
    static DeviceConfiguration fromJson(const QJsonObject& object);
    bool operator==(const DeviceConfiguration&) const = default;
};

// UserPoolType, as DescribeUserPool returns it. The MFA factor blocks live in MfaConfig; the
// pool carries only the mode and the SMS settings Cognito repeats here.
struct UserPool
{
    QString id;
    QString name;
    QString arn;
    qint64 creationDate = 0;
    qint64 lastModifiedDate = 0;
    PasswordPolicy passwordPolicy;
    // Policies.SignInPolicy: the first factors a USER_AUTH sign-in may start with.
    SignInPolicy signInPolicy;
    MfaMode mfaMode = MfaMode::Off;
    QString smsAuthenticationMessage;
    std::optional<SmsConfiguration> smsConfiguration;
    qint64 estimatedNumberOfUsers = 0;
    // Absent: the pool does not remember devices.
    std::optional<DeviceConfiguration> deviceConfiguration;
    // Beyond Cognito, under "TesseraPolicies": SSO users' MFA and remembered devices.
    FederatedMfa federatedMfa = FederatedMfa::Optional;
    int rememberDeviceDays = 0;

    // DescribeUserPool's "UserPool" member.
    QJsonObject toJson() const;
    // ListUserPools' shorter entry: Id, Name, CreationDate, LastModifiedDate.
    QJsonObject toSummaryJson() const;
    // CreateUserPool's checks of a pool name, in AWS's words (1 to 128 characters of
    // [\w\s+=,.@-]), or success when it is fine.
    static Expected<void, PoolError> checkName(const QString& name);

    // Reads a UserPoolType or a CreateUserPool/UpdateUserPool request (PoolName, Policies...),
    // unchecked: a request is checked with validate().
    static UserPool fromJson(const QJsonObject& object);
    // The checks CreateUserPool and UpdateUserPool make of the pool's own members (its password
    // policy), in AWS's words.
    Expected<void, PoolError> validate() const;
    // Applies the members an UpdateUserPool request gives; absent ones keep their values. A
    // result that does not validate is refused and the pool left as it was.
    Expected<void, PoolError> update(const QJsonObject& request);

    // An UpdateUserPool request that keeps everything the pool has. UpdateUserPool resets every
    // member a request leaves out to its default (AWS's documented behaviour), so the request
    // repeats what DescribeUserPool returned (`described`) with this value's fields over it.
    QJsonObject updateRequest() const;

    // The UserPoolType this value was read from, with members the class does not model
    // (LambdaConfig, EmailConfiguration, ...); empty for a pool made in code.
    QJsonObject described;

private:
    void apply(const QJsonObject& request);
};

} // namespace tessera::pool
