// SPDX-License-Identifier: GPL-3.0-or-later
// The local pool engine against an attacker: another user of the computer reading the store,
// requests crafted to be huge or of the wrong type, and guessing passwords and MFA codes across
// as many sign-ins as it takes. Every input is made here; time comes from the fixture's clock.
#include "PoolTestSupport.h"
#include "pool/local/AttemptLimiter.h"

#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777
                                                                      : mode_t(-1);
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// Restores the umask the test found, whatever the test sets.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_old;
};

// An engine on a new store at `path` with one pool in it, so SQLite has written its -wal and
// -shm files; null if either step failed.
std::unique_ptr<local::LocalPoolEngine> engineWithOnePool(const QString& path)
{
    local::LocalPoolOptions options;
    options.path = path;
    options.passwordHashing = {16, 1, 1};
    auto engine = std::make_unique<local::LocalPoolEngine>(options);
    if (!engine->open() ||
        !engine->execute(QStringLiteral("CreateUserPool"), {{"PoolName", "modes"}}).ok()) {
        return nullptr;
    }
    return engine;
}

QJsonObject attribute(const QString& name, const QString& value)
{
    return {{"Name", name}, {"Value", value}};
}

const QString kWrong = QStringLiteral("Wrong-horse-1");

} // namespace

class tst_HostilePool : public QObject
{
    Q_OBJECT

private slots:
    void storeIsOwnerOnlyFromCreation_data();
    void storeIsOwnerOnlyFromCreation();
    void anotherUserCannotReadTheStore();
    void exposedStoreIsReported();

    void limitsOnUsersAndAttributes_data();
    void limitsOnUsersAndAttributes();
    void importIsHeldToTheSameLimits();

    void membersOutOfShape_data();
    void membersOutOfShape();

    void echoedNamesAreShort();
    void passwordLockout();
    void lockoutDoublesUpToFifteenMinutes();
    void quietPeriodClearsTheCount();
    void wrongCodesCountAcrossSessions_data();
    void wrongCodesCountAcrossSessions();
};

void tst_HostilePool::storeIsOwnerOnlyFromCreation_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<bool>("newFolders");
    // 0 is the most a umask can give away; 022 is the usual one, which made the store 0644.
    QTest::newRow("umask 000, folders to create") << 0 << true;
    QTest::newRow("umask 022, folders to create") << 022 << true;
    QTest::newRow("umask 022, folder exists") << 022 << false;
}

void tst_HostilePool::storeIsOwnerOnlyFromCreation()
{
    QFETCH(int, mask);
    QFETCH(bool, newFolders);
    const UmaskGuard umask{mode_t(mask)};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Two folders Tessera must create, or the existing one, then the store.
    const QString folder = newFolders ? dir.filePath(QStringLiteral("data/tessera")) : dir.path();
    const QString path = folder + QStringLiteral("/pools.sqlite");
    const auto engine = engineWithOnePool(path);
    QVERIFY(engine);
    QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the store should be in WAL mode");
    for (const QString& file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QVERIFY2(
            modeOf(file) == 0600,
            qPrintable(QStringLiteral("%1 should be 0600, is %2").arg(file, octal(modeOf(file)))));
    }
    const QStringList madeFolders =
        newFolders ? QStringList{dir.filePath(QStringLiteral("data")), folder} : QStringList{};
    for (const QString& made : madeFolders) {
        QVERIFY2(modeOf(made) == 0700,
                 qPrintable(QStringLiteral("the folder %1 Tessera created should be 0700, is %2")
                                .arg(made, octal(modeOf(made)))));
    }
    QVERIFY2(engine->services().store.exposureWarning().isEmpty(),
             qPrintable(engine->services().store.exposureWarning()));
}

