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
    static QList<QStringList> parse(const QString& text);
};

} // namespace tessera::transfer
