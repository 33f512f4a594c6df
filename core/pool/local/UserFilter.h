// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolOutcome.h"

#include <QString>

namespace tessera::pool::local {

// A ListUsers filter, `name = "value"` or `name ^= "value"` (backslash escapes a quote), on one
// of the attributes Cognito lets you search.
struct UserFilter
{
    QString attribute;
    bool prefix = false;
    QString value;

    // An empty text means no filter; a text that is not a filter is InvalidParameterException.
    static PoolOutcome<UserFilter> parse(const QString& text);

    // The SQL expression over the users table the attribute lives in. The email and phone
    // expressions match the store's indexes, so both kinds of match use them.
    QString column() const;
};

} // namespace tessera::pool::local
