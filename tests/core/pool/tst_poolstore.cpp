// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

const char* const kWriterVariable = "TESSERA_POOL_WRITER";
constexpr int kWritesPerProcess = 60;

// The second process's side of the concurrency test: creates users and fails sign-ins on a
// shared user as fast as it can; every operation must get its expected answer.
int runWriter()
{
    local::LocalPoolOptions options;
    options.path = qEnvironmentVariable(kWriterVariable);
    options.passwordHashing = {16, 1, 1};
    local::LocalPoolEngine engine(options);
    QTextStream err(stderr);
    if (auto error = engine.open()) {
        err << "open: " << error->message << Qt::endl;
        return 1;
    }
    const QString poolId = qEnvironmentVariable("POOL_ID");
    const QString clientId = qEnvironmentVariable("CLIENT_ID");
    const QString prefix = qEnvironmentVariable("PREFIX");
    for (int i = 0; i < kWritesPerProcess; ++i) {
        const PoolResult created = engine.execute(QStringLiteral("AdminCreateUser"),
                                                  {{"UserPoolId", poolId},
                                                   {"Username", prefix + QString::number(i)},
                                                   {"MessageAction", "SUPPRESS"}});
        if (!created) {
            err << "AdminCreateUser: " << created.error().message << Qt::endl;
            return 1;
        }
        const PoolResult failed =
            engine.execute(QStringLiteral("InitiateAuth"),
                           {{"ClientId", clientId},
                            {"AuthFlow", "USER_PASSWORD_AUTH"},
                            {"AuthParameters",
                             QJsonObject{{"USERNAME", "shared"}, {"PASSWORD", "Wrong-pass-1"}}}});
        if (failed.ok() || failed.error().type != QLatin1String("NotAuthorizedException")) {
            err << "InitiateAuth: "
                << (failed.ok() ? QStringLiteral("succeeded") : failed.error().message) << Qt::endl;
            return 1;
        }
    }
    return 0;
}