void tst_HostilePool::anotherUserCannotReadTheStore()
{
    if (::geteuid() != 0) {
        QSKIP("needs root to try the store as another user (nobody)");
    }
    const UmaskGuard umask{022};
    QTemporaryDir dir;
    // A folder others may enter, as a home folder often is: only the store's own mode protects it.
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString path = dir.filePath(QStringLiteral("pools.sqlite"));
    QVERIFY(engineWithOnePool(path));
    for (const QString& file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QByteArray name = QFile::encodeName(file);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child becomes nobody for good and reports whether it could open the file.
            constexpr uid_t kNobody = 65534;
            if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) {
                ::_exit(2);
            }
            const int fd = ::open(name.constData(), O_RDONLY);
            ::_exit(fd >= 0 ? 1 : 0);
        }
        int status = 0;
        QVERIFY(::waitpid(child, &status, 0) == child);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) != 2,
                 "the child could not become nobody");
        QVERIFY2(WEXITSTATUS(status) == 0,
                 qPrintable(QStringLiteral("nobody could read %1").arg(file)));
    }
}

void tst_HostilePool::exposedStoreIsReported()
{
    PoolFixture fixture;
    fixture.makePool();
    const QString path = fixture.path();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const QString warning = fixture.engine->services().store.exposureWarning();
    QVERIFY2(warning.contains(QStringLiteral("chmod 600 %1").arg(path)),
             qPrintable(QStringLiteral("the warning should give the command that fixes it: ") +
                        warning));
    QVERIFY2(warning.contains(QStringLiteral("(0644)")),
             qPrintable(QStringLiteral("the warning should show the mode: ") + warning));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QVERIFY2(fixture.engine->services().store.exposureWarning().isEmpty(),
             "a private store brings no warning");
}

