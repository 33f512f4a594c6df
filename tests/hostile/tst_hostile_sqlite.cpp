// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile SQLite databases given to import: each is crafted here, with SQLite's C API, as an
// attacker would write it. Import must refuse what would run the file's own SQL (views, virtual
// tables, computed columns), bound the rows it reads, finish quickly and write nothing.
#include "transfer/Importer.h"
#include "transfer/SqliteReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <optional>

using namespace tessera;
using tessera::transfer::Importer;
using tessera::transfer::SqliteReader;

namespace {

// Google Authenticator's table, as the app creates it.
const char* const kGoogleTable = "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT NOT "
                                 "NULL, secret TEXT NOT NULL, counter INTEGER DEFAULT 0, type "
                                 "INTEGER, provider INTEGER DEFAULT 0, issuer TEXT DEFAULT NULL, "
                                 "original_name TEXT DEFAULT NULL)";
const char* const kOneAccount =
    "INSERT INTO accounts (email, secret, counter, type, issuer) "
    "VALUES ('Example:alice@example.com', 'JBSWY3DPEHPK3PXP', 0, 0, 'Example')";

// Runs `script` on a new database at `path`; empty on success, else SQLite's message.
QString craft(const QString& path, const QByteArray& script)
{
    sqlite3* db = nullptr;
    QString error;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        char* message = nullptr;
        if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = QString::fromUtf8(message);
            sqlite3_free(message);
        }
    }
    sqlite3_close(db);
    return error;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

class tst_HostileSqlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesWhatRunsTheFilesSql_data();
    void refusesWhatRunsTheFilesSql();
    void boundsRowsAndRowSize_data();
    void boundsRowsAndRowSize();
    void ignoresHostileWalBesideTheFile();
    void givesUpAtTheDeadline();

private:
    // What SQLite or Tessera would write outside the crafted file lands here (TMPDIR).
    QTemporaryDir m_scratch;
    std::optional<QTemporaryDir> m_folder;
    QString m_path;
};

void tst_HostileSqlite::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_scratch.path()));
    qputenv("SQLITE_TMPDIR", QFile::encodeName(m_scratch.path()));
}

void tst_HostileSqlite::init()
{
    m_folder.emplace(m_scratch.filePath(QStringLiteral("input-XXXXXX")));
    QVERIFY(m_folder->isValid());
    m_path = m_folder->filePath(QStringLiteral("databases"));
}

void tst_HostileSqlite::cleanup()
{
    m_folder.reset();
}

void tst_HostileSqlite::refusesWhatRunsTheFilesSql_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("reason");
    // Before the fix: runs until the disk is full of temporary files.
    QTest::newRow("recursive view")
        << QByteArray("CREATE VIEW accounts AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT "
                      "x + 1 FROM n) SELECT x AS _id, 'e' || x AS email, 'JBSWY3DPEHPK3PXP' AS "
                      "secret, 0 AS counter, 0 AS type, 'I' AS issuer FROM n ORDER BY x DESC")
        << QStringLiteral("`accounts` is a view, not a table; Tessera reads only tables");
    // Before the fix: 1.5 GB per row, three rows.
    QTest::newRow("zeroblob view")
        << QByteArray("CREATE VIEW accounts AS SELECT value AS _id, zeroblob(1500000000) AS "
                      "email, 'JBSWY3DPEHPK3PXP' AS secret, 0 AS counter, 0 AS type, 'I' AS issuer "
                      "FROM (SELECT 1 AS value UNION SELECT 2 UNION SELECT 3)")
        << QStringLiteral("`accounts` is a view, not a table; Tessera reads only tables");
    // SQLite computes the column on insert too, so the crafted one stays within SQLite's own
    // limit; the file still decides what runs on every read.
    QTest::newRow("computed column")
        << QByteArray("CREATE TABLE accounts (_id INTEGER PRIMARY KEY, secret TEXT, counter "
                      "INTEGER, type INTEGER, issuer TEXT, email TEXT GENERATED ALWAYS AS "
                      "(hex(zeroblob(200000000))) VIRTUAL); INSERT INTO accounts (secret, "
                      "counter, type, issuer) VALUES ('JBSWY3DPEHPK3PXP', 0, 0, 'I')")
        << QStringLiteral("`accounts` has computed columns (`email`)");
    QTest::newRow("virtual table")
        << QByteArray(
               "CREATE VIRTUAL TABLE accounts USING fts5(_id, email, secret, counter, type, "
               "issuer); INSERT INTO accounts VALUES (1, 'e', 'JBSWY3DPEHPK3PXP', 0, 0, 'I')")
        << QStringLiteral("`accounts` is a virtual table");
}

void tst_HostileSqlite::refusesWhatRunsTheFilesSql()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, reason);
    const QString crafted = craft(m_path, script);
    if (crafted.contains(QLatin1String("no such module"))) {
        QSKIP("this SQLite has no FTS5 to craft the virtual table with");
    }
    QVERIFY2(crafted.isEmpty(), qPrintable(crafted));
    const QStringList before = entries(m_folder->path());

    QElapsedTimer timer;
    timer.start();
    const auto result = Importer::importFile(m_path);
    QVERIFY2(!result.ok(), "the database must be refused");
    QVERIFY2(
        result.error.contains(reason),
        qPrintable(QStringLiteral("the refusal should say '%1': %2").arg(reason, result.error)));
    QVERIFY2(timer.elapsed() < 10000, "refusing it should take under 10 s");
    QCOMPARE(entries(m_folder->path()), before);
    QCOMPARE(entries(m_scratch.path()), QStringList{QDir(m_folder->path()).dirName()});
}

