// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

// Reading and writing the small JSON idioms Cognito's shapes share, so each value class reads
// as a list of its fields.
namespace tessera::pool::json {

// `object[name]` as a string, or AWS's "Member must not be null" error naming `member` (the
// camel-case path AWS reports, e.g. "userPoolId").
Expected<QString, PoolError> requiredString(const QJsonObject& object, const QString& name,
                                            const QString& member);

// AWS's epoch-seconds number for a date.
double epochSeconds(qint64 seconds);

// [{"Name": n, "Value": v}, ...] <-> a name-ordered map.
QJsonArray attributesToJson(const QMap<QString, QString>& attributes);
QMap<QString, QString> attributesFromJson(const QJsonArray& array);

// Sets `name` only when `value` is non-empty, as AWS leaves absent members out.
void putIfNotEmpty(QJsonObject& object, const QString& name, const QString& value);

// Compact JSON text for a store column, and back (an empty object for bad text).
QString toText(const QJsonObject& object);
QJsonObject fromText(const QString& text);

} // namespace tessera::pool::json