void tst_HostilePool::limitsOnUsersAndAttributes_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QJsonArray>("attributes");
    QTest::addColumn<QString>("message"); // empty: accepted
    const QString ok = QStringLiteral("alice");
    const QString prefix = QStringLiteral("1 validation error detected: Value '");
    QTest::newRow("128 characters") << QString(128, QLatin1Char('u')) << QJsonArray{} << QString();
    QTest::newRow("129 characters")
        << QString(129, QLatin1Char('u')) << QJsonArray{}
        << prefix + QString(32, QLatin1Char('u')) +
               QStringLiteral("...' at 'username' failed to satisfy constraint: Member must have "
                              "length less than or equal to 128");
    QTest::newRow("one megabyte")
        << QString(1 << 20, QLatin1Char('u')) << QJsonArray{}
        << prefix + QString(32, QLatin1Char('u')) +
               QStringLiteral("...' at 'username' failed to satisfy constraint: Member must have "
                              "length less than or equal to 128");
    const QString pattern = QStringLiteral(
        "' at 'username' failed to satisfy constraint: Member must satisfy regular expression "
        "pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    QTest::newRow("NUL") << QStringLiteral("al") + QChar(0) + QStringLiteral("ice") << QJsonArray{}
                         << prefix + QStringLiteral("al\\u0000ice") + pattern;
    QTest::newRow("lone surrogate") << QStringLiteral("bob") + QChar(0xD800) << QJsonArray{}
                                    << prefix + QStringLiteral("bob\\ud800") + pattern;
    QTest::newRow("whitespace only")
        << QStringLiteral("   ") << QJsonArray{} << prefix + QStringLiteral("   ") + pattern;
    QTest::newRow("escape sequence") << QStringLiteral("a\x1b[2Jb") << QJsonArray{}
                                     << prefix + QStringLiteral("a\\u001b[2Jb") + pattern;
    QTest::newRow("letters, marks, symbols, digits, punctuation")
        << QStringLiteral("Zoë.ñ+1€_\U0001F600") << QJsonArray{} << QString();
    QTest::newRow("empty")
        << QString() << QJsonArray{}
        << QStringLiteral("1 validation error detected: Value '' at 'username' failed to satisfy "
                          "constraint: Member must have length greater than or equal to 1");
    QTest::newRow("attribute value 2048")
        << ok << QJsonArray{attribute("name", QString(2048, QLatin1Char('v')))} << QString();
    QTest::newRow("attribute value 2049")
        << ok << QJsonArray{attribute("name", QString(2049, QLatin1Char('v')))}
        << prefix + QString(32, QLatin1Char('v')) +
               QStringLiteral("...' at 'userAttributes.1.member.value' failed to satisfy "
                              "constraint: Member must have length less than or equal to 2048");
    QTest::newRow("attribute value 16 MB")
        << ok << QJsonArray{attribute("name", QString(16 << 20, QLatin1Char('v')))}
        << prefix + QString(32, QLatin1Char('v')) +
               QStringLiteral("...' at 'userAttributes.1.member.value' failed to satisfy "
                              "constraint: Member must have length less than or equal to 2048");
    QTest::newRow("empty attribute name")
        << ok << QJsonArray{attribute("email", "a@example.com"), attribute("", "x")}
        << QStringLiteral("1 validation error detected: Value '' at "
                          "'userAttributes.2.member.name' failed to satisfy constraint: Member "
                          "must have length greater than or equal to 1");
    QTest::newRow("custom: counts in the 32")
        << ok << QJsonArray{attribute(QStringLiteral("custom:") + QString(26, 'c'), "x")}
        << prefix + QStringLiteral("custom:") + QString(25, QLatin1Char('c')) +
               QStringLiteral("...' at 'userAttributes.1.member.name' "
                              "failed to satisfy constraint: Member "
                              "must have length less than or equal "
                              "to 32");
    QTest::newRow("attribute name 32")
        << ok << QJsonArray{attribute(QStringLiteral("custom:") + QString(25, 'c'), "x")}
        << QString();
    QTest::newRow("attribute name with a space")
        << ok << QJsonArray{attribute("given name", "x")}
        << prefix +
               QStringLiteral("given name' at 'userAttributes.1.member.name' failed to satisfy "
                              "constraint: Member must satisfy regular expression pattern: "
                              "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    QTest::newRow("attribute without a name")
        << ok << QJsonArray{QJsonObject{{"Value", "x"}}}
        << QStringLiteral("1 validation error detected: Value at 'userAttributes.1.member.name' "
                          "failed to satisfy constraint: Member must not be null");
}

void tst_HostilePool::limitsOnUsersAndAttributes()
{
    QFETCH(QString, username);
    QFETCH(QJsonArray, attributes);
    QFETCH(QString, message);
    PoolFixture fixture;
    fixture.makePool();
    QElapsedTimer timer;
    timer.start();
    const PoolResult created = fixture.engine->execute(QStringLiteral("AdminCreateUser"),
                                                       {{"UserPoolId", fixture.poolId},
                                                        {"Username", username},
                                                        {"MessageAction", "SUPPRESS"},
                                                        {"UserAttributes", attributes}});
    QVERIFY2(timer.elapsed() < 5000, "refusing a large value should take well under 5 s");
    if (message.isEmpty()) {
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.failure().message));
    } else {
        QVERIFY2(!created.ok(), "the user should be refused");
        QCOMPARE(created.failure().type, QStringLiteral("InvalidParameterException"));
        QCOMPARE(created.failure().message, message);
    }
    // Nothing half-made: a refused user is not in the pool.
    const QJsonObject listed =
        fixture.ok(QStringLiteral("ListUsers"), {{"UserPoolId", fixture.poolId}});
    QCOMPARE(listed.value("Users").toArray().size(), message.isEmpty() ? 1 : 0);
    // The same rule holds where a user is looked up or changed, not only where one is made.
    if (!message.isEmpty() && attributes.isEmpty()) {
        const PoolError lookedUp =
            fixture.error(QStringLiteral("AdminGetUser"),
                          {{"UserPoolId", fixture.poolId}, {"Username", username}});
        QCOMPARE(lookedUp.message, message);
    }
    if (!message.isEmpty() && !attributes.isEmpty()) {
        fixture.makeUser(QStringLiteral("carol"), false);
        const PoolError changed = fixture.error(QStringLiteral("AdminUpdateUserAttributes"),
                                                {{"UserPoolId", fixture.poolId},
                                                 {"Username", "carol"},
                                                 {"UserAttributes", attributes}});
        QCOMPARE(changed.message, message);
    }
}

