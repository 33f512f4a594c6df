// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "ServeProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

// `tessera-cli pool signin --auth-flow USER_SRP_AUTH`: the password proven by SRP, never sent,
// against a client that allows only SRP (Cognito's default) — on the local store, and through the
// Cognito backend against `pool serve` on that store, as against a real pool on AWS.
class TestCliSigninSrp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServeProcess m_server;
    QString m_poolId;
    QString m_clientId;

    QString path(const QString& name) const { return m_dir.filePath(name); }

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

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestCliSigninSrp)
#include "tst_cli_signin_srp.moc"
