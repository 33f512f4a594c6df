// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::pool {

// A ListUsers filter as Cognito writes it: `attribute = "value"` (exact) or
// `attribute ^= "value"` (starts with), a backslash escaping a quote or a backslash in the value,
// on one of the attributes ListUsers can search (custom attributes cannot be searched). The local
// engine executes it; the console builds, shows and edits it; both read the text with parse().
class UserFilter
{
    Q_DECLARE_TR_FUNCTIONS(UserFilter)

public:
    enum class Match
    {
        Exact,
        Prefix
    };

    // The attributes ListUsers searches, in the order AWS's documentation lists them.
    static const QStringList& searchableAttributes();

    // The filter, or InvalidParameterException for an attribute ListUsers cannot search.
    static Expected<UserFilter, PoolError> make(const QString& attribute, Match match,
                                                QString value);
    // Reads Cognito's text; an empty text is no filter (callers test isEmpty first), a text that
    // is not a filter is InvalidParameterException with AWS's message and, in `explanation()`,
    // what is wrong in words a person can act on.
    static Expected<UserFilter, PoolError> parse(const QString& text);
    // Why `text` is not a filter, for a person; empty when it is one (or is empty).
    static QString explanation(const QString& text);

    const QString& attribute() const { return m_attribute; }
    Match match() const { return m_match; }
    bool prefix() const { return m_match == Match::Prefix; }
    const QString& value() const { return m_value; }

    // Cognito's text: `attribute = "value"`, quotes and backslashes in the value escaped.
    QString toString() const;

    bool operator==(const UserFilter&) const = default;

private:
    UserFilter() = default;

    QString m_attribute;
    Match m_match = Match::Exact;
    QString m_value;
};

} // namespace tessera::pool
