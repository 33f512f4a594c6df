// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "CognitoLocalPeer.h"
#include "ServeProcess.h"

#include <QHash>
#include <QTemporaryDir>

// `tessera-cli pool serve` driven by boto3 (Debian's python3-boto3, through
// tests/tools/serve_boto3.py): MFA_SETUP, AssociateSoftwareToken and VerifySoftwareToken with a
// pyotp code, then SOFTWARE_TOKEN_MFA; the ID token verified by PyJWT against the published
// keys; a replayed code and a disabled user refused; the ListUsers paginator. One slot a step.
class TestServeBoto3 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServeProcess m_server;
    QHash<QString, QJsonObject> m_steps;
    CliRun m_run;

    void expectStep(const char* name)
    {
        const QString step = QString::fromLatin1(name);
        QVERIFY2(m_steps.contains(step),
                 qPrintable(QStringLiteral("the script did not reach %1: %2")
                                .arg(step, m_run.describe())));
        const QJsonObject line = m_steps.value(step);
        QVERIFY2(line.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(QLatin1String("AWS_"))) {
                environment.remove(name);
            }
        }
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDBOTO3"));
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("boto3-secret"));
        environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));

        const QString why = m_server.start(QStringLiteral(TESSERA_CLI),
                                           m_dir.filePath(QStringLiteral("pools.sqlite")),
                                           {QStringLiteral("--access-key"),
                                            QStringLiteral("AKIDBOTO3")},
                                           environment);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_run = runCli(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(TESSERA_TOOLS "/serve_boto3.py"), m_server.url()},
                       environment, 180000);
        if (m_run.exitCode == 3 || (m_run.exitCode != 0 && m_run.out.isEmpty() &&
                                    m_run.err.contains("No such file"))) {
            PEER_SKIP_OR_FAIL(QStringLiteral("boto3, pyotp or PyJWT is missing for /usr/bin/python3 "
                                             "(Debian: python3-boto3 python3-pyotp python3-jwt): %1")
                                  .arg(QString::fromUtf8(m_run.out + m_run.err).trimmed()));
        }
        for (const QJsonObject& line : m_run.lines()) {
            m_steps.insert(line.value(QStringLiteral("step")).toString(), line);
        }
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.describe()));
    }

    void mfaSetupChallenge() { expectStep("mfa_setup_challenge"); }
    void associateSoftwareToken() { expectStep("associate_software_token"); }
    void verifySoftwareTokenWithPyotp() { expectStep("verify_software_token"); }
    void signedInAfterSetup() { expectStep("mfa_setup_signed_in"); }
    void idTokenVerifiedByPyJwt() { expectStep("id_token_verified"); }
    void softwareTokenMfaChallenge() { expectStep("totp_challenge"); }
    void signedInWithTotp() { expectStep("totp_signed_in"); }
    void replayedCodeRefused() { expectStep("replayed_code_refused"); }
    void disabledUserRefused() { expectStep("disabled_user_refused"); }
    void listUsersPaginator() { expectStep("list_users_paginator"); }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestServeBoto3)
#include "tst_serve_boto3.moc"
