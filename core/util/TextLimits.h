// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QString>

namespace tessera {

// How much of an over-long text a message quotes: enough to recognise it, never the whole of it.
inline constexpr int kQuotedPrefixLength = 40;

// `text`, or its first `length` characters and "…" when it is longer: for messages and lists,
// so a 60 MB label is never echoed back.
QString shortened(const QString& text, int length = kQuotedPrefixLength);

// Refuses `text` longer than `limit` characters (UTF-16 code units, as QString counts them):
// "<what> is too long: 'Lorem ipsum…' has 1,000,000 characters; at most 1,024 are allowed".
// `what` names the field the way the person typed it ("the account name").
Status checkLength(const QString& what, const QString& text, int limit);

} // namespace tessera
