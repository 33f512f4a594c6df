// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolUser.h"

#include "JsonFields.h"

namespace tessera::pool {

QStringList factors::named(bool sms, bool softwareToken, bool email)
{
    QStringList names;
    if (sms) {
        names.append(QString::fromLatin1(kSms));
    }
    if (softwareToken) {
        names.append(QString::fromLatin1(kSoftwareToken));
    }
    if (email) {
        names.append(QString::fromLatin1(kEmail));
    }
    return names;
}

namespace {

QJsonArray mfaOptionsToJson(const QList<MfaOption>& options)
{
    QJsonArray array;
    for (const MfaOption& option : options) {
        array.append(QJsonObject{{QStringLiteral("DeliveryMedium"), option.deliveryMedium},
                                 {QStringLiteral("AttributeName"), option.attributeName}});
    }
    return array;
}

// The members both shapes share, after Username and the attributes.
void putCommon(QJsonObject& object, const PoolUser& user)
{
    object.insert(QStringLiteral("UserCreateDate"), json::epochSeconds(user.userCreateDate));
    object.insert(QStringLiteral("UserLastModifiedDate"),
                  json::epochSeconds(user.userLastModifiedDate));
    object.insert(QStringLiteral("Enabled"), user.enabled);
    object.insert(QStringLiteral("UserStatus"), user.userStatus);
    if (!user.mfaOptions.isEmpty()) {
        object.insert(QStringLiteral("MFAOptions"), mfaOptionsToJson(user.mfaOptions));
    }
}

} // namespace

QJsonObject PoolUser::toAdminGetUserJson() const
{
    QJsonObject object{{QStringLiteral("Username"), username},
                       {QStringLiteral("UserAttributes"), json::attributesToJson(attributes)}};
    putCommon(object, *this);
    if (!userMfaSettingList.isEmpty()) {
        object.insert(QStringLiteral("UserMFASettingList"),
                      QJsonArray::fromStringList(userMfaSettingList));
    }
    json::putIfNotEmpty(object, QStringLiteral("PreferredMfaSetting"), preferredMfaSetting);
    return object;
}

QJsonObject PoolUser::toUserTypeJson(const QStringList& attributesToGet) const
{
    QMap<QString, QString> chosen;
    if (!attributesToGet.isEmpty()) {
        chosen = attributes;
        chosen.removeIf(
            [&attributesToGet](const auto& item) { return !attributesToGet.contains(item.key()); });
    }
    QJsonObject object{{QStringLiteral("Username"), username},
                       {QStringLiteral("Attributes"),
                        json::attributesToJson(attributesToGet.isEmpty() ? attributes : chosen)}};
    putCommon(object, *this);
    return object;
}

PoolUser PoolUser::fromJson(const QJsonObject& object)
{
    PoolUser user;
    user.username = object.value(QStringLiteral("Username")).toString();
    const QString attributesKey = object.contains(QStringLiteral("UserAttributes"))
                                      ? QStringLiteral("UserAttributes")
                                      : QStringLiteral("Attributes");
    user.attributes = json::attributesFromJson(object.value(attributesKey).toArray());
    user.userStatus = object.value(QStringLiteral("UserStatus")).toString(user.userStatus);
    user.enabled = object.value(QStringLiteral("Enabled")).toBool(true);
    user.userCreateDate = qint64(object.value(QStringLiteral("UserCreateDate")).toDouble());
    user.userLastModifiedDate =
        qint64(object.value(QStringLiteral("UserLastModifiedDate")).toDouble());
    for (const QJsonValue& item : object.value(QStringLiteral("MFAOptions")).toArray()) {
        const QJsonObject option = item.toObject();
        user.mfaOptions.append({option.value(QStringLiteral("DeliveryMedium")).toString(),
                                option.value(QStringLiteral("AttributeName")).toString()});
    }
    for (const QJsonValue& item : object.value(QStringLiteral("UserMFASettingList")).toArray()) {
        user.userMfaSettingList.append(item.toString());
    }
    user.preferredMfaSetting = object.value(QStringLiteral("PreferredMfaSetting")).toString();
    return user;
}

} // namespace tessera::pool
