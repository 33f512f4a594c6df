// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QString>

namespace tessera {

// How much of an over-long text a message quotes: enough to recognise it, never the whole of it.
inline constexpr int kQuotedPrefixLength = 40;

enum class Ellipsis
{
    Unicode, // "…", for Tessera's own messages
    Ascii,   // "...", where a message imitates AWS's
};

// `text` as a message may quote it: at most its first `length` characters (a surrogate pair
// counts as one and is never split) and an ellipsis when it is longer, so a 60 MB label is never
// echoed back; control and format characters and lone surrogates are spelled out as \uXXXX, so
// a quoted value cannot garble the terminal or log it is printed to.
QString shortened(const QString& text, int length = kQuotedPrefixLength,
                  Ellipsis ellipsis = Ellipsis::Unicode);

// Refuses `text` longer than `limit` characters (UTF-16 code units, as QString counts them):
// "<what> is too long: 'Lorem ipsum…' has 1,000,000 characters; at most 1,024 are allowed".
// `what` names the field the way the person typed it ("the account name").
Status checkLength(const QString& what, const QString& text, int limit);

} // namespace tessera
