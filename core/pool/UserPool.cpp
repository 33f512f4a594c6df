// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPool.h"

#include "JsonFields.h"

#include <QRegularExpression>

namespace tessera::pool {

namespace {

const QString kPolicies = QStringLiteral("Policies");
const QString kPasswordPolicy = QStringLiteral("PasswordPolicy");
const QString kTessera = QStringLiteral("TesseraPolicies");
const QString kSignInPolicy = QStringLiteral("SignInPolicy");

} // namespace

QString federatedMfaName(FederatedMfa value)
{
    switch (value) {
    case FederatedMfa::Enforce:
        return QStringLiteral("ENFORCE");
    case FederatedMfa::Exempt:
        return QStringLiteral("EXEMPT");
    case FederatedMfa::Optional:
        break;
    }
    return QStringLiteral("OPTIONAL");
}

std::optional<FederatedMfa> federatedMfaFromName(const QString& name)
{
    for (const auto value : {FederatedMfa::Optional, FederatedMfa::Enforce, FederatedMfa::Exempt}) {
        if (federatedMfaName(value) == name) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject DeviceConfiguration::toJson() const
{
    return {{QStringLiteral("ChallengeRequiredOnNewDevice"), challengeRequiredOnNewDevice},
            {QStringLiteral("DeviceOnlyRememberedOnUserPrompt"), deviceOnlyRememberedOnUserPrompt}};
}

DeviceConfiguration DeviceConfiguration::fromJson(const QJsonObject& object)
{
    return {object.value(QStringLiteral("ChallengeRequiredOnNewDevice")).toBool(),
            object.value(QStringLiteral("DeviceOnlyRememberedOnUserPrompt")).toBool()};
}

QJsonObject UserPool::toJson() const
{
    QJsonObject object{
        {QStringLiteral("Id"), id},
        {QStringLiteral("Name"), name},
        {QStringLiteral("Arn"), arn},
        {QStringLiteral("CreationDate"), json::epochSeconds(creationDate)},
        {QStringLiteral("LastModifiedDate"), json::epochSeconds(lastModifiedDate)},
        {kPolicies, QJsonObject{{kPasswordPolicy, passwordPolicy.toJson()},
                                {kSignInPolicy, signInPolicy.toJson()}}},
        {QStringLiteral("MfaConfiguration"), mfaModeName(mfaMode)},
        {QStringLiteral("EstimatedNumberOfUsers"), estimatedNumberOfUsers},
        {kTessera, QJsonObject{{QStringLiteral("FederatedUserMfa"), federatedMfaName(federatedMfa)},
                               {QStringLiteral("RememberDeviceDays"), rememberDeviceDays}}},
    };
    json::putIfNotEmpty(object, QStringLiteral("SmsAuthenticationMessage"),
                        smsAuthenticationMessage);
    if (smsConfiguration) {
        object.insert(QStringLiteral("SmsConfiguration"), smsConfiguration->toJson());
    }
    if (deviceConfiguration) {
        object.insert(QStringLiteral("DeviceConfiguration"), deviceConfiguration->toJson());
    }
    return object;
}

Expected<void, PoolError> UserPool::checkName(const QString& name)
{
    const QString member = QStringLiteral("poolName");
    if (name.isEmpty()) {
        return PoolError::validation(name, member,
                                     QStringLiteral("Member must have length greater than or "
                                                    "equal to 1"));
    }
    if (name.size() > 128) {
        return PoolError::validation(name, member,
                                     QStringLiteral("Member must have length less than or equal "
                                                    "to 128"));
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^[\w\s+=,.@-]+$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(name).hasMatch()) {
        return PoolError::validation(
            name, member,
            QStringLiteral("Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+"));
    }
    return {};
}

QJsonObject UserPool::updateRequest() const
{
    // UpdateUserPoolRequest's members that UserPoolType also has, as AWS names them.
    static const char* const kRepeated[] = {"Policies",
                                            "DeletionProtection",
                                            "LambdaConfig",
                                            "AutoVerifiedAttributes",
                                            "SmsVerificationMessage",
                                            "EmailVerificationMessage",
                                            "EmailVerificationSubject",
                                            "VerificationMessageTemplate",
                                            "SmsAuthenticationMessage",
                                            "UserAttributeUpdateSettings",
                                            "MfaConfiguration",
                                            "DeviceConfiguration",
                                            "EmailConfiguration",
                                            "SmsConfiguration",
                                            "UserPoolTags",
                                            "AdminCreateUserConfig",
                                            "UserPoolAddOns",
                                            "AccountRecoverySetting",
                                            "TesseraPolicies"};
    const QJsonObject current = toJson();
    QJsonObject request{{QStringLiteral("UserPoolId"), id}};
    for (const char* repeated : kRepeated) {
        const QString member = QString::fromLatin1(repeated);
        if (current.contains(member)) {
            request.insert(member, current.value(member));
        } else if (described.contains(member)) {
            request.insert(member, described.value(member));
        }
    }
    // Policies holds more than the password policy (SignInPolicy): keep what was described.
    QJsonObject allPolicies = described.value(kPolicies).toObject();
    allPolicies.insert(kPasswordPolicy, passwordPolicy.toJson());
    // A pool described without a sign-in policy (AWS's Lite tier has none) is sent none unless
    // this value changed it from the default.
    if (allPolicies.contains(kSignInPolicy) || signInPolicy != SignInPolicy{}) {
        allPolicies.insert(kSignInPolicy, signInPolicy.toJson());
    }
    request.insert(kPolicies, allPolicies);
    // Tessera's own block goes only where it came from (the local engine), never to AWS.
    if (!described.isEmpty() && !described.contains(kTessera)) {
        request.remove(kTessera);
    }
    return request;
}

QJsonObject UserPool::toSummaryJson() const
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Name"), name},
            {QStringLiteral("CreationDate"), json::epochSeconds(creationDate)},
            {QStringLiteral("LastModifiedDate"), json::epochSeconds(lastModifiedDate)}};
}

UserPool UserPool::fromJson(const QJsonObject& object)
{
    UserPool pool;
    pool.id = object.value(QStringLiteral("Id")).toString();
    pool.name = object.value(QStringLiteral("Name")).toString();
    if (pool.name.isEmpty()) {
        pool.name = object.value(QStringLiteral("PoolName")).toString();
    }
    pool.arn = object.value(QStringLiteral("Arn")).toString();
    pool.creationDate = qint64(object.value(QStringLiteral("CreationDate")).toDouble());
    pool.lastModifiedDate = qint64(object.value(QStringLiteral("LastModifiedDate")).toDouble());
    pool.estimatedNumberOfUsers =
        qint64(object.value(QStringLiteral("EstimatedNumberOfUsers")).toDouble());
    pool.mfaMode = mfaModeFromName(object.value(QStringLiteral("MfaConfiguration")).toString())
                       .value_or(MfaMode::Off);
    pool.apply(object);
    pool.described = object;
    return pool;
}

Expected<void, PoolError> UserPool::validate() const
{
    if (auto done = passwordPolicy.validate(); !done) {
        return done;
    }
    return signInPolicy.validate();
}

Expected<void, PoolError> UserPool::update(const QJsonObject& request)
{
    UserPool updated = *this;
    updated.apply(request);
    if (auto done = updated.validate(); !done) {
        return done;
    }
    *this = std::move(updated);
    return {};
}

void UserPool::apply(const QJsonObject& request)
{
    if (request.contains(kPolicies)) {
        passwordPolicy = PasswordPolicy::fromJson(
            request.value(kPolicies).toObject().value(kPasswordPolicy).toObject());
        signInPolicy = SignInPolicy::fromJson(
            request.value(kPolicies).toObject().value(kSignInPolicy).toObject());
    }
    if (request.contains(QStringLiteral("SmsAuthenticationMessage"))) {
        smsAuthenticationMessage =
            request.value(QStringLiteral("SmsAuthenticationMessage")).toString();
    }
    if (request.contains(QStringLiteral("SmsConfiguration"))) {
        smsConfiguration = SmsConfiguration::fromJson(
            request.value(QStringLiteral("SmsConfiguration")).toObject());
    }
    if (request.contains(QStringLiteral("DeviceConfiguration"))) {
        const QJsonValue device = request.value(QStringLiteral("DeviceConfiguration"));
        deviceConfiguration = device.isObject()
                                  ? std::optional(DeviceConfiguration::fromJson(device.toObject()))
                                  : std::nullopt;
    }
    if (request.contains(kTessera)) {
        const QJsonObject tessera = request.value(kTessera).toObject();
        federatedMfa =
            federatedMfaFromName(tessera.value(QStringLiteral("FederatedUserMfa")).toString())
                .value_or(federatedMfa);
        rememberDeviceDays =
            tessera.value(QStringLiteral("RememberDeviceDays")).toInt(rememberDeviceDays);
    }
}

} // namespace tessera::pool