void tst_HostilePool::importIsHeldToTheSameLimits()
{
    PoolFixture fixture;
    fixture.makePool();
    PoolUser good;
    good.username = QStringLiteral("fine");
    PoolUser bad;
    bad.username = QString(200, QLatin1Char('x'));
    const PoolResult imported = fixture.engine->importUsers(fixture.poolId, {good, bad});
    QVERIFY2(!imported.ok(), "a 200-character username should not be imported");
    QVERIFY2(imported.failure().message.contains(QStringLiteral("users.2.member.username")),
             qPrintable(imported.failure().message));
    QVERIFY2(imported.failure().message.size() < 300, "the message quotes a short prefix only");
    PoolUser badAttribute;
    badAttribute.username = QStringLiteral("other");
    badAttribute.attributes.insert(QString(), QStringLiteral("x"));
    QVERIFY(!fixture.engine->importUsers(fixture.poolId, {badAttribute}).ok());
    QCOMPARE(fixture.ok(QStringLiteral("ListUsers"), {{"UserPoolId", fixture.poolId}})
                 .value("Users")
                 .toArray()
                 .size(),
             0);
}

void tst_HostilePool::membersOutOfShape_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("request"); // UserPoolId is added
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    const QString serialization = QStringLiteral("SerializationException");
    QTest::newRow("Limit as a string")
        << "ListUsers" << QJsonObject{{"Limit", "-1"}} << serialization
        << "Value at 'limit' must be an integer, not a string.";
    QTest::newRow("Limit as a fraction")
        << "ListUsers" << QJsonObject{{"Limit", 2.5}} << serialization
        << "Value at 'limit' must be an integer, not a number.";
    QTest::newRow("Filter as a number")
        << "ListUsers" << QJsonObject{{"Filter", 5}} << serialization
        << "Value at 'filter' must be a string, not a number.";
    QTest::newRow("Filter as an object")
        << "ListUsers" << QJsonObject{{"Filter", QJsonObject{{"email", "x"}}}} << serialization
        << "Value at 'filter' must be a string, not an object.";
    QTest::newRow("Filter too long")
        << "ListUsers" << QJsonObject{{"Filter", QString(300, QLatin1Char('f'))}}
        << "InvalidParameterException"
        << "1 validation error detected: Value '" + QString(32, QLatin1Char('f')) +
               "...' at 'filter' failed to satisfy constraint: Member must have length less "
               "than or equal to 256";
    QTest::newRow("MaxResults as true")
        << "AdminListUserAuthEvents" << QJsonObject{{"Username", "alice"}, {"MaxResults", true}}
        << serialization << "Value at 'maxResults' must be an integer, not true or false.";
    QTest::newRow("Username as a number")
        << "AdminGetUser" << QJsonObject{{"Username", 7}} << serialization
        << "Value at 'username' must be a string, not a number.";
    QTest::newRow("UserAttributes as an object")
        << "AdminUpdateUserAttributes"
        << QJsonObject{{"Username", "alice"}, {"UserAttributes", QJsonObject{{"email", "x"}}}}
        << serialization << "Value at 'userAttributes' must be a list, not an object.";
    QTest::newRow("attribute value as a number")
        << "AdminUpdateUserAttributes"
        << QJsonObject{{"Username", "alice"},
                       {"UserAttributes", QJsonArray{QJsonObject{{"Name", "email"}, {"Value", 1}}}}}
        << serialization
        << "Value at 'userAttributes.1.member.value' must be a string, not a number.";
    QTest::newRow("Permanent as a string")
        << "AdminSetUserPassword"
        << QJsonObject{{"Username", "alice"}, {"Password", kPassword}, {"Permanent", "yes"}}
        << serialization << "Value at 'permanent' must be true or false, not a string.";
    QTest::newRow("nested Enabled as a string")
        << "AdminSetUserMFAPreference"
        << QJsonObject{{"Username", "alice"}, {"SMSMfaSettings", QJsonObject{{"Enabled", "false"}}}}
        << serialization
        << "Value at 'sMSMfaSettings.enabled' must be true or false, not a string.";
    QTest::newRow("AuthParameters value as a number")
        << "AdminInitiateAuth"
        << QJsonObject{{"AuthFlow", "ADMIN_USER_PASSWORD_AUTH"},
                       {"AuthParameters", QJsonObject{{"USERNAME", "alice"}, {"PASSWORD", 1}}}}
        << serialization << "Value at 'authParameters.PASSWORD' must be a string, not a number.";
    // Members Cognito sets no limit on get Tessera's own, so none carries megabytes.
    const QString megabyte(1 << 20, QLatin1Char('m'));
    const QString tooLong = "1 validation error detected: Value '" + QString(32, QLatin1Char('m')) +
                            "...' at '%1' failed to satisfy constraint: Member must have length "
                            "less than or equal to 4096";
    QTest::newRow("context data of a megabyte")
        << "AdminInitiateAuth"
        << QJsonObject{{"ContextData", QJsonObject{{"EncodedData", megabyte}}}}
        << "InvalidParameterException" << tooLong.arg("contextData.encodedData");
    QTest::newRow("AuthParameters value of a megabyte")
        << "AdminInitiateAuth"
        << QJsonObject{{"AuthParameters", QJsonObject{{"PASSWORD", megabyte}}}}
        << "InvalidParameterException" << tooLong.arg("authParameters.PASSWORD");
    QTest::newRow("AuthParameters key of a megabyte")
        << "AdminInitiateAuth" << QJsonObject{{"AuthParameters", QJsonObject{{megabyte, 1}}}}
        << serialization
        << "Value at 'authParameters." + QString(32, QLatin1Char('m')) +
               "...' must be a string, not a number.";
}

