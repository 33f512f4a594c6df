// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <chrono>
#include <memory>
#include <vector>

namespace tessera::transfer {

// Reads the plain tables of an SQLite database that came from elsewhere (an app's database copied
// off a phone), with bounded work: the file may be crafted to hurt. It reads only real tables
// (never views, virtual tables or computed columns, which would run the file's own SQL), at most
// kMaxRows rows of at most kMaxRowBytes each, and gives up when the time budget is spent.
class SqliteReader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::transfer::SqliteReader)

public:
    static constexpr int kMaxRows = 5000;
    // Whole rows, as SQLite measures them; the largest real rows of these apps are under 1 KiB.
    static constexpr int kMaxRowBytes = 16 * 1024;
    static constexpr std::chrono::milliseconds kDefaultBudget{10000};

    using Row = QVariantList;

    // The database in `data`, opened in memory and read-only. The budget runs from here.
    static Expected<SqliteReader> open(QByteArrayView data,
                                       std::chrono::milliseconds budget = kDefaultBudget);

    SqliteReader(const SqliteReader&) = delete;
    SqliteReader& operator=(const SqliteReader&) = delete;
    SqliteReader(SqliteReader&&) noexcept;
    SqliteReader& operator=(SqliteReader&&) noexcept;
    ~SqliteReader();

    // The columns of `table` (a table, or a view: detection looks at both, reading refuses
    // views); empty when there is no such name.
    QStringList columns(const QString& table);

    // `SELECT columns FROM table ORDER BY orderBy`, refused unless `table` is a real table.
    Expected<std::vector<Row>> select(const QString& table, const QStringList& columns,
                                      const QString& orderBy);

private:
    struct Connection;
    explicit SqliteReader(std::unique_ptr<Connection> connection);

    Status checkPlainTable(const QString& table);
    QString failure(const QString& table, int code);

    std::unique_ptr<Connection> m_connection;
};

} // namespace tessera::transfer
