// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "CognitoLocalPeer.h"
#include "ServeProcess.h"

#include <QTemporaryDir>

// `tessera-cli pool serve` driven by the AWS SDK for JavaScript v3
// (@aws-sdk/client-cognito-identity-provider, npm, through tests/tools/serve_aws_sdk_js.js) with
// a fixed access key, so that every admin call's signature is verified: NEW_PASSWORD_REQUIRED,
// MFA_SETUP with AssociateSoftwareToken and VerifySoftwareToken, SOFTWARE_TOKEN_MFA,
// REFRESH_TOKEN_AUTH, AdminGetUser, the ListUsers paginator, and the SDK's exception classes for
// a wrong password and a wrong secret. One slot a step.
class TestServeAwsSdkJs : public QObject
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
            m_dir.path(), QStringLiteral("AKIDSDKV3"), QStringLiteral("sdk-v3-secret"));
        const QString why = m_server.start(
            QStringLiteral(TESSERA_CLI), m_dir.filePath(QStringLiteral("pools.sqlite")),
            {QStringLiteral("--access-key"), QStringLiteral("AKIDSDKV3")}, environment);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        m_run = runNodePeer(QStringLiteral(TESSERA_TOOLS), QStringLiteral(TESSERA_PEERS_DIR),
                            QStringLiteral("serve_aws_sdk_js.js"),
                            {QStringLiteral(TESSERA_PEERS_DIR), m_server.url()}, environment);
        if (nodePeerMissing(m_run)) {
            PEER_SKIP_OR_FAIL(
                QStringLiteral("Node.js or @aws-sdk/client-cognito-identity-provider is missing "
                               "(tests/tools/cognito_local.sh installs it): %1")
                    .arg(QString::fromUtf8(m_run.out + m_run.err).trimmed()));
        }
        m_steps.read(m_run);
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.describe()));
    }

    void adminCallsSigned() { EXPECT_PEER_STEP(m_steps, "setup"); }
    void newPasswordRequired() { EXPECT_PEER_STEP(m_steps, "new_password_required"); }
    void mfaSetupChallenge() { EXPECT_PEER_STEP(m_steps, "mfa_setup_challenge"); }
    void verifySoftwareToken() { EXPECT_PEER_STEP(m_steps, "verify_software_token"); }
    void signedInAfterSetup() { EXPECT_PEER_STEP(m_steps, "mfa_setup_signed_in"); }
    void softwareTokenMfaChallenge() { EXPECT_PEER_STEP(m_steps, "totp_challenge"); }
    void signedInWithTotp() { EXPECT_PEER_STEP(m_steps, "totp_signed_in"); }
    void refreshTokenAuth() { EXPECT_PEER_STEP(m_steps, "refresh_token_auth"); }
    void adminGetUser() { EXPECT_PEER_STEP(m_steps, "admin_get_user"); }
    void listUsersPaginator() { EXPECT_PEER_STEP(m_steps, "list_users_paginator"); }
    void wrongPasswordErrorClass() { EXPECT_PEER_STEP(m_steps, "wrong_password_error_class"); }
    void wrongSecretRefused() { EXPECT_PEER_STEP(m_steps, "wrong_secret_refused"); }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestServeAwsSdkJs)
#include "tst_serve_aws_sdk_js.moc"
