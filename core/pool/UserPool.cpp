// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPool.h"

#include "JsonFields.h"

namespace tessera::pool {

namespace {

const QString kPolicies = QStringLiteral("Policies");
const QString kPasswordPolicy = QStringLiteral("PasswordPolicy");
const QString kTessera = QStringLiteral("TesseraPolicies");

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

QJsonObject UserPool::toJson() const
{
    QJsonObject object{
        {QStringLiteral("Id"), id},
        {QStringLiteral("Name"), name},
        {QStringLiteral("Arn"), arn},
        {QStringLiteral("CreationDate"), json::epochSeconds(creationDate)},
        {QStringLiteral("LastModifiedDate"), json::epochSeconds(lastModifiedDate)},
        {kPolicies, QJsonObject{{kPasswordPolicy, passwordPolicy.toJson()}}},
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
    return object;
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
    return pool;
}

std::optional<PoolError> UserPool::validate() const
{
    return passwordPolicy.validate();
}

std::optional<PoolError> UserPool::update(const QJsonObject& request)
{
    UserPool updated = *this;
    updated.apply(request);
    if (auto error = updated.validate()) {
        return error;
    }
    *this = std::move(updated);
    return std::nullopt;
}

void UserPool::apply(const QJsonObject& request)
{
    if (request.contains(kPolicies)) {
        passwordPolicy = PasswordPolicy::fromJson(
            request.value(kPolicies).toObject().value(kPasswordPolicy).toObject());
    }
    if (request.contains(QStringLiteral("SmsAuthenticationMessage"))) {
        smsAuthenticationMessage =
            request.value(QStringLiteral("SmsAuthenticationMessage")).toString();
    }
    if (request.contains(QStringLiteral("SmsConfiguration"))) {
        smsConfiguration = SmsConfiguration::fromJson(
            request.value(QStringLiteral("SmsConfiguration")).toObject());
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
