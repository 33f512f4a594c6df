// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

namespace tessera::transfer {

namespace {

QString problemText(const char* text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

QList<QStringList> CsvReader::parse(const QString& text)
{
    QList<QStringList> rows;
    const QList<Record> all = records(text);
    rows.reserve(all.size());
    for (const Record& record : all) {
        rows.append(record.fields);
    }
    return rows;
}

QList<CsvReader::Record> CsvReader::records(const QString& text)
{
    QList<Record> rows;
    Record row;
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a quoted field has closed; only a comma or line end may follow
    bool rowHasContent = false;
    int line = 1;
    row.line = line;
    const auto flag = [&row](const char* problem) {
        if (row.problem.isEmpty()) {
            row.problem = problemText(problem);
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && (!field.isEmpty() || afterQuote)) {
            // Kept as a character, as Python's csv module does, so one stray quote does not
            // swallow the rows after it.
            flag(QT_TRANSLATE_NOOP("CsvReader",
                                   "a quote inside a field that does not start with one "
                                   "(write it as two quotes inside a quoted field)"));
            field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            row.fields.append(field);
            field.clear();
            afterQuote = false;
            rowHasContent = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            if (rowHasContent || !field.isEmpty()) {
                row.fields.append(field);
                rows.append(row);
            }
            ++line;
            row = Record{};
            row.line = line;
            field.clear();
            afterQuote = false;
            rowHasContent = false;
        } else {
            if (afterQuote) {
                flag(QT_TRANSLATE_NOOP("CsvReader", "text after a closing quote"));
            }
            field += c;
            rowHasContent = true;
        }
    }
    if (quoted) {
        flag(QT_TRANSLATE_NOOP("CsvReader", "a quote is opened and never closed"));
    }
    if (rowHasContent || !field.isEmpty()) {
        row.fields.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace tessera::transfer
