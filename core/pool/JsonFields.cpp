// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <QJsonDocument>

namespace tessera::pool::json {

Expected<QString, PoolError> requiredString(const QJsonObject& object, const QString& name,
                                            const QString& member)
{
    const QJsonValue value = object.value(name);
    if (!value.isString()) {
        return PoolError::invalidParameter(
            QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy "
                           "constraint: Member must not be null")
                .arg(member));
    }
    return value.toString();
}

double epochSeconds(qint64 seconds)
{
    return double(seconds);
}

QJsonArray attributesToJson(const QMap<QString, QString>& attributes)
{
    QJsonArray array;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        array.append(
            QJsonObject{{QStringLiteral("Name"), it.key()}, {QStringLiteral("Value"), it.value()}});
    }
    return array;
}

QMap<QString, QString> attributesFromJson(const QJsonArray& array)
{
    QMap<QString, QString> attributes;
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        attributes.insert(object.value(QStringLiteral("Name")).toString(),
                          object.value(QStringLiteral("Value")).toString());
    }
    return attributes;
}

void putIfNotEmpty(QJsonObject& object, const QString& name, const QString& value)
{
    if (!value.isEmpty()) {
        object.insert(name, value);
    }
}

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace tessera::pool::json
