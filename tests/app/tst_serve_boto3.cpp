// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "CognitoLocalPeer.h"
#include "ServeProcess.h"

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
    PeerSteps m_steps;
    CliRun m_run;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QProcessEnvironment environment = awsTestEnvironment(
            m_dir.path(), QStringLiteral("AKIDBOTO3"), QStringLiteral("boto3-secret"));

        const QString why = m_server.start(
            QStringLiteral(TESSERA_CLI), m_dir.filePath(QStringLiteral("pools.sqlite")),
            {QStringLiteral("--access-key"), QStringLiteral("AKIDBOTO3")}, environment);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_run = runCli(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(TESSERA_TOOLS "/serve_boto3.py"), m_server.url()},
                       environment, 180000);
        if (m_run.exitCode == 3 ||
            (m_run.exitCode != 0 && m_run.out.isEmpty() && m_run.err.contains("No such file"))) {
            PEER_SKIP_OR_FAIL(
                QStringLiteral("boto3, pyotp or PyJWT is missing for /usr/bin/python3 "
                               "(Debian: python3-boto3 python3-pyotp python3-jwt): %1")
                    .arg(QString::fromUtf8(m_run.out + m_run.err).trimmed()));
        }
        m_steps.read(m_run);
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.describe()));
    }

    void mfaSetupChallenge() { EXPECT_PEER_STEP(m_steps, "mfa_setup_challenge"); }
    void associateSoftwareToken() { EXPECT_PEER_STEP(m_steps, "associate_software_token"); }
    void verifySoftwareTokenWithPyotp() { EXPECT_PEER_STEP(m_steps, "verify_software_token"); }
    void signedInAfterSetup() { EXPECT_PEER_STEP(m_steps, "mfa_setup_signed_in"); }
    void idTokenVerifiedByPyJwt() { EXPECT_PEER_STEP(m_steps, "id_token_verified"); }
    void softwareTokenMfaChallenge() { EXPECT_PEER_STEP(m_steps, "totp_challenge"); }
    void signedInWithTotp() { EXPECT_PEER_STEP(m_steps, "totp_signed_in"); }
    void replayedCodeRefused() { EXPECT_PEER_STEP(m_steps, "replayed_code_refused"); }
    void disabledUserRefused() { EXPECT_PEER_STEP(m_steps, "disabled_user_refused"); }
    void listUsersPaginator() { EXPECT_PEER_STEP(m_steps, "list_users_paginator"); }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestServeBoto3)
#include "tst_serve_boto3.moc"
