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
};

} // namespace tessera::pool::local
