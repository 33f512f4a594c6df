// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoLocalPeer.h"

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QLatin1String typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QLatin1String("null");
    case QJsonValue::Bool:
        return QLatin1String("bool");
    case QJsonValue::Double:
        return QLatin1String("number");
    case QJsonValue::String:
        return QLatin1String("string");
    case QJsonValue::Array:
        return QLatin1String("array");
    case QJsonValue::Object:
        return QLatin1String("object");
    case QJsonValue::Undefined:
        break;
    }
    return QLatin1String("undefined");
}

// The member names of a printed object with the JSON type of each value, e.g. "UserPool:object":
// what a script reading the output relies on.
QStringList shape(const QJsonObject& object)
{
    QStringList members;
    for (auto it = object.begin(); it != object.end(); ++it) {
        members.append(it.key() + QLatin1Char(':') + typeName(it.value()));
    }
    members.sort();
    return members;
}

const QString kUser = QStringLiteral("tina@example.com");
const QString kPassword = QStringLiteral("Correct-horse-1");

} // namespace

// `tessera-cli pool --backend cognito` against cognito-local, run as the real executable, beside
// the same commands on the local engine: pool, client, user, password, TOTP enrolment with the
// secret put into a Tessera vault by `tessera-cli add`, then `pool signin` answering
// SOFTWARE_TOKEN_MFA from the vault. Both backends must print the same shape; what cognito-local
// lacks is reported as "not supported by this endpoint" with the AWS CLI's exit status 254.
class TestCliCognito : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CognitoLocalPeer m_peer{QStringLiteral(TESSERA_TOOLS "/cognito_local.sh"),
                            QStringLiteral(TESSERA_PEERS_DIR)};
    // Per backend ("local", "cognito"), per step: what the CLI printed.
    QHash<QString, QHash<QString, CliRun>> m_outputs;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& text)
    {
        QDir().mkpath(QFileInfo(path(name)).absolutePath());
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    // The tester's own AWS settings must not leak in: HOME is the temporary folder and the only
    // AWS_* variables are a key cognito-local accepts without checking.
    QProcessEnvironment environment(const QStringList& extra = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(QLatin1String("AWS_"))) {
                environment.remove(name);
            }
        }
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDLOCAL"));
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                           QStringLiteral("local-secret-key"));
        for (const QString& variable : extra) {
            const qsizetype equals = variable.indexOf(QLatin1Char('='));
            environment.insert(variable.left(equals), variable.mid(equals + 1));
        }
        return environment;
    }

    CliRun cli(const QStringList& arguments, const QStringList& extraEnvironment = {})
    {
        return runCli(QStringLiteral(TESSERA_CLI), arguments, environment(extraEnvironment));
    }

    QStringList vault() const
    {
        return {QStringLiteral("--vault"), path(QStringLiteral("v.tessera")),
                QStringLiteral("--password-file"), path(QStringLiteral("vault-password"))};
    }

    QStringList backend(const QString& name) const
    {
        if (name == QLatin1String("local")) {
            return {QStringLiteral("--store"), path(QStringLiteral("pools.sqlite"))};
        }
        return {QStringLiteral("--backend"), QStringLiteral("cognito"),
                QStringLiteral("--endpoint-url"), m_peer.endpoint()};
    }

    CliRun pool(const QString& name, const QString& operation, const QJsonObject& request)
    {
        CliRun run = cli(
            QStringList{QStringLiteral("pool")} + backend(name) +
            QStringList{operation, QStringLiteral("--cli-input-json"),
                        QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
        m_outputs[name][operation] = run;
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (const QString why = m_peer.install(); !why.isEmpty()) {
            COGNITO_LOCAL_SKIP_OR_FAIL(why);
        }
        const QString why = m_peer.start(path(QStringLiteral("cognito-local")));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        write(QStringLiteral("vault-password"), "vault pass\n");
        write(QStringLiteral("user-password"), kPassword.toUtf8() + '\n');
        // A profile that reaches cognito-local through the config file alone.
        write(QStringLiteral("home/.aws/config"),
              QStringLiteral("[profile cognito-local]\nregion = eu-west-1\n"
                             "endpoint_url = %1\n")
                  .arg(m_peer.endpoint())
                  .toUtf8());
        write(QStringLiteral("home/.aws/credentials"),
              "[cognito-local]\naws_access_key_id = AKIDPROFILE\n"
              "aws_secret_access_key = profile-secret-key\n");
        const CliRun created = cli(vault() + QStringList{QStringLiteral("create")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    }

    // The whole enrolment and sign-in through the CLI on each backend; the outputs are kept for
    // the shape comparison below.
    void enrolTotpAndSignIn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("local engine") << "local";
        QTest::newRow("cognito-local") << "cognito";
    }

    void enrolTotpAndSignIn()
    {
        QFETCH(QString, name);

        CliRun run = pool(name, QStringLiteral("CreateUserPool"), {{"PoolName", "cli-" + name}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString poolId = run.json()["UserPool"].toObject()["Id"].toString();
        QVERIFY2(!poolId.isEmpty(), "CreateUserPool prints UserPool.Id");

        run = pool(name, QStringLiteral("CreateUserPoolClient"),
                   {{"UserPoolId", poolId},
                    {"ClientName", "cli"},
                    {"ExplicitAuthFlows",
                     QJsonArray{"ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString clientId = run.json()["UserPoolClient"].toObject()["ClientId"].toString();
        QVERIFY2(!clientId.isEmpty(), "CreateUserPoolClient prints UserPoolClient.ClientId");

        run = pool(name, QStringLiteral("SetUserPoolMfaConfig"),
                   {{"UserPoolId", poolId},
                    {"MfaConfiguration", "OPTIONAL"},
                    {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = pool(name, QStringLiteral("AdminCreateUser"),
                   {{"UserPoolId", poolId},
                    {"Username", kUser},
                    {"TemporaryPassword", "Temporary-1"},
                    {"MessageAction", "SUPPRESS"}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // cognito-local 5.3 keeps e-mail addresses as an alias of a generated user name.
        QVERIFY2(!run.json()["User"].toObject()["Username"].toString().isEmpty(),
                 "AdminCreateUser prints the user");

        run = pool(name, QStringLiteral("AdminSetUserPassword"),
                   {{"UserPoolId", poolId},
                    {"Username", kUser},
                    {"Password", kPassword},
                    {"Permanent", true}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = pool(name, QStringLiteral("InitiateAuth"),
                   {{"AuthFlow", "USER_PASSWORD_AUTH"},
                    {"ClientId", clientId},
                    {"AuthParameters", QJsonObject{{"USERNAME", kUser}, {"PASSWORD", kPassword}}}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString accessToken =
            run.json()["AuthenticationResult"].toObject()["AccessToken"].toString();
        QVERIFY2(!accessToken.isEmpty(), "a password-only sign-in prints an access token");

        run = pool(name, QStringLiteral("AssociateSoftwareToken"), {{"AccessToken", accessToken}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString secret = run.json()["SecretCode"].toString();
        QVERIFY2(!secret.isEmpty(), "AssociateSoftwareToken prints a SecretCode");

        // From here on every code comes from the vault, through the CLI.
        const QString entry = name + QStringLiteral(":tina");
        run = cli(vault() + QStringList{QStringLiteral("add"),
                                        QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3")
                                            .arg(entry, secret, name)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // The previous step's code: the sign-in below then uses a later step, as the local
        // engine refuses a step it has already accepted.
        run = cli(vault() + QStringList{QStringLiteral("code"), entry, QStringLiteral("--at"),
                                        QString::number(timeInPreviousTotpStep())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString code = QString::fromUtf8(run.out.trimmed());
        QCOMPARE(code.size(), 6);

        run = pool(name, QStringLiteral("VerifySoftwareToken"),
                   {{"AccessToken", accessToken}, {"UserCode", code}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json()["Status"].toString(), QStringLiteral("SUCCESS"));

        run = pool(
            name, QStringLiteral("SetUserMFAPreference"),
            {{"AccessToken", accessToken},
             {"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = cli(vault() + QStringList{QStringLiteral("pool")} + backend(name) +
                  QStringList{QStringLiteral("signin"), QStringLiteral("--pool-id"), poolId,
                              QStringLiteral("--client-id"), clientId, QStringLiteral("--username"),
                              kUser, QStringLiteral("--user-password-file"),
                              path(QStringLiteral("user-password")), QStringLiteral("--entry"),
                              entry});
        m_outputs[name][QStringLiteral("signin")] = run;
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0]["challenge"].toString(), QStringLiteral("SOFTWARE_TOKEN_MFA"));
        QCOMPARE(lines[1]["answered"].toString(), QStringLiteral("SOFTWARE_TOKEN_MFA"));
        QCOMPARE(lines[1]["codeFrom"].toString(), QStringLiteral("vault entry ") + entry);
        QCOMPARE(lines[2]["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
        QVERIFY2(!run.out.contains(accessToken.toUtf8()), "signin never prints a token");
    }

    // What a script reads from the output: the members of each printed object and their JSON
    // types, and the AWS CLI's four-space indentation. The CLI prints the service's answer as it
    // comes, so the only differences allowed are members cognito-local itself adds (listed).
    void sameShapeAsLocalEngine_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("cognitoLocalAdds");
        for (const char* step : {"CreateUserPool", "CreateUserPoolClient", "AdminCreateUser",
                                 "AdminSetUserPassword", "InitiateAuth", "AssociateSoftwareToken",
                                 "VerifySoftwareToken", "SetUserMFAPreference", "signin"}) {
            QTest::newRow(step) << QString::fromLatin1(step) << QStringList{};
        }
        // cognito-local answers with an SMS configuration even when the pool has none.
        QTest::newRow("SetUserPoolMfaConfig")
            << "SetUserPoolMfaConfig" << QStringList{"SmsMfaConfiguration:object"};
    }

    void sameShapeAsLocalEngine()
    {
        QFETCH(QString, step);
        QFETCH(QStringList, cognitoLocalAdds);
        const CliRun local = m_outputs.value(QStringLiteral("local")).value(step);
        const CliRun cognito = m_outputs.value(QStringLiteral("cognito")).value(step);
        QVERIFY2(local.exitCode == 0 && cognito.exitCode == 0,
                 "both backends ran the step (see enrolTotpAndSignIn)");
        const bool lines = step == QLatin1String("signin");
        const QList<QJsonObject> localLines = lines ? local.lines() : QList{local.json()};
        const QList<QJsonObject> cognitoLines = lines ? cognito.lines() : QList{cognito.json()};
        QCOMPARE(cognitoLines.size(), localLines.size());
        for (qsizetype i = 0; i < localLines.size(); ++i) {
            QStringList members = shape(cognitoLines[i]);
            for (const QString& added : cognitoLocalAdds) {
                members.removeOne(added);
            }
            QVERIFY2(members == shape(localLines[i]),
                     qPrintable(QStringLiteral("the same members: cognito-local %1, local %2")
                                    .arg(shape(cognitoLines[i]).join(QLatin1Char(' ')),
                                         shape(localLines[i]).join(QLatin1Char(' ')))));
        }
        QCOMPARE(cognito.out.contains("\n    \""), local.out.contains("\n    \""));
    }

    void unsupportedOperationExits254()
    {
        const CliRun run =
            pool(QStringLiteral("cognito"), QStringLiteral("AdminSetUserMFAPreference"),
                 {{"UserPoolId", "local_none"}, {"Username", kUser}});
        QCOMPARE(run.exitCode, 254);
        QVERIFY2(run.out.isEmpty(), "nothing on standard output");
        QVERIFY2(run.err.contains("not supported by this endpoint"), run.err.constData());
        const QJsonObject last =
            QJsonDocument::fromJson(run.err.trimmed().split('\n').last()).object();
        QCOMPARE(last["__type"].toString(), QStringLiteral("UnsupportedOperationException"));
    }

    // The settings chain end to end: the endpoint from options, the environment or a profile.
    void settingsReachTheEndpoint_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("environment");

        QTest::newRow("--endpoint-url and --region")
            << QStringList{"--endpoint-url", m_peer.endpoint(), "--region", "eu-west-1"}
            << QStringList{};
        QTest::newRow("AWS_ENDPOINT_URL")
            << QStringList{} << QStringList{"AWS_ENDPOINT_URL=" + m_peer.endpoint()};
        QTest::newRow("--profile with endpoint_url in ~/.aws/config")
            << QStringList{"--profile", "cognito-local"} << QStringList{};
        QTest::newRow("AWS_PROFILE with endpoint_url in ~/.aws/config")
            << QStringList{} << QStringList{"AWS_PROFILE=cognito-local"};
    }

    void settingsReachTheEndpoint()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, environment);
        const CliRun run =
            cli(QStringList{QStringLiteral("pool"), QStringLiteral("--backend"),
                            QStringLiteral("cognito")} +
                    options +
                    QStringList{QStringLiteral("ListUserPools"), QStringLiteral("--compact"),
                                QStringLiteral("--cli-input-json"),
                                QStringLiteral(R"({"MaxResults":60})")},
                environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.json()["UserPools"].toArray().size() >= 1,
                 "the pool created on cognito-local is listed");
    }

    // `pool export-config --format cli-json` from the local engine is the input the real AWS CLI
    // takes for set-user-pool-mfa-config: fed to it against cognito-local, the configuration read
    // back with get-user-pool-mfa-config is the one exported.
    void exportedCliJsonIsAcceptedByTheAwsCli()
    {
        const QString aws = QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (aws.isEmpty()) {
            COGNITO_LOCAL_SKIP_OR_FAIL(QStringLiteral("the AWS CLI (Debian: awscli) is not installed"));
        }
        const QString localPool =
            pool(QStringLiteral("local"), QStringLiteral("CreateUserPool"),
                 {{"PoolName", "exported"}})
                .json()["UserPool"]
                .toObject()["Id"]
                .toString();
        QVERIFY(!localPool.isEmpty());
        const QJsonObject config{
            {"UserPoolId", localPool},
            {"MfaConfiguration", "OPTIONAL"},
            {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}};
        QCOMPARE(pool(QStringLiteral("local"), QStringLiteral("SetUserPoolMfaConfig"), config)
                     .exitCode,
                 0);
        const CliRun exported =
            cli(QStringList{QStringLiteral("pool")} + backend(QStringLiteral("local")) +
                QStringList{QStringLiteral("export-config"), QStringLiteral("--pool-id"), localPool,
                            QStringLiteral("--format"), QStringLiteral("cli-json"),
                            QStringLiteral("--output"), path(QStringLiteral("mfa.json"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));

        // The same configuration onto a pool of cognito-local's.
        const QString remotePool =
            pool(QStringLiteral("cognito"), QStringLiteral("CreateUserPool"),
                 {{"PoolName", "imported"}})
                .json()["UserPool"]
                .toObject()["Id"]
                .toString();
        QVERIFY(!remotePool.isEmpty());
        QFile file(path(QStringLiteral("mfa.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject request = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(request["UserPoolId"].toString(), localPool);
        request["UserPoolId"] = remotePool;
        write(QStringLiteral("mfa-remote.json"), QJsonDocument(request).toJson());

        const auto runAws = [&](const QStringList& arguments) {
            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(aws, arguments + QStringList{QStringLiteral("--endpoint-url"),
                                                       m_peer.endpoint(), QStringLiteral("--region"),
                                                       QStringLiteral("eu-west-1"),
                                                       QStringLiteral("--output"),
                                                       QStringLiteral("json")});
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), process.readAllStandardOutput() +
                                                     process.readAllStandardError()};
        };
        const auto [setStatus, setOutput] = runAws(
            {QStringLiteral("cognito-idp"), QStringLiteral("set-user-pool-mfa-config"),
             QStringLiteral("--cli-input-json"),
             QStringLiteral("file://") + path(QStringLiteral("mfa-remote.json"))});
        QVERIFY2(setStatus == 0, setOutput.constData());
        const auto [getStatus, getOutput] =
            runAws({QStringLiteral("cognito-idp"), QStringLiteral("get-user-pool-mfa-config"),
                    QStringLiteral("--user-pool-id"), remotePool});
        QVERIFY2(getStatus == 0, getOutput.constData());
        const QJsonObject readBack = QJsonDocument::fromJson(getOutput).object();
        QCOMPARE(readBack["MfaConfiguration"].toString(), QStringLiteral("OPTIONAL"));
        QCOMPARE(readBack["SoftwareTokenMfaConfiguration"].toObject()["Enabled"].toBool(), true);
    }

    void missingProfileIsUsageError()
    {
        const CliRun run = cli({QStringLiteral("pool"), QStringLiteral("--backend"),
                                QStringLiteral("cognito"), QStringLiteral("--profile"),
                                QStringLiteral("ghost"), QStringLiteral("ListUserPools")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("The config profile (ghost) could not be found"),
                 run.err.constData());
        QVERIFY2(!run.err.contains("local-secret-key") && !run.err.contains("profile-secret-key"),
                 "no secret key in the message");
    }
};

QTEST_GUILESS_MAIN(TestCliCognito)
#include "tst_cli_cognito.moc"
