// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserFilter.h"

#include <QRegularExpression>
#include <QStringList>

namespace tessera::pool::local {

namespace {

// The attributes ListUsers can filter on (custom attributes cannot be searched).
const QStringList& searchable()
{
    static const QStringList names = {
        QStringLiteral("username"),
        QStringLiteral("email"),
        QStringLiteral("phone_number"),
        QStringLiteral("name"),
        QStringLiteral("given_name"),
        QStringLiteral("family_name"),
        QStringLiteral("preferred_username"),
        QStringLiteral("cognito:user_status"),
        QStringLiteral("status"),
        QStringLiteral("sub"),
    };
    return names;
}

} // namespace

PoolOutcome<UserFilter> UserFilter::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^\s*([A-Za-z_:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$)re"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return PoolError::invalidParameter(QStringLiteral("Error while parsing filter."));
    }
    UserFilter filter;
    filter.attribute = match.captured(1);
    filter.prefix = match.captured(2) == QLatin1String("^=");
    static const QRegularExpression escape(QStringLiteral(R"(\\(.))"));
    filter.value = match.captured(3).replace(escape, QStringLiteral("\\1"));
    if (!searchable().contains(filter.attribute)) {
        return PoolError::invalidParameter(
            QStringLiteral("Invalid search attribute: %1").arg(filter.attribute));
    }
    return filter;
}

QString UserFilter::column() const
{
    if (attribute == QLatin1String("username")) {
        return QStringLiteral("username");
    }
    if (attribute == QLatin1String("sub")) {
        return QStringLiteral("sub");
    }
    if (attribute == QLatin1String("cognito:user_status")) {
        return QStringLiteral("status");
    }
    if (attribute == QLatin1String("status")) {
        return QStringLiteral("(CASE enabled WHEN 1 THEN 'Enabled' ELSE 'Disabled' END)");
    }
    return QStringLiteral("json_extract(attributes, '$.%1')").arg(attribute);
}

} // namespace tessera::pool::local
