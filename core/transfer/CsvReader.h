// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::transfer {

// RFC 4180 CSV as password managers write it: quoted fields may hold commas, doubled quotes and
// line breaks. Rows are returned as written; the caller reads the header row.
class CsvReader
{
public:
    // One record and where it is in the text, for messages that name a line.
    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based line the record starts on
        // What breaks RFC 4180 in it (a quote inside an unquoted field, text after a closing
        // quote, a quote never closed), empty when nothing does. The fields are still read as
        // leniently as parse() reads them.
        QString problem;
    };

    static QList<QStringList> parse(const QString& text);
    // The same records with their line numbers and problems; blank lines are skipped.
    static QList<Record> records(const QString& text);
};

} // namespace tessera::transfer