void tst_HostileSqlite::boundsRowsAndRowSize_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("reason");
    // Before the fix: a 1 MiB secret (up to the 64 MiB file) is read whole, row after row.
    QTest::newRow("one huge value")
        << (QByteArray(kGoogleTable) + "; " + kOneAccount +
            "; INSERT INTO accounts (email, secret, counter, type) VALUES ('big', "
            "hex(randomblob(524288)), 0, 0)")
        << QStringLiteral("`accounts` holds a row larger than 16 KiB");
    // Before the fix: every row is read.
    QTest::newRow("too many rows")
        << (QByteArray(kGoogleTable) +
            "; WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5001) "
            "INSERT INTO accounts (email, secret, counter, type) SELECT 'a' || x, "
            "'JBSWY3DPEHPK3PXP', 0, 0 FROM n")
        << QStringLiteral("`accounts` has more than 5000 rows");
}

void tst_HostileSqlite::boundsRowsAndRowSize()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, reason);
    const QString crafted = craft(m_path, script);
    QVERIFY2(crafted.isEmpty(), qPrintable(crafted));
    QElapsedTimer timer;
    timer.start();
    const auto result = Importer::importFile(m_path);
    QVERIFY2(!result.ok(), "the database must be refused, not read in part");
    QVERIFY2(
        result.error.contains(reason),
        qPrintable(QStringLiteral("the refusal should say '%1': %2").arg(reason, result.error)));
    QVERIFY2(timer.elapsed() < 10000, "refusing it should take under 10 s");
    QCOMPARE(entries(m_scratch.path()), QStringList{QDir(m_folder->path()).dirName()});
}

void tst_HostileSqlite::ignoresHostileWalBesideTheFile()
{
    // The file as last checkpointed holds one honest account; its -wal, beside it, replaces the
    // table with a recursive view. Import reads the file given to it, never a -wal it was not
    // given, so it finds the honest account, at once, and creates no -shm or -journal.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    const QByteArray script =
        QByteArray("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; ") + kGoogleTable +
        "; " + kOneAccount +
        "; PRAGMA wal_checkpoint(TRUNCATE); DROP TABLE accounts; CREATE VIEW "
        "accounts AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
        "FROM n) SELECT x AS _id, 'e' AS email, 'JBSWY3DPEHPK3PXP' AS secret, "
        "0 AS counter, 0 AS type, 'I' AS issuer FROM n ORDER BY x DESC";
    QCOMPARE(sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    // The copy is taken while the writer still has the -wal open, as a phone backup tool would.
    QTemporaryDir copyFolder(m_scratch.filePath(QStringLiteral("copy-XXXXXX")));
    QVERIFY(copyFolder.isValid());
    const QString copy = copyFolder.filePath(QStringLiteral("databases"));
    QVERIFY(QFile::copy(m_path, copy));
    QVERIFY(QFile::copy(m_path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    sqlite3_close(db);
    QVERIFY2(QFileInfo(copy + QStringLiteral("-wal")).size() > 0, "the -wal holds the view");
    const QStringList before = entries(copyFolder.path());

    QElapsedTimer timer;
    timer.start();
    const auto result = Importer::importFile(copy);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, QStringLiteral("google-authenticator-db"));
    QCOMPARE(result.items.size(), std::size_t(1));
    QVERIFY2(result.items.front().ok(), qPrintable(result.items.front().error));
    QVERIFY2(timer.elapsed() < 10000, "reading it should take under 10 s");
    QCOMPARE(entries(copyFolder.path()), before);
}

void tst_HostileSqlite::givesUpAtTheDeadline()
{
    // Plain tables read quickly, so the deadline is a last guard; a budget of nothing shows it
    // stops a read and says so.
    const QString crafted =
        craft(m_path, QByteArray(kGoogleTable) +
                          "; WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE "
                          "x < 4000) INSERT INTO accounts (email, secret, counter, type) SELECT "
                          "'a' || x, 'JBSWY3DPEHPK3PXP', 0, 0 FROM n");
    QVERIFY2(crafted.isEmpty(), qPrintable(crafted));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto reader = SqliteReader::open(file.readAll(), std::chrono::milliseconds(0));
    QVERIFY2(reader, qPrintable(reader.error()));
    const auto rows = reader->select(QStringLiteral("accounts"), {QStringLiteral("email")},
                                     QStringLiteral("_id"));
    QVERIFY2(!rows, "a spent budget must stop the read");
    static const QRegularExpression gaveUp(
        QStringLiteral("^gave up after \\d+ s reading this database's `accounts`$"));
    QVERIFY2(gaveUp.match(rows.error()).hasMatch(), qPrintable(rows.error()));
}

QTEST_GUILESS_MAIN(tst_HostileSqlite)
#include "tst_hostile_sqlite.moc"
