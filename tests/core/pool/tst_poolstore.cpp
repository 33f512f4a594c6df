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
    if (auto done = engine.open(); !done) {
        err << "open: " << done.failure().message << Qt::endl;
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
            err << "AdminCreateUser: " << created.failure().message << Qt::endl;
            return 1;
        }
        const PoolResult failed =
            engine.execute(QStringLiteral("InitiateAuth"),
                           {{"ClientId", clientId},
                            {"AuthFlow", "USER_PASSWORD_AUTH"},
                            {"AuthParameters",
                             QJsonObject{{"USERNAME", "shared"}, {"PASSWORD", "Wrong-pass-1"}}}});
        if (failed.ok() || failed.failure().type != QLatin1String("NotAuthorizedException")) {
            err << "InitiateAuth: "
                << (failed.ok() ? QStringLiteral("succeeded") : failed.failure().message)
                << Qt::endl;
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

// The answer to a one-number query (such as count(*)) on the store at `path`; -1 on error.
qint64 numberFromFile(const QString& path, const QString& sql, const QVariantList& values = {})
{
    const QString name = QStringLiteral("tst_poolstore-raw");
    qint64 number = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant& value : values) {
                query.addBindValue(value);
            }
            if (query.exec() && query.next()) {
                number = query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return number;
}

// Every table of the store at `path` with a pool_id column.
QStringList tablesWithPoolId(const QString& path)
{
    const QString name = QStringLiteral("tst_poolstore-raw");
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT m.name FROM sqlite_master m, "
                                      "pragma_table_info(m.name) c WHERE m.type = 'table' AND "
                                      "c.name = 'pool_id' ORDER BY m.name"));
            while (query.next()) {
                tables.append(query.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

// One row in every table for the user `username` of the pool `poolId`, written through the
// store's typed methods.
void fillEveryTable(local::PoolStore& store, const QString& poolId, const QString& username)
{
    UserPool pool;
    pool.id = poolId;
    pool.name = poolId;
    QVERIFY(store.createPool(pool, MfaConfig{}));
    UserPoolClient client;
    client.clientId = poolId + QStringLiteral("-client");
    client.userPoolId = poolId;
    QVERIFY(store.createClient(poolId, client));
    local::UserRecord user;
    user.user.username = username;
    user.user.attributes.insert(QStringLiteral("sub"), poolId + username);
    QVERIFY(store.saveUser(poolId, user));
    QVERIFY(store.createSession({poolId + username + QStringLiteral("-session"), poolId,
                                 client.clientId, username, QStringLiteral("SOFTWARE_TOKEN_MFA"),
                                 2000000000, 0, QJsonObject{}}));
    QVERIFY(
        store.appendOutbox({poolId, username, QStringLiteral("EMAIL"),
                            QStringLiteral("a@example.com"), QStringLiteral("code"), 1700000000}));
    AuthEvent event;
    event.eventId = poolId + username + QStringLiteral("-event");
    event.eventResponse = QStringLiteral("Pass");
    QVERIFY(store.saveAuthEvent(poolId, username, event));
    QVERIFY(store.addDevice(poolId, username,
                            {poolId + username + QStringLiteral("-device"),
                             QStringLiteral("phone"),
                             1700000000,
                             1700000000,
                             0,
                             QStringLiteral("192.0.2.1"),
                             {},
                             {},
                             {}}));
    RiskConfig risk;
    risk.userPoolId = poolId;
    QVERIFY(store.saveRiskConfig(poolId, QString(), risk));
    QVERIFY(store.saveRefreshToken({poolId + username + QStringLiteral("-token"), poolId,
                                    client.clientId, username, QString(), 2000000000}));
    QVERIFY(store.saveFailures(poolId, username, local::AttemptKind::Password, {1, 1700000000, 0}));
    local::WebAuthnCredentialRecord passkey;
    passkey.poolId = poolId;
    passkey.username = username;
    passkey.credentialId = poolId + username + QStringLiteral("-passkey");
    passkey.publicKey = QByteArrayLiteral("cose");
    QVERIFY(store.addWebAuthnCredential(passkey));
    QVERIFY(store.saveWebAuthnChallenge({poolId + username + QStringLiteral("-challenge"), poolId,
                                         username, QStringLiteral("registration"), 2000000000}));
}

} // namespace

// The store itself: migration from the first schema, what its typed methods delete and read
// back, two processes writing at once, and a pool of 100,000 users.
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
        QVERIFY(engine.open());
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

    // DeleteUserPool leaves nothing of the pool in any table, and nothing of another pool goes.
    void deleteUserPoolRemovesOnlyThatPoolsRows()
    {
        PoolFixture fixture;
        local::PoolStore& store = fixture.engine->services().store;
        const QString gone = QStringLiteral("local-1_Gone00001");
        const QString kept = QStringLiteral("local-1_Kept00001");
        fillEveryTable(store, gone, QStringLiteral("alice"));
        fillEveryTable(store, kept, QStringLiteral("alice"));
        QVERIFY(store.deleteUserPool(gone));

        QVERIFY2(numberFromFile(fixture.path(),
                                QStringLiteral("SELECT count(*) FROM pools WHERE id = ?"),
                                {gone}) == 0,
                 "the pool's own row is deleted");
        QVERIFY2(numberFromFile(fixture.path(),
                                QStringLiteral("SELECT count(*) FROM pools WHERE id = ?"),
                                {kept}) == 1,
                 "another pool's row stays");
        const QStringList tables = tablesWithPoolId(fixture.path());
        QVERIFY2(tables.size() >= 9, qPrintable(tables.join(QLatin1Char(' '))));
        for (const QString& table : tables) {
            const QString sql =
                QStringLiteral("SELECT count(*) FROM %1 WHERE pool_id = ?").arg(table);
            QVERIFY2(numberFromFile(fixture.path(), sql, {kept}) == 1,
                     qPrintable(table + QStringLiteral(": the test should fill it, and another "
                                                       "pool's row must stay")));
            QVERIFY2(numberFromFile(fixture.path(), sql, {gone}) == 0,
                     qPrintable(table + QStringLiteral(": the deleted pool's rows must go")));
        }
    }

    // Deleting a user removes what is kept for them, and nothing of another user or pool.
    void deleteUserRemovesOnlyThatUsersRows()
    {
        PoolFixture fixture;
        local::PoolStore& store = fixture.engine->services().store;
        const QString poolId = QStringLiteral("local-1_Users0001");
        const QString other = QStringLiteral("local-1_Other0001");
        fillEveryTable(store, poolId, QStringLiteral("alice"));
        fillEveryTable(store, other, QStringLiteral("alice"));
        local::UserRecord bob;
        bob.user.username = QStringLiteral("bob");
        QVERIFY(store.saveUser(poolId, bob));
        QVERIFY(store.saveFailures(poolId, QStringLiteral("bob"), local::AttemptKind::Code,
                                   {1, 1700000000, 0}));
        QVERIFY(store.deleteUser(poolId, QStringLiteral("alice")));

        for (const char* table :
             {"users", "sessions", "devices", "refresh_tokens", "sign_in_failures",
              "webauthn_credentials", "webauthn_challenges"}) {
            const QString sql =
                QStringLiteral("SELECT count(*) FROM %1 WHERE pool_id = ? AND username = ?")
                    .arg(QLatin1String(table));
            QVERIFY2(numberFromFile(fixture.path(), sql, {poolId, QStringLiteral("alice")}) == 0,
                     qPrintable(QLatin1String(table) +
                                QStringLiteral(": the deleted user's rows must go")));
            QVERIFY2(numberFromFile(fixture.path(), sql, {other, QStringLiteral("alice")}) == 1,
                     "the same username in another pool is untouched");
        }
        QVERIFY2(store.loadUser(poolId, QStringLiteral("bob")).ok(), "another user stays");
        QCOMPARE(
            store.loadFailures(poolId, QStringLiteral("bob"), local::AttemptKind::Code)->failures,
            1);
        QVERIFY2(
            numberFromFile(fixture.path(),
                           QStringLiteral("SELECT count(*) FROM auth_events WHERE pool_id = ?"),
                           {poolId}) == 1,
            "auth events outlive the user, as AdminListUserAuthEvents history");
    }

    // What the sign-in flow reads back is what it wrote; an unknown key finds nothing.
    void sessionsDevicesAndTokensRoundTrip()
    {
        PoolFixture fixture;
        local::PoolStore& store = fixture.engine->services().store;
        const QString poolId = QStringLiteral("local-1_Round0001");
        fillEveryTable(store, poolId, QStringLiteral("alice"));

        const auto session = store.loadSession(poolId + QStringLiteral("alice-session"));
        QVERIFY(session.ok() && session->has_value());
        QCOMPARE((*session)->username, QStringLiteral("alice"));
        QCOMPARE((*session)->expires, qint64(2000000000));
        QVERIFY(store.countSessionAttempt((*session)->id));
        QCOMPARE((*store.loadSession((*session)->id))->attempts, 1);
        QVERIFY(store.deleteSession((*session)->id));
        QVERIFY2(!store.loadSession((*session)->id)->has_value(), "a deleted session is gone");

        const QString deviceKey = poolId + QStringLiteral("alice-device");
        QVERIFY(store.touchDevice(deviceKey, 1800000000, QStringLiteral("192.0.2.9")));
        const auto device = store.loadDevice(deviceKey, poolId, QStringLiteral("alice"));
        QVERIFY(device.ok() && device->has_value());
        QCOMPARE((*device)->lastSeen, qint64(1800000000));
        QCOMPARE((*device)->lastIp, QStringLiteral("192.0.2.9"));
        QCOMPARE((*device)->created, qint64(1700000000));
        QVERIFY2(!store.loadDevice(deviceKey, poolId, QStringLiteral("bob"))->has_value(),
                 "a device belongs to its user only");

        const auto token = store.loadRefreshToken(poolId + QStringLiteral("alice-token"),
                                                  poolId + QStringLiteral("-client"));
        QVERIFY(token.ok() && token->has_value());
        QCOMPARE((*token)->username, QStringLiteral("alice"));
        QVERIFY2(!store
                      .loadRefreshToken(poolId + QStringLiteral("alice-token"),
                                        QStringLiteral("another-client"))
                      ->has_value(),
                 "a refresh token is good only for the client it was issued to");
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
        const auto opened = second.open();
        QVERIFY2(!opened, "a store from a newer Tessera must not be touched");
        QVERIFY(opened.failure().message.contains(QStringLiteral("schema version 99")));
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

    // The enrolment count reads the factor columns (schema 7) that saveUsers keeps beside the
    // mfa JSON, and a schema 6 store gets them from its JSON when it is migrated.
    void enrolmentColumnsFollowTheJson()
    {
        PoolFixture fixture;
        fixture.makePool();
        local::PoolStore& store = fixture.engine->services().store;
        QList<local::UserRecord> records;
        EnrolmentSummary expected;
        for (int i = 0; i < 40; ++i) {
            local::UserRecord record;
            record.user.username = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
            record.smsEnabled = i % 2 == 1;
            record.softwareTokenEnabled = i % 3 == 1;
            record.emailEnabled = i % 5 == 0;
            record.preferred = record.softwareTokenEnabled
                                   ? QString::fromLatin1(factors::kSoftwareToken)
                               : record.smsEnabled ? QString::fromLatin1(factors::kSms)
                                                   : QString();
            expected.add(UserFactors::fromSettingList(
                factors::named(record.smsEnabled, record.softwareTokenEnabled, record.emailEnabled),
                record.preferred));
            records << record;
        }
        QVERIFY(store.saveUsers(fixture.poolId, records));
        const auto compare = [&expected](const EnrolmentSummary& counted) {
            QCOMPARE(counted.counted, qint64(40));
            QCOMPARE(counted.withoutFactor, expected.withoutFactor);
            QCOMPARE(counted.withSms, expected.withSms);
            QCOMPARE(counted.withSoftwareToken, expected.withSoftwareToken);
            QCOMPARE(counted.withEmail, expected.withEmail);
            QCOMPARE(counted.preferSms, expected.preferSms);
            QCOMPARE(counted.preferSoftwareToken, expected.preferSoftwareToken);
            QCOMPARE(counted.onlyEmail, expected.onlyEmail);
        };
        const auto counted = store.enrolment(fixture.poolId);
        QVERIFY(counted);
        compare(*counted);
        QVERIFY2(expected.withoutFactor > 0 && expected.onlyEmail > 0, "every kind is covered");

        // Back to schema 6: the columns gone, only the JSON left.
        const QString path = fixture.path();
        fixture.engine.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char* sql :
                 {"DROP INDEX users_enrolment", "ALTER TABLE users DROP COLUMN mfa_factors",
                  "ALTER TABLE users DROP COLUMN mfa_preferred",
                  "UPDATE schema_version SET version = 6"}) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        local::LocalPoolOptions options;
        options.path = path;
        local::LocalPoolEngine migrated(options);
        QVERIFY(migrated.open());
        QCOMPARE(migrated.services().store.storedVersion(), 7);
        const auto recounted = migrated.services().store.enrolment(fixture.poolId);
        QVERIFY(recounted);
        compare(*recounted);
        QCOMPARE(numberFromFile(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "name = 'users_enrolment'")),
                 qint64(1));
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