// Runs `sql` on the store at `path` through a connection of its own, as another program
// editing the file would; an error message, or empty.
QString execOnFile(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("tst_poolstore-raw");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                error = query.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

// The store itself: migration from the first schema, two processes writing at once, and a
// pool of 100,000 users.
class TestPoolStore : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QFile script(QStringLiteral(TESSERA_POOL_TEST_DATA "/schema_v1.sql"));
            QVERIFY2(script.open(QIODevice::ReadOnly), "the v1 fixture is in tests/core/pool/data");
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString& statement :
                 QString::fromUtf8(script.readAll()).split(QLatin1Char(';'))) {
                QString sql = statement.trimmed();
                if (sql.startsWith(QLatin1String("--"))) {
                    sql = sql.section(QLatin1Char('\n'), 1).trimmed();
                }
                if (!sql.isEmpty()) {
                    QSqlQuery query(db);
                    QVERIFY2(query.exec(sql), qPrintable(sql));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        local::LocalPoolOptions options;
        options.path = path;
        options.passwordHashing = {16, 1, 1};
        local::LocalPoolEngine engine(options);
        QCOMPARE(engine.services().store.storedVersion(), 0 + 1);
        QVERIFY(!engine.open());
        QCOMPARE(engine.services().store.storedVersion(), local::PoolStore::kSchemaVersion);
        const PoolResult user =
            engine.execute(QStringLiteral("AdminGetUser"),
                           {{"UserPoolId", "local-1_OldPool01"}, {"Username", "olduser"}});
        QVERIFY2(user.ok(), "the v1 user survives the migration");
        QCOMPARE(PoolUser::fromJson(*user).attributes.value(QStringLiteral("email")),
                 QStringLiteral("old@example.com"));
        // The new columns and tables work on old rows.
        QVERIFY(engine
                    .execute(QStringLiteral("AdminSetUserPassword"),
                             {{"UserPoolId", "local-1_OldPool01"},
                              {"Username", "olduser"},
                              {"Password", kPassword},
                              {"Permanent", true}})
                    .ok());
        const PoolResult signIn = engine.execute(
            QStringLiteral("InitiateAuth"),
            {{"ClientId", "oldclient0000000000000000a"},
             {"AuthFlow", "USER_PASSWORD_AUTH"},
             {"AuthParameters", QJsonObject{{"USERNAME", "olduser"}, {"PASSWORD", kPassword}}}});
        QVERIFY2(signIn.ok() && signIn->contains(QStringLiteral("AuthenticationResult")),
                 "a migrated user signs in");
        const PoolResult filtered =
            engine.execute(QStringLiteral("ListUsers"),
                           {{"UserPoolId", "local-1_OldPool01"}, {"Filter", "email ^= \"old\""}});
        QCOMPARE(filtered->value("Users").toArray().size(), 1);
    }

    void refusesNewerSchema()
    {
        PoolFixture fixture;
        const QString edited =
            execOnFile(fixture.path(), QStringLiteral("UPDATE schema_version SET version = 99"));
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        local::LocalPoolOptions options;
        options.path = fixture.path();
        local::LocalPoolEngine second(options);
        const auto error = second.open();
        QVERIFY2(error.has_value(), "a store from a newer Tessera must not be touched");
        QVERIFY(error->message.contains(QStringLiteral("schema version 99")));
    }

    void twoProcessesWriteAtOnce()
    {
        PoolFixture fixture;
        fixture.makePool();
        fixture.makeUser(QStringLiteral("shared"), false);
        QList<QProcess*> writers;
        for (const QString& prefix : {QStringLiteral("a"), QStringLiteral("b")}) {
            auto* process = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(kWriterVariable), fixture.path());
            environment.insert(QStringLiteral("POOL_ID"), fixture.poolId);
            environment.insert(QStringLiteral("CLIENT_ID"), fixture.clientId);
            environment.insert(QStringLiteral("PREFIX"), prefix);
            process->setProcessEnvironment(environment);
            process->start(QCoreApplication::applicationFilePath(), {});
            writers.append(process);
        }
        for (QProcess* process : writers) {
            QVERIFY2(process->waitForFinished(120000), "a writer did not finish");
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        const QJsonObject pool =
            fixture.ok(QStringLiteral("DescribeUserPool"), {{"UserPoolId", fixture.poolId}});
        QCOMPARE(pool.value("UserPool").toObject().value("EstimatedNumberOfUsers").toInt(),
                 2 * kWritesPerProcess + 1);
        int events = 0;
        QJsonObject request{
            {"UserPoolId", fixture.poolId}, {"Username", "shared"}, {"MaxResults", 60}};
        for (int page = 0; page < 10; ++page) {
            const QJsonObject response =
                fixture.ok(QStringLiteral("AdminListUserAuthEvents"), request);
            events += response.value("AuthEvents").toArray().size();
            if (!response.contains(QStringLiteral("NextToken"))) {
                break;
            }
            request.insert(QStringLiteral("NextToken"), response.value("NextToken"));
        }
        QCOMPARE(events, 2 * kWritesPerProcess);
    }

    void hundredThousandUsers()
    {
        PoolFixture fixture;
        fixture.makePool();
        constexpr int kUsers = 100'000;
        QList<PoolUser> users;
        users.reserve(kUsers);
        for (int i = 0; i < kUsers; ++i) {
            PoolUser user;
            user.username = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
            user.attributes.insert(QStringLiteral("email"),
                                   user.username + QStringLiteral("@example.com"));
            users.append(user);
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(fixture.engine->importUsers(fixture.poolId, users).ok());
        qInfo("imported %d users in %lld ms", kUsers, timer.restart());
        const QJsonObject first =
            fixture.ok(QStringLiteral("ListUsers"), {{"UserPoolId", fixture.poolId}});
        QCOMPARE(first.value("Users").toArray().size(), 60);
        const QJsonObject prefix =
            fixture.ok(QStringLiteral("ListUsers"),
                       {{"UserPoolId", fixture.poolId}, {"Filter", "email ^= \"user09999\""}});
        QCOMPARE(prefix.value("Users").toArray().size(), 10);
        const QJsonObject one =
            fixture.ok(QStringLiteral("AdminGetUser"),
                       {{"UserPoolId", fixture.poolId}, {"Username", "user054321"}});
        QCOMPARE(str(one, "Username"), QStringLiteral("user054321"));
        QCOMPARE(fixture.ok(QStringLiteral("DescribeUserPool"), {{"UserPoolId", fixture.poolId}})
                     .value("UserPool")
                     .toObject()
                     .value("EstimatedNumberOfUsers")
                     .toInt(),
                 kUsers);
        QVERIFY2(timer.elapsed() < 5000,
                 "queries on 100,000 users should take well under a second each");
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterVariable)) {
        return runWriter();
    }
    TestPoolStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_poolstore.moc"
