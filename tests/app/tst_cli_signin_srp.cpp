// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "ServeProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>
#include <QTemporaryDir>

// `tessera-cli pool signin --auth-flow USER_SRP_AUTH`: the password proven by SRP, never sent,
// against a client that allows only SRP (Cognito's default) — on the local store, and through the
// Cognito backend against `pool serve` on that store, as against a real pool on AWS. Then
// --remember-device: ConfirmDevice and UpdateDeviceStatus after a TOTP sign-in, the device kept in
// an owner-only file, the next sign-in proven by DEVICE_SRP_AUTH instead of TOTP, and MFA again
// once the device is forgotten.
class TestCliSigninSrp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServeProcess m_server;
    QString m_poolId;
    QString m_clientId;

    // The pool that remembers devices (on the user's word) and asks enrolled users for TOTP.
    QString m_devicePoolId;
    QString m_deviceClientId;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QStringList vault() const
    {
        return {QStringLiteral("--vault"), path(QStringLiteral("v.tessera")),
                QStringLiteral("--password-file"), path(QStringLiteral("vault-password"))};
    }

    CliRun cli(const QStringList& arguments)
    {
        return runCli(QStringLiteral(TESSERA_CLI), arguments, environment());
    }

    // A user of the device pool with TOTP set up, its secret in the vault as Pool:NAME.
    void enrolTotp(const QString& username)
    {
        QCOMPARE(pool(QStringLiteral("AdminCreateUser"), {{"UserPoolId", m_devicePoolId},
                                                          {"Username", username},
                                                          {"MessageAction", "SUPPRESS"}})
                     .exitCode,
                 0);
        QCOMPARE(pool(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", m_devicePoolId},
                                                               {"Username", username},
                                                               {"Password", "Correct-horse-1"},
                                                               {"Permanent", true}})
                     .exitCode,
                 0);
        const QString accessToken =
            pool(QStringLiteral("InitiateAuth"),
                 {{"AuthFlow", "USER_PASSWORD_AUTH"},
                  {"ClientId", m_deviceClientId},
                  {"AuthParameters",
                   QJsonObject{{"USERNAME", username}, {"PASSWORD", "Correct-horse-1"}}}})
                .json()["AuthenticationResult"]
                .toObject()["AccessToken"]
                .toString();
        QVERIFY(!accessToken.isEmpty());
        const QString secret =
            pool(QStringLiteral("AssociateSoftwareToken"), {{"AccessToken", accessToken}})
                .json()["SecretCode"]
                .toString();
        QVERIFY(!secret.isEmpty());
        QCOMPARE(cli(vault() + QStringList{QStringLiteral("add"),
                                           QStringLiteral("otpauth://totp/Pool:%1?secret=%2&"
                                                          "issuer=Pool")
                                               .arg(username, secret)})
                     .exitCode,
                 0);
        // The previous step's code, so the sign-in's current code is not a replay.
        const CliRun code =
            cli(vault() + QStringList{QStringLiteral("code"), QStringLiteral("Pool:") + username,
                                      QStringLiteral("--at"),
                                      QString::number(timeInPreviousTotpStep())});
        QCOMPARE(code.exitCode, 0);
        const CliRun verified = pool(
            QStringLiteral("VerifySoftwareToken"),
            {{"AccessToken", accessToken}, {"UserCode", QString::fromLatin1(code.out.trimmed())}});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QCOMPARE(pool(QStringLiteral("SetUserMFAPreference"),
                      {{"AccessToken", accessToken},
                       {"SoftwareTokenMfaSettings",
                        QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}})
                     .exitCode,
                 0);
    }

    CliRun deviceSignin(const QStringList& backend, const QString& username,
                        const QStringList& extra)
    {
        return cli(vault() + QStringList{QStringLiteral("pool")} + backend +
                   QStringList{QStringLiteral("signin"), QStringLiteral("--pool-id"),
                               m_devicePoolId, QStringLiteral("--client-id"), m_deviceClientId,
                               QStringLiteral("--username"), username,
                               QStringLiteral("--user-password-file"),
                               path(QStringLiteral("right")), QStringLiteral("--auth-flow"),
                               QStringLiteral("USER_SRP_AUTH"), QStringLiteral("--device-file"),
                               path(username + QStringLiteral("-devices.json"))} +
                   extra);
    }

    static QStringList challenges(const CliRun& run)
    {
        QStringList names;
        for (const QJsonObject& line : run.lines()) {
            if (line.contains(QStringLiteral("step")) &&
                line.contains(QStringLiteral("challenge"))) {
                names.append(line.value(QStringLiteral("challenge")).toString());
            }
        }
        return names;
    }

    QProcessEnvironment environment() const
    {
        return awsTestEnvironment(m_dir.path(), QStringLiteral("AKIDLOCAL"),
                                  QStringLiteral("local"));
    }

    CliRun pool(const QString& operation, const QJsonObject& request)
    {
        return runCli(QStringLiteral(TESSERA_CLI),
                      {QStringLiteral("pool"), QStringLiteral("--store"),
                       path(QStringLiteral("pools.sqlite")), operation, QStringLiteral("--compact"),
                       QStringLiteral("--cli-input-json"),
                       QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))},
                      environment());
    }

    CliRun signin(const QStringList& backend, const QString& passwordFile,
                  const QStringList& extra = {})
    {
        return runCli(QStringLiteral(TESSERA_CLI),
                      QStringList{QStringLiteral("pool")} + backend +
                          QStringList{QStringLiteral("signin"), QStringLiteral("--pool-id"),
                                      m_poolId, QStringLiteral("--client-id"), m_clientId,
                                      QStringLiteral("--username"), QStringLiteral("tina"),
                                      QStringLiteral("--user-password-file"), path(passwordFile)} +
                          extra,
                      environment());
    }

    QStringList local() const
    {
        return {QStringLiteral("--store"), path(QStringLiteral("pools.sqlite"))};
    }
    QStringList served() const
    {
        return {QStringLiteral("--backend"),      QStringLiteral("cognito"),
                QStringLiteral("--endpoint-url"), m_server.url(),
                QStringLiteral("--region"),       QStringLiteral("us-east-1")};
    }

    static QString outcome(const CliRun& run)
    {
        return run.lines().last().value(QStringLiteral("outcome")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto& [name, text] :
             {std::pair{"right", "Correct-horse-1\n"}, std::pair{"wrong", "Wrong-horse-1\n"}}) {
            QFile file(path(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        m_poolId = pool(QStringLiteral("CreateUserPool"), {{"PoolName", "srp"}})
                       .json()["UserPool"]
                       .toObject()["Id"]
                       .toString();
        // No ExplicitAuthFlows: Cognito's default allows SRP and not USER_PASSWORD_AUTH.
        m_clientId = pool(QStringLiteral("CreateUserPoolClient"),
                          {{"UserPoolId", m_poolId}, {"ClientName", "app"}})
                         .json()["UserPoolClient"]
                         .toObject()["ClientId"]
                         .toString();
        QVERIFY(!m_poolId.isEmpty() && !m_clientId.isEmpty());
        QCOMPARE(
            pool(QStringLiteral("AdminCreateUser"),
                 {{"UserPoolId", m_poolId}, {"Username", "tina"}, {"MessageAction", "SUPPRESS"}})
                .exitCode,
            0);
        QCOMPARE(pool(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", m_poolId},
                                                               {"Username", "tina"},
                                                               {"Password", "Correct-horse-1"},
                                                               {"Permanent", true}})
                     .exitCode,
                 0);
        QFile vaultPassword(path(QStringLiteral("vault-password")));
        QVERIFY(vaultPassword.open(QIODevice::WriteOnly));
        vaultPassword.write("vault pass\n");
        vaultPassword.close();
        QCOMPARE(cli(vault() + QStringList{QStringLiteral("create")}).exitCode, 0);
        m_devicePoolId =
            pool(QStringLiteral("CreateUserPool"),
                 {{"PoolName", "devices"},
                  {"DeviceConfiguration", QJsonObject{{"ChallengeRequiredOnNewDevice", true},
                                                      {"DeviceOnlyRememberedOnUserPrompt", true}}}})
                .json()["UserPool"]
                .toObject()["Id"]
                .toString();
        QCOMPARE(pool(QStringLiteral("SetUserPoolMfaConfig"),
                      {{"UserPoolId", m_devicePoolId},
                       {"MfaConfiguration", "OPTIONAL"},
                       {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}})
                     .exitCode,
                 0);
        m_deviceClientId = pool(QStringLiteral("CreateUserPoolClient"),
                                {{"UserPoolId", m_devicePoolId},
                                 {"ClientName", "app"},
                                 {"ExplicitAuthFlows",
                                  QJsonArray{"ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                                             "ALLOW_REFRESH_TOKEN_AUTH"}}})
                               .json()["UserPoolClient"]
                               .toObject()["ClientId"]
                               .toString();
        QVERIFY(!m_devicePoolId.isEmpty() && !m_deviceClientId.isEmpty());
        const QString why = m_server.start(QStringLiteral(TESSERA_CLI),
                                           path(QStringLiteral("pools.sqlite")), {}, environment());
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void srpSignsIn_data()
    {
        QTest::addColumn<bool>("throughServe");
        QTest::newRow("local store") << false;
        QTest::newRow("Cognito backend against pool serve") << true;
    }
    void srpSignsIn()
    {
        QFETCH(bool, throughServe);
        const CliRun run = signin(throughServe ? served() : local(), QStringLiteral("right"),
                                  {QStringLiteral("--auth-flow"), QStringLiteral("USER_SRP_AUTH")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(outcome(run), QStringLiteral("AUTHENTICATED"));
        QCOMPARE(run.lines().first()["challenge"].toString(), QStringLiteral("PASSWORD_VERIFIER"));
        QVERIFY2(!run.out.contains("Correct-horse-1") && !run.err.contains("Correct-horse-1"),
                 "the password is never printed");
    }

    void wrongPasswordRefused_data() { srpSignsIn_data(); }
    void wrongPasswordRefused()
    {
        QFETCH(bool, throughServe);
        const CliRun run = signin(throughServe ? served() : local(), QStringLiteral("wrong"),
                                  {QStringLiteral("--auth-flow"), QStringLiteral("USER_SRP_AUTH")});
        QCOMPARE(run.exitCode, 254);
        QVERIFY2(run.err.contains("NotAuthorizedException"), qPrintable(run.describe()));
    }

    void passwordFlowNotAllowed()
    {
        const CliRun run = signin(local(), QStringLiteral("right"));
        QCOMPARE(run.exitCode, 254);
        QVERIFY2(run.err.contains("USER_PASSWORD_AUTH flow not enabled for this client"),
                 qPrintable(run.describe()));
    }

    void unknownFlowRefused()
    {
        const CliRun run = signin(local(), QStringLiteral("right"),
                                  {QStringLiteral("--auth-flow"), QStringLiteral("CUSTOM_AUTH")});
        QCOMPARE(run.exitCode, 2);
    }

    void rememberedDeviceSkipsMfa_data() { srpSignsIn_data(); }
    void rememberedDeviceSkipsMfa()
    {
        QFETCH(bool, throughServe);
        const QString username = throughServe ? QStringLiteral("dora") : QStringLiteral("dan");
        enrolTotp(username);
        const QStringList backend = throughServe ? served() : local();
        const QString deviceFile = path(username + QStringLiteral("-devices.json"));

        // TOTP from the vault, then the device the pool gave confirmed and remembered.
        const CliRun first =
            deviceSignin(backend, username,
                         {QStringLiteral("--entry"), QStringLiteral("Pool:") + username,
                          QStringLiteral("--remember-device")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(challenges(first), (QStringList{QStringLiteral("PASSWORD_VERIFIER"),
                                                 QStringLiteral("SOFTWARE_TOKEN_MFA")}));
        const QJsonObject remembered = first.lines().last();
        QVERIFY2(remembered["remembered"].toBool(), qPrintable(first.describe()));
        const QString deviceKey = remembered["device"].toString();
        QVERIFY2(deviceKey.contains(QLatin1Char('_')), qPrintable(deviceKey)); // region_uuid
        QCOMPARE(QFileInfo(deviceFile).permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        QFile kept(deviceFile);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray keptText = kept.readAll();
        QVERIFY(keptText.contains(deviceKey.toUtf8()) && keptText.contains("DevicePassword"));
        QVERIFY2(!keptText.contains("Correct-horse-1"), "the user's password is not kept");
        QVERIFY2(!first.out.contains("DevicePassword"), "the device password is not printed");
        const QJsonArray devices = pool(QStringLiteral("AdminListDevices"),
                                        {{"UserPoolId", m_devicePoolId}, {"Username", username}})
                                       .json()["Devices"]
                                       .toArray();
        // The enrolment's sign-in was given a device too; the one remembered is this run's.
        QJsonArray attributes;
        for (const QJsonValue device : devices) {
            if (device.toObject()["DeviceKey"].toString() == deviceKey) {
                attributes = device.toObject()["DeviceAttributes"].toArray();
            }
        }
        QVERIFY(
            attributes.contains(QJsonObject{{"Name", "device_status"}, {"Value", "remembered"}}));
        QVERIFY(attributes.contains(QJsonObject{
            {"Name", "device_name"},
            {"Value", QStringLiteral("tessera-cli on %1").arg(QSysInfo::machineHostName())}}));

        // The next sign-in, with no vault entry to answer TOTP: the device proves itself.
        const CliRun second = deviceSignin(backend, username, {});
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QCOMPARE(challenges(second), (QStringList{QStringLiteral("PASSWORD_VERIFIER"),
                                                  QStringLiteral("DEVICE_SRP_AUTH"),
                                                  QStringLiteral("DEVICE_PASSWORD_VERIFIER")}));
        QCOMPARE(second.lines().last()["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
        QCOMPARE(second.lines().last()["newDevice"].toBool(true), false);

        // Forgotten by the pool, the device no longer skips MFA.
        QCOMPARE(
            pool(QStringLiteral("AdminForgetDevice"),
                 {{"UserPoolId", m_devicePoolId}, {"Username", username}, {"DeviceKey", deviceKey}})
                .exitCode,
            0);
        const CliRun third = deviceSignin(backend, username, {});
        QCOMPARE(third.exitCode, 2);
        QCOMPARE(challenges(third), (QStringList{QStringLiteral("PASSWORD_VERIFIER"),
                                                 QStringLiteral("SOFTWARE_TOKEN_MFA")}));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestCliSigninSrp)
#include "tst_cli_signin_srp.moc"
