// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "CognitoLocalPeer.h"
#include "ServeProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

const QString kKeyId = QStringLiteral("AKIDTESSERATEST");
const QByteArray kSecret = "tessera-serve-test-secret";
const QString kPassword = QStringLiteral("Correct-horse-1");

QStringList usernames(const QJsonObject& listing)
{
    QStringList names;
    for (const QJsonValue& user : listing.value(QStringLiteral("Users")).toArray()) {
        names << user.toObject().value(QStringLiteral("Username")).toString();
    }
    return names;
}

} // namespace

// `tessera-cli pool serve` driven by the AWS CLI (Debian's awscli, its own code end to end): a
// pool with MFA ON and TOTP, a client, users, admin-initiate-auth reaching MFA_SETUP, list-users
// paged by the server and by the CLI's paginator, signatures refused as AWS refuses them, and
// the store shared with tessera-cli while the server runs.
class TestServeAwsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServeProcess m_server;
    QString m_aws;
    QString m_poolId;
    QString m_clientId;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment(const QString& keyId = kKeyId,
                                    const QByteArray& secret = kSecret) const
    {
        return awsTestEnvironment(path(QStringLiteral("home")), keyId, QString::fromLatin1(secret));
    }

    CliRun aws(const QStringList& arguments, const QProcessEnvironment& env)
    {
        return runCli(m_aws,
                      QStringList{QStringLiteral("--endpoint-url"), m_server.url(),
                                  QStringLiteral("--output"), QStringLiteral("json"),
                                  QStringLiteral("cognito-idp")} +
                          arguments,
                      env);
    }
    CliRun aws(const QStringList& arguments) { return aws(arguments, environment()); }

    // A request body in a file, so that passwords stay off the command line.
    QString inputFile(const QString& name, const QJsonObject& body)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(QJsonDocument(body).toJson());
        return QStringLiteral("file://") + file.fileName();
    }

    void createUser(const QString& username)
    {
        const CliRun created =
            aws({QStringLiteral("admin-create-user"), QStringLiteral("--user-pool-id"), m_poolId,
                 QStringLiteral("--username"), username, QStringLiteral("--message-action"),
                 QStringLiteral("SUPPRESS"), QStringLiteral("--user-attributes"),
                 QStringLiteral("Name=email,Value=%1@example.com").arg(username)});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QCOMPARE(created.json()["User"].toObject()["Username"].toString(), username);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_aws = QFile::exists(QStringLiteral("/usr/bin/aws"))
                    ? QStringLiteral("/usr/bin/aws")
                    : QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (m_aws.isEmpty()) {
            PEER_SKIP_OR_FAIL(QStringLiteral("the AWS CLI is not installed (Debian: awscli)"));
        }
        QFile secret(path(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret + '\n');
        secret.close();
        const QString why =
            m_server.start(QStringLiteral(TESSERA_CLI), path(QStringLiteral("pools.sqlite")),
                           {QStringLiteral("--access-key"), kKeyId,
                            QStringLiteral("--secret-key-file"), secret.fileName()});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY2(m_server.url().startsWith(QLatin1String("http://127.0.0.1:")),
                 "pool serve listens on loopback unless told otherwise");
    }

    void createPool()
    {
        const CliRun created = aws({QStringLiteral("create-user-pool"),
                                    QStringLiteral("--pool-name"), QStringLiteral("served")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        m_poolId = created.json()["UserPool"].toObject()["Id"].toString();
        QVERIFY2(m_poolId.startsWith(QLatin1String("us-east-1_")),
                 "pool ids start with the served region");
    }

    void setMfaOnWithTotp()
    {
        const CliRun set = aws(
            {QStringLiteral("set-user-pool-mfa-config"), QStringLiteral("--user-pool-id"), m_poolId,
             QStringLiteral("--mfa-configuration"), QStringLiteral("ON"),
             QStringLiteral("--software-token-mfa-configuration"), QStringLiteral("Enabled=true")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        const CliRun read = aws({QStringLiteral("get-user-pool-mfa-config"),
                                 QStringLiteral("--user-pool-id"), m_poolId});
        QCOMPARE(read.json()["MfaConfiguration"].toString(), QStringLiteral("ON"));
        QCOMPARE(read.json()["SoftwareTokenMfaConfiguration"].toObject()["Enabled"].toBool(), true);
    }

    void createClientAndUser()
    {
        const CliRun client =
            aws({QStringLiteral("create-user-pool-client"), QStringLiteral("--user-pool-id"),
                 m_poolId, QStringLiteral("--client-name"), QStringLiteral("cli"),
                 QStringLiteral("--explicit-auth-flows"),
                 QStringLiteral("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
                 QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")});
        QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
        m_clientId = client.json()["UserPoolClient"].toObject()["ClientId"].toString();
        QVERIFY(!m_clientId.isEmpty());
        createUser(QStringLiteral("tina"));
        const CliRun password =
            aws({QStringLiteral("admin-set-user-password"), QStringLiteral("--cli-input-json"),
                 inputFile(QStringLiteral("password.json"),
                           {{QStringLiteral("UserPoolId"), m_poolId},
                            {QStringLiteral("Username"), QStringLiteral("tina")},
                            {QStringLiteral("Password"), kPassword},
                            {QStringLiteral("Permanent"), true}})});
        QVERIFY2(password.exitCode == 0, qPrintable(password.describe()));
    }

    void adminInitiateAuthAsksForMfaSetup()
    {
        const CliRun auth = aws(
            {QStringLiteral("admin-initiate-auth"), QStringLiteral("--cli-input-json"),
             inputFile(QStringLiteral("auth.json"),
                       {{QStringLiteral("UserPoolId"), m_poolId},
                        {QStringLiteral("ClientId"), m_clientId},
                        {QStringLiteral("AuthFlow"), QStringLiteral("ADMIN_USER_PASSWORD_AUTH")},
                        {QStringLiteral("AuthParameters"),
                         QJsonObject{{QStringLiteral("USERNAME"), QStringLiteral("tina")},
                                     {QStringLiteral("PASSWORD"), kPassword}}}})});
        QVERIFY2(auth.exitCode == 0, qPrintable(auth.describe()));
        QCOMPARE(auth.json()["ChallengeName"].toString(), QStringLiteral("MFA_SETUP"));
        QVERIFY(!auth.json()["Session"].toString().isEmpty());

        const CliRun wrong = aws(
            {QStringLiteral("admin-initiate-auth"), QStringLiteral("--cli-input-json"),
             inputFile(QStringLiteral("wrong.json"),
                       {{QStringLiteral("UserPoolId"), m_poolId},
                        {QStringLiteral("ClientId"), m_clientId},
                        {QStringLiteral("AuthFlow"), QStringLiteral("ADMIN_USER_PASSWORD_AUTH")},
                        {QStringLiteral("AuthParameters"),
                         QJsonObject{{QStringLiteral("USERNAME"), QStringLiteral("tina")},
                                     {QStringLiteral("PASSWORD"), QStringLiteral("Wrong-1a")}}}})});
        QCOMPARE(wrong.exitCode, 254);
        QVERIFY2(wrong.err.contains("(NotAuthorizedException)"), qPrintable(wrong.describe()));
    }

    void listUsersPaged()
    {
        for (const char* name : {"ana", "bo", "cy", "di"}) {
            createUser(QString::fromLatin1(name));
        }
        const QSet<QString> everyone{QStringLiteral("ana"), QStringLiteral("bo"),
                                     QStringLiteral("cy"), QStringLiteral("di"),
                                     QStringLiteral("tina")};
        // One ListUsers call with Limit 2: the server pages.
        const CliRun first =
            aws({QStringLiteral("list-users"), QStringLiteral("--user-pool-id"), m_poolId,
                 QStringLiteral("--no-paginate"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(usernames(first.json()).size(), 2);
        const QString token = first.json()["PaginationToken"].toString();
        QVERIFY2(!token.isEmpty(), "a page that is not the last names the next");
        const CliRun second =
            aws({QStringLiteral("list-users"), QStringLiteral("--user-pool-id"), m_poolId,
                 QStringLiteral("--no-paginate"), QStringLiteral("--limit"), QStringLiteral("2"),
                 QStringLiteral("--pagination-token"), token});
        QCOMPARE(usernames(second.json()).size(), 2);
        const QStringList firstPage = usernames(first.json());
        const QStringList secondPage = usernames(second.json());
        QVERIFY2(!QSet<QString>(firstPage.begin(), firstPage.end())
                      .intersects(QSet<QString>(secondPage.begin(), secondPage.end())),
                 "the second page goes on from the first");

        // The CLI's own paginator, two at a time, collects everyone once.
        const CliRun all = aws({QStringLiteral("list-users"), QStringLiteral("--user-pool-id"),
                                m_poolId, QStringLiteral("--page-size"), QStringLiteral("2")});
        const QStringList names = usernames(all.json());
        QCOMPARE(names.size(), 5);
        QCOMPARE(QSet<QString>(names.begin(), names.end()), everyone);
        // --max-items stops early and resumes with --starting-token.
        const CliRun head = aws({QStringLiteral("list-users"), QStringLiteral("--user-pool-id"),
                                 m_poolId, QStringLiteral("--page-size"), QStringLiteral("2"),
                                 QStringLiteral("--max-items"), QStringLiteral("3")});
        QCOMPARE(usernames(head.json()).size(), 3);
        const CliRun rest =
            aws({QStringLiteral("list-users"), QStringLiteral("--user-pool-id"), m_poolId,
                 QStringLiteral("--page-size"), QStringLiteral("2"),
                 QStringLiteral("--starting-token"), head.json()["NextToken"].toString()});
        QCOMPARE(usernames(head.json()) + usernames(rest.json()), names);
    }

    void signaturesRefusedAsAwsRefusesThem_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("sign");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("wrong secret") << kKeyId << QByteArray("not-the-secret") << true
                                      << QByteArray("(InvalidSignatureException)");
        QTest::newRow("unknown key") << QStringLiteral("AKIDSOMEONEELSE") << kSecret << true
                                     << QByteArray("(UnrecognizedClientException)");
        QTest::newRow("unsigned") << kKeyId << kSecret << false
                                  << QByteArray("(MissingAuthenticationTokenException)");
    }
    void signaturesRefusedAsAwsRefusesThem()
    {
        QFETCH(QString, keyId);
        QFETCH(QByteArray, secret);
        QFETCH(bool, sign);
        QFETCH(QByteArray, error);
        QStringList arguments{QStringLiteral("list-users"), QStringLiteral("--user-pool-id"),
                              m_poolId};
        if (!sign) {
            arguments.prepend(QStringLiteral("--no-sign-request"));
        }
        const CliRun refused = aws(arguments, environment(keyId, secret));
        QCOMPARE(refused.exitCode, 254);
        QVERIFY2(refused.err.contains(error), qPrintable(refused.describe()));
    }

    void storeSharedWithTesseraCli()
    {
        const QStringList store{QStringLiteral("pool"), QStringLiteral("--store"),
                                path(QStringLiteral("pools.sqlite"))};
        const CliRun listed = runCli(
            QStringLiteral(TESSERA_CLI),
            store + QStringList{QStringLiteral("ListUsers"), QStringLiteral("--cli-input-json"),
                                QStringLiteral("{\"UserPoolId\": \"%1\"}").arg(m_poolId)});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QCOMPARE(usernames(listed.json()).size(), 5);
        const CliRun deleted = runCli(
            QStringLiteral(TESSERA_CLI),
            store + QStringList{QStringLiteral("AdminDeleteUser"),
                                QStringLiteral("--cli-input-json"),
                                QStringLiteral("{\"UserPoolId\": \"%1\", \"Username\": \"di\"}")
                                    .arg(m_poolId)});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        const CliRun served =
            aws({QStringLiteral("admin-get-user"), QStringLiteral("--user-pool-id"), m_poolId,
                 QStringLiteral("--username"), QStringLiteral("di")});
        QCOMPARE(served.exitCode, 254);
        QVERIFY2(served.err.contains("(UserNotFoundException)"), qPrintable(served.describe()));
    }

    void stopsCleanly()
    {
        QByteArray err;
        QCOMPARE(m_server.stop(&err), 0);
        QVERIFY2(err.contains("stopped"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServeAwsCli)
#include "tst_serve_awscli.moc"