void tst_HostilePool::membersOutOfShape()
{
    QFETCH(QString, operation);
    QFETCH(QJsonObject, request);
    QFETCH(QString, type);
    QFETCH(QString, message);
    PoolFixture fixture;
    fixture.makePool();
    fixture.makeUser(QStringLiteral("alice"), false);
    request.insert(QStringLiteral("UserPoolId"), fixture.poolId);
    const PoolError error = fixture.error(operation, request);
    QCOMPARE(error.type, type);
    QCOMPARE(error.message, message);
}

// Names a message repeats back (an operation, an auth flow) are quoted short as values are.
void tst_HostilePool::echoedNamesAreShort()
{
    PoolFixture fixture;
    fixture.makePool();
    const QString longName(4000, QLatin1Char('n'));
    const PoolError unsupported = fixture.error(longName, {});
    QCOMPARE(unsupported.message, QString(32, QLatin1Char('n')) +
                                      QStringLiteral("... is not supported by this backend."));
    const PoolError flow = fixture.error(QStringLiteral("InitiateAuth"),
                                         {{"ClientId", fixture.clientId}, {"AuthFlow", longName}});
    QVERIFY2(flow.message.startsWith(QString(32, QLatin1Char('n')) + QStringLiteral("... is not")),
             qPrintable(flow.message.left(200)));
}

void tst_HostilePool::passwordLockout()
{
    PoolFixture fixture;
    fixture.makePool();
    fixture.makeUser(QStringLiteral("alice"), false);
    const qint64 start = fixture.now;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        QCOMPARE(str(fixture.signIn(QStringLiteral("alice"), kWrong), "message"),
                 QStringLiteral("Incorrect username or password."));
    }
    // The fifth failure locks the user out for 1 s: the right password is not even checked.
    const QJsonObject locked = fixture.signIn(QStringLiteral("alice"));
    QCOMPARE(str(locked, "__type"), QStringLiteral("NotAuthorizedException"));
    QCOMPARE(str(locked, "message"), QStringLiteral("Password attempts exceeded"));
    // Attempts during the lockout neither count nor lengthen it.
    for (int attempt = 0; attempt < 7; ++attempt) {
        QCOMPARE(str(fixture.signIn(QStringLiteral("alice"), kWrong), "message"),
                 QStringLiteral("Password attempts exceeded"));
    }
    fixture.now = start + 1;
    const QJsonObject signedIn = fixture.signIn(QStringLiteral("alice"));
    QVERIFY2(signedIn.contains(QStringLiteral("AuthenticationResult")),
             qPrintable(QJsonDocument(signedIn).toJson(QJsonDocument::Compact)));
    // A success clears the count: five more failures before the next lockout.
    for (int attempt = 1; attempt <= 4; ++attempt) {
        QCOMPARE(str(fixture.signIn(QStringLiteral("alice"), kWrong), "message"),
                 QStringLiteral("Incorrect username or password."));
    }
    QVERIFY(
        fixture.signIn(QStringLiteral("alice")).contains(QStringLiteral("AuthenticationResult")));
    // Another user is not locked out by alice's attacker.
    fixture.makeUser(QStringLiteral("bob"), false);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        fixture.signIn(QStringLiteral("alice"), kWrong);
    }
    QVERIFY(fixture.signIn(QStringLiteral("bob")).contains(QStringLiteral("AuthenticationResult")));
}

