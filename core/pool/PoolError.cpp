// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolError.h"

#include "util/TextLimits.h"

namespace tessera::pool {

QJsonObject PoolError::toJson() const
{
    return {{QStringLiteral("__type"), type}, {QStringLiteral("message"), message}};
}

PoolError PoolError::fromJson(const QJsonObject& body)
{
    QString name = body.value(QStringLiteral("__type")).toString();
    if (const auto hash = name.lastIndexOf(QLatin1Char('#')); hash >= 0) {
        name = name.mid(hash + 1);
    }
    if (const auto colon = name.indexOf(QLatin1Char(':')); colon >= 0) {
        name.truncate(colon);
    }
    QString text = body.value(QStringLiteral("message")).toString();
    if (text.isEmpty()) {
        text = body.value(QStringLiteral("Message")).toString();
    }
    return {name, text};
}

PoolError PoolError::invalidParameter(QString message)
{
    return {QString::fromLatin1(errors::kInvalidParameter), std::move(message)};
}

PoolError PoolError::missingParameter(const QString& name)
{
    return invalidParameter(QStringLiteral("Missing required parameter %1").arg(name));
}

PoolError PoolError::resourceNotFound(QString message)
{
    return {QString::fromLatin1(errors::kResourceNotFound), std::move(message)};
}

PoolError PoolError::userNotFound()
{
    return {QString::fromLatin1(errors::kUserNotFound), QStringLiteral("User does not exist.")};
}

PoolError PoolError::clientNotFound(const QString& clientId)
{
    return resourceNotFound(QStringLiteral("User pool client %1 does not exist.").arg(clientId));
}

PoolError PoolError::notAuthorized(QString message)
{
    return {QString::fromLatin1(errors::kNotAuthorized), std::move(message)};
}

PoolError PoolError::codeMismatch()
{
    return {QString::fromLatin1(errors::kCodeMismatch),
            QStringLiteral("Invalid code received for user")};
}

PoolError PoolError::unsupported(const QString& operation)
{
    return {QString::fromLatin1(errors::kUnsupportedOperation),
            QStringLiteral("%1 is not supported by this backend.").arg(quotedPrefix(operation))};
}

PoolError PoolError::internal(QString message)
{
    return {QString::fromLatin1(errors::kInternalError), std::move(message)};
}

PoolError PoolError::serialization(QString message)
{
    return {QString::fromLatin1(errors::kSerialization), std::move(message)};
}

PoolError PoolError::validation(const QString& value, const QString& member,
                                const QString& constraint)
{
    return invalidParameter(QStringLiteral("1 validation error detected: Value '%1' at '%2' failed "
                                           "to satisfy constraint: %3")
                                .arg(quotedPrefix(value), member, constraint));
}

PoolError PoolError::validation(const QString& member, const QString& constraint)
{
    return invalidParameter(
        QStringLiteral(
            "1 validation error detected: Value at '%1' failed to satisfy constraint: %2")
            .arg(member, constraint));
}

QString PoolError::quotedPrefix(const QString& value)
{
    return shortened(value, 32, Ellipsis::Ascii);
}

} // namespace tessera::pool
