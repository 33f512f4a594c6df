// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite's C API rather than Qt Sql: the database is handed to SQLite as bytes
// (sqlite3_deserialize), so no file is staged, nothing beside it (a -wal or -journal another
// program left) is ever read and nothing is written; and the limits below must be set on the
// connection before its first statement, which Qt Sql's open() has already run.
#include "SqliteReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstring>

namespace tessera::transfer {

namespace {

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Finalizes a statement whichever way its scope ends.
struct Statement
{
    sqlite3_stmt* handle = nullptr;
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&&) = delete;
    Statement& operator=(Statement&&) = delete;
    ~Statement() { sqlite3_finalize(handle); }
};

QString text(sqlite3_stmt* statement, int column)
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column));
}

QVariant value(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT:
        return QVariant(text(statement, column));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(statement, column)));
    }
    default:
        return QVariant();
    }
}

} // namespace

struct SqliteReader::Connection
{
    // SQLite reads the database straight from these bytes; they outlive the connection.
    QByteArray bytes;
    sqlite3* db = nullptr;
    QElapsedTimer clock;
    std::chrono::milliseconds budget{0};
    bool timedOut = false;

    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    Connection(Connection&&) = delete;
    Connection& operator=(Connection&&) = delete;
    ~Connection() { sqlite3_close(db); }
};

