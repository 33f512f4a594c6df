// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserFilter.h"

#include <QRegularExpression>

namespace tessera::pool {

namespace {

const QRegularExpression& filterPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^\s*([A-Za-z_:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$)re"));
    return pattern;
}

} // namespace

const QStringList& UserFilter::searchableAttributes()
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

Expected<UserFilter, PoolError> UserFilter::make(const QString& attribute, Match match,
                                                 QString value)
{
    if (!searchableAttributes().contains(attribute)) {
        return PoolError::invalidParameter(
            QStringLiteral("Invalid search attribute: %1").arg(attribute));
    }
    UserFilter filter;
    filter.m_attribute = attribute;
    filter.m_match = match;
    filter.m_value = std::move(value);
    return filter;
}

Expected<UserFilter, PoolError> UserFilter::parse(const QString& text)
{
    const auto found = filterPattern().match(text);
    if (!found.hasMatch()) {
        return PoolError::invalidParameter(QStringLiteral("Error while parsing filter."));
    }
    static const QRegularExpression escape(QStringLiteral(R"(\\(.))"));
    return make(found.captured(1),
                found.captured(2) == QLatin1String("^=") ? Match::Prefix : Match::Exact,
                found.captured(3).replace(escape, QStringLiteral("\\1")));
}

QString UserFilter::explanation(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    static const QRegularExpression head(QStringLiteral(R"(^\s*([A-Za-z_:]+)\s*(\^?=)?)"));
    const auto start = head.match(text);
    if (!start.hasMatch()) {
        return tr("A filter starts with an attribute name, for example: username ^= \"jo\"");
    }
    if (!searchableAttributes().contains(start.captured(1))) {
        return tr("ListUsers cannot search on \"%1\"; it searches only on: %2")
            .arg(start.captured(1), searchableAttributes().join(QStringLiteral(", ")));
    }
    if (start.captured(2).isEmpty()) {
        return tr("After the attribute comes = (is exactly) or ^= (starts with).");
    }
    if (!filterPattern().match(text).hasMatch()) {
        return tr("The value goes in double quotes, a quote inside it written as \\\", for "
                  "example: %1 = \"value\"")
            .arg(start.captured(1));
    }
    return {};
}

QString UserFilter::toString() const
{
    QString escaped = m_value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(m_attribute, prefix() ? QStringLiteral("^=") : QStringLiteral("="), escaped);
}

} // namespace tessera::pool