void tst_HostilePool::lockoutDoublesUpToFifteenMinutes()
{
    QCOMPARE(local::AttemptLimiter::lockoutAfter(4), qint64(0));
    PoolFixture fixture;
    fixture.makePool();
    fixture.makeUser(QStringLiteral("alice"), false);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        fixture.signIn(QStringLiteral("alice"), kWrong);
    }
    // Each failure after a lockout ends starts one twice as long: 1, 2, 4 ... 512, then 900 s.
    qint64 expected = 1;
    for (int failure = 6; failure <= 20; ++failure) {
        const qint64 lockedAt = fixture.now;
        fixture.now = lockedAt + expected - 1;
        QCOMPARE(str(fixture.signIn(QStringLiteral("alice")), "message"),
                 QStringLiteral("Password attempts exceeded"));
        fixture.now = lockedAt + expected;
        QCOMPARE(str(fixture.signIn(QStringLiteral("alice"), kWrong), "message"),
                 QStringLiteral("Incorrect username or password."));
        expected = std::min<qint64>(expected * 2, 15 * 60);
        QCOMPARE(local::AttemptLimiter::lockoutAfter(failure), expected);
    }
    QCOMPARE(expected, qint64(15 * 60));
}

void tst_HostilePool::quietPeriodClearsTheCount()
{
    PoolFixture fixture;
    fixture.makePool();
    fixture.makeUser(QStringLiteral("alice"), false);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        fixture.signIn(QStringLiteral("alice"), kWrong);
    }
    fixture.now += 15 * 60;
    // Four old failures are forgotten: four new ones still leave the user free.
    for (int attempt = 1; attempt <= 4; ++attempt) {
        QCOMPARE(str(fixture.signIn(QStringLiteral("alice"), kWrong), "message"),
                 QStringLiteral("Incorrect username or password."));
    }
    QVERIFY(
        fixture.signIn(QStringLiteral("alice")).contains(QStringLiteral("AuthenticationResult")));
}

void tst_HostilePool::wrongCodesCountAcrossSessions_data()
{
    // How the code is given: in answer to a sign-in's factor challenge (its setting name), to
    // MFA_SETUP's VerifySoftwareToken with the session, or to VerifySoftwareToken by a user
    // already signed in.
    QTest::addColumn<QString>("path");
    QTest::newRow("RespondToAuthChallenge SOFTWARE_TOKEN_MFA") << "SoftwareTokenMfaSettings";
    QTest::newRow("RespondToAuthChallenge SMS_MFA") << "SMSMfaSettings";
    QTest::newRow("RespondToAuthChallenge EMAIL_OTP") << "EmailMfaSettings";
    QTest::newRow("VerifySoftwareToken in MFA_SETUP") << "setup";
    QTest::newRow("VerifySoftwareToken with an access token") << "signed in";
}

