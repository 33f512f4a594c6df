// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace tessera {

QString shortened(const QString& text, int length)
{
    if (text.size() <= length) {
        return text;
    }
    // Do not cut a surrogate pair in half: the prefix must still be valid text.
    qsizetype cut = length;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) + QChar(0x2026);
}

Status checkLength(const QString& what, const QString& text, int limit)
{
    if (text.size() <= limit) {
        return {};
    }
    const QLocale locale;
    return makeError(
        QCoreApplication::translate("TextLimits", "%1 is too long: '%2' has %3 characters; at most "
                                                  "%4 are allowed")
            .arg(what, shortened(text), locale.toString(text.size()), locale.toString(limit)));
}

} // namespace tessera