SqliteReader::SqliteReader(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

SqliteReader::SqliteReader(SqliteReader&&) noexcept = default;
SqliteReader& SqliteReader::operator=(SqliteReader&&) noexcept = default;
SqliteReader::~SqliteReader() = default;

Expected<SqliteReader> SqliteReader::open(QByteArrayView data, std::chrono::milliseconds budget)
{
    auto connection = std::make_unique<Connection>();
    connection->clock.start();
    connection->budget = budget;
    connection->bytes = data.toByteArray();
    QByteArray& bytes = connection->bytes;
    // A database in WAL mode (header bytes 18 and 19 are 2) cannot be read from memory; marked as
    // a rollback-journal database it reads as of its last checkpoint, which is what the file
    // alone holds (its -wal is not part of what was imported).
    if (bytes.size() >= 20 && bytes[18] == 2 && bytes[19] == 2) {
        bytes[18] = 1;
        bytes[19] = 1;
    }
    const auto cannotOpen = [](const QString& reason) {
        return makeError(tr("the SQLite database cannot be opened: %1").arg(reason));
    };
    if (sqlite3_open_v2(":memory:", &connection->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY,
                        nullptr) != SQLITE_OK) {
        return cannotOpen(QString::fromUtf8(sqlite3_errmsg(connection->db)));
    }
    sqlite3* db = connection->db;
    // The file's schema runs no SQL of its own: no triggers, no functions with side effects
    // from its schema, no writes to the schema tables.
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Bounds on this connection only. sqlite3_hard_heap_limit64 would be one bound for the whole
    // process, the pool store's connections included, so memory is bounded through the sizes
    // instead: the file (64 MiB at most, the import cap), each row and the number of rows.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxRowBytes);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_progress_handler(
        db, 1000,
        [](void* context) -> int {
            auto* self = static_cast<Connection*>(context);
            self->timedOut = self->clock.hasExpired(self->budget.count());
            return self->timedOut ? 1 : 0;
        },
        connection.get());
    const int flags = SQLITE_DESERIALIZE_READONLY;
    if (sqlite3_deserialize(db, "main", reinterpret_cast<unsigned char*>(bytes.data()),
                            bytes.size(), bytes.size(), flags) != SQLITE_OK) {
        return cannotOpen(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    // Sorting and temporary tables stay in memory (bounded as above) rather than in temp files.
    if (sqlite3_exec(db, "PRAGMA temp_store = MEMORY; PRAGMA query_only = ON", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        return cannotOpen(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return SqliteReader(std::move(connection));
}

QString SqliteReader::failure(const QString& table, int code)
{
    if (m_connection->timedOut) {
        const int seconds = int((m_connection->clock.elapsed() + 999) / 1000);
        return tr("gave up after %n s reading this database's `%1`", nullptr, seconds).arg(table);
    }
    if (code == SQLITE_TOOBIG) {
        return tr("this database's `%1` holds a row larger than %2 KiB; no account is that large, "
                  "so Tessera does not read it")
            .arg(table)
            .arg(kMaxRowBytes / 1024);
    }
    return tr("this database's `%1` cannot be read: %2")
        .arg(table, QString::fromUtf8(sqlite3_errmsg(m_connection->db)));
}

QStringList SqliteReader::columns(const QString& table)
{
    // table_xinfo names a view's columns without running it, and lists computed columns too
    // (table_info hides them), so a table with one is detected and then refused with the reason.
    Statement statement;
    const QByteArray sql = "PRAGMA main.table_xinfo(" + quoted(table).toUtf8() + ")";
    QStringList names;
    if (sqlite3_prepare_v2(m_connection->db, sql.constData(), int(sql.size()), &statement.handle,
                           nullptr) != SQLITE_OK) {
        return names;
    }
    while (sqlite3_step(statement.handle) == SQLITE_ROW) {
        names.append(text(statement.handle, 1));
    }
    return names;
}

Status SqliteReader::checkPlainTable(const QString& table)
{
    Statement statement;
    // Names are case-insensitive in SQLite, so `Accounts` is the table a query on `accounts` reads.
    const char* sql = "SELECT type, sql FROM main.sqlite_master WHERE name = ?1 COLLATE NOCASE";
    const QByteArray name = table.toUtf8();
    if (sqlite3_prepare_v2(m_connection->db, sql, -1, &statement.handle, nullptr) != SQLITE_OK ||
        sqlite3_bind_text(statement.handle, 1, name.constData(), int(name.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK) {
        return makeError(failure(table, sqlite3_errcode(m_connection->db)));
    }
    const int step = sqlite3_step(statement.handle);
    if (step != SQLITE_ROW) {
        return makeError(step == SQLITE_DONE ? tr("this database has no table `%1`").arg(table)
                                             : failure(table, step));
    }
    const QString type = text(statement.handle, 0);
    const QString definition = text(statement.handle, 1).simplified();
    if (type != QLatin1String("table")) {
        return makeError(tr("this database's `%1` is a %2, not a table; Tessera reads only tables "
                            "from files it imports")
                             .arg(table, type));
    }
    if (definition.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
        return makeError(tr("this database's `%1` is a virtual table, whose rows come from code "
                            "rather than the file; Tessera reads only plain tables from files it "
                            "imports")
                             .arg(table));
    }
    // table_xinfo's `hidden` is 2 or 3 for generated columns, computed by the file's own SQL.
    Statement columnsStatement;
    const QByteArray info = "PRAGMA main.table_xinfo(" + quoted(table).toUtf8() + ")";
    if (sqlite3_prepare_v2(m_connection->db, info.constData(), int(info.size()),
                           &columnsStatement.handle, nullptr) != SQLITE_OK) {
        return makeError(failure(table, sqlite3_errcode(m_connection->db)));
    }
    int row = SQLITE_ROW;
    while ((row = sqlite3_step(columnsStatement.handle)) == SQLITE_ROW) {
        if (sqlite3_column_int(columnsStatement.handle, 6) >= 2) {
            return makeError(tr("this database's `%1` has computed columns (`%2`); Tessera reads "
                                "only stored values from files it imports")
                                 .arg(table, text(columnsStatement.handle, 1)));
        }
    }
    if (row != SQLITE_DONE) {
        return makeError(failure(table, row));
    }
    return {};
}

Expected<std::vector<SqliteReader::Row>>
SqliteReader::select(const QString& table, const QStringList& columns, const QString& orderBy)
{
    if (const Status plain = checkPlainTable(table); !plain) {
        return makeError(plain.error());
    }
    QStringList quotedColumns;
    for (const QString& column : columns) {
        quotedColumns.append(quoted(column));
    }
    // One row past the limit tells "exactly the limit" from "more".
    const QByteArray sql =
        QStringLiteral("SELECT %1 FROM main.%2 ORDER BY %3 LIMIT %4")
            .arg(quotedColumns.join(QLatin1String(", ")), quoted(table), quoted(orderBy))
            .arg(kMaxRows + 1)
            .toUtf8();
    Statement statement;
    if (sqlite3_prepare_v2(m_connection->db, sql.constData(), int(sql.size()), &statement.handle,
                           nullptr) != SQLITE_OK) {
        return makeError(failure(table, sqlite3_errcode(m_connection->db)));
    }
    std::vector<Row> rows;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement.handle)) == SQLITE_ROW) {
        if (int(rows.size()) == kMaxRows) {
            return makeError(tr("this database's `%1` has more than %n rows; Tessera imports at "
                                "most that many accounts from one file",
                                nullptr, kMaxRows)
                                 .arg(table));
        }
        Row row;
        row.reserve(int(columns.size()));
        for (int column = 0; column < int(columns.size()); ++column) {
            row.append(value(statement.handle, column));
        }
        rows.push_back(std::move(row));
    }
    if (step != SQLITE_DONE) {
        return makeError(failure(table, step));
    }
    return rows;
}

} // namespace tessera::transfer