void tst_HostilePool::wrongCodesCountAcrossSessions()
{
    QFETCH(QString, path);
    const bool setup = path == QLatin1String("setup");
    const bool signedIn = path == QLatin1String("signed in");
    PoolFixture fixture;
    fixture.makePool(setup ? QStringLiteral("ON") : QStringLiteral("OPTIONAL"));
    fixture.makeUser(QStringLiteral("alice"), !setup);
    QString accessToken;
    if (signedIn) {
        accessToken = fixture.signIn(QStringLiteral("alice"))
                          .value("AuthenticationResult")
                          .toObject()
                          .value("AccessToken")
                          .toString();
        QVERIFY(!accessToken.isEmpty());
    } else if (!setup) {
        fixture.ok(QStringLiteral("AdminSetUserMFAPreference"),
                   {{"UserPoolId", fixture.poolId},
                    {"Username", "alice"},
                    {path, QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
    }
    // Six digits that are not `right`.
    const auto wrongFor = [](const QString& right) {
        return right == QLatin1String("000000") ? QStringLiteral("111111")
                                                : QStringLiteral("000000");
    };
    // One code, right or wrong, through a sign-in of its own each time (so no session's own
    // limit is reached), or the signed-in user's check.
    const auto answer = [&](bool right) -> QJsonObject {
        if (signedIn) {
            const QString code = fixture.totpCode(fixture.now);
            const PoolResult result = fixture.engine->execute(
                QStringLiteral("VerifySoftwareToken"),
                {{"AccessToken", accessToken}, {"UserCode", right ? code : wrongFor(code)}});
            return result ? *result : result.failure().toJson();
        }
        const QJsonObject step = fixture.signIn(QStringLiteral("alice"));
        const QString name = str(step, "ChallengeName");
        if (setup) {
            if (name != QLatin1String("MFA_SETUP")) {
                return step;
            }
            const QJsonObject associated = fixture.ok(QStringLiteral("AssociateSoftwareToken"),
                                                      {{"Session", step.value("Session")}});
            const QString code =
                otp::hotp(*otp::base32::decode(str(associated, "SecretCode")),
                          crypto::HashAlgorithm::Sha1, quint64(fixture.now / 30), 6);
            const PoolResult result =
                fixture.engine->execute(QStringLiteral("VerifySoftwareToken"),
                                        {{"Session", associated.value("Session")},
                                         {"UserCode", right ? code : wrongFor(code)}});
            return result ? *result : result.failure().toJson();
        }
        if (name == QLatin1String("SOFTWARE_TOKEN_MFA")) {
            const QString code = fixture.totpCode(fixture.now);
            return fixture.respond(step, QStringLiteral("alice"),
                                   {{"SOFTWARE_TOKEN_MFA_CODE", right ? code : wrongFor(code)}});
        }
        const QString code = fixture.lastOutboxCode();
        const QString key = name == QLatin1String("SMS_MFA") ? QStringLiteral("SMS_MFA_CODE")
                                                             : QStringLiteral("EMAIL_OTP_CODE");
        return fixture.respond(step, QStringLiteral("alice"),
                               {{key, right ? code : wrongFor(code)}});
    };
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const QJsonObject wrong = answer(false);
        const QString type = str(wrong, "__type");
        QVERIFY2(type == QLatin1String("CodeMismatchException") ||
                     type == QLatin1String("EnableSoftwareTokenMFAException"),
                 qPrintable(QJsonDocument(wrong).toJson(QJsonDocument::Compact)));
    }
    // The right code is now refused unchecked: a new sign-in bought no new guesses.
    const QJsonObject refused = answer(true);
    QCOMPARE(str(refused, "__type"), QStringLiteral("TooManyFailedAttemptsException"));
    QCOMPARE(str(refused, "message"),
             QStringLiteral("Too many wrong codes for this user; no code is checked for the "
                            "next 1 s."));
    fixture.now += 1;
    const QJsonObject accepted = answer(true);
    QVERIFY2(accepted.contains(QStringLiteral("AuthenticationResult")) ||
                 str(accepted, "Status") == QLatin1String("SUCCESS"),
             qPrintable(QJsonDocument(accepted).toJson(QJsonDocument::Compact)));
    // A right code clears the count of wrong ones.
    const auto failures = fixture.engine->services().store.loadFailures(
        fixture.poolId, QStringLiteral("alice"), local::AttemptKind::Code);
    QVERIFY(failures.ok());
    QCOMPARE(failures->failures, 0);
}

QTEST_GUILESS_MAIN(tst_HostilePool)
#include "tst_hostile_pool.moc"
