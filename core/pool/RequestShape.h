// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Cognito's request shapes, checked the way AWS checks them before an operation runs: each
// member the engine reads must have its JSON type (a SerializationException otherwise), and the
// documented lengths and patterns of names and values must hold (InvalidParameterException with
// AWS's "1 validation error detected" wording); a string Cognito sets no limit on is held to
// 4096 characters (tokens to 131072). One rule for every operation, so no handler reads
// a number where a string belongs and silently takes a default instead.
namespace tessera::pool::shape {

// `request` with its null members dropped (AWS reads null as absent), or the first member that
// breaks its shape.
Expected<QJsonObject, PoolError> checked(const QJsonObject& request);

// Cognito's username: 1 to 128 characters of letters, marks, symbols, numbers and punctuation
// ([\p{L}\p{M}\p{S}\p{N}\p{P}]+), so no whitespace, control character or unpaired surrogate.
// `member` is the path the error names.
Expected<void, PoolError> checkUsername(const QString& username,
                                        const QString& member = QStringLiteral("username"));

// An AttributeType: a name of 1 to 32 characters in the username's alphabet ("custom:" counts)
// and a value of at most 2048 characters. `member` is the path of the attribute, e.g.
// "userAttributes.1.member".
Expected<void, PoolError> checkAttribute(const QString& name, const QString& value,
                                         const QString& member);

// A number within Cognito's documented range for `member`, or AWS's error naming the bound it
// passed ("Member must have value greater than or equal to 6").
Expected<void, PoolError> checkRange(qint64 value, const QString& member, qint64 minimum,
                                     qint64 maximum);

} // namespace tessera::pool::shape
