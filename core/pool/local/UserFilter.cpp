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

} // namespace tessera::pool::local
