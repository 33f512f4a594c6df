// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace tessera {

QString shortened(const QString& text, int length, Ellipsis ellipsis)
{
    QString shown;
    qsizetype i = 0;
    for (int count = 0; i < text.size() && count < length; ++count) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            shown += text.mid(i, 2);
            i += 2;
            continue;
        }
        if (unit.isSurrogate() || unit.category() == QChar::Other_Control ||
            unit.category() == QChar::Other_Format) {
            shown += QStringLiteral("\\u%1").arg(unit.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            shown += unit;
        }
        ++i;
    }
    if (i < text.size()) {
        shown += ellipsis == Ellipsis::Unicode ? QString(QChar(0x2026)) : QStringLiteral("...");
    }
    return shown;
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
