// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "CognitoLocalPeer.h"
#include "ServeProcess.h"

#include <QTemporaryDir>

namespace {

const QString kPassword = QStringLiteral("Correct-horse-1");

} // namespace

// `tessera-cli pool serve` driven by amazon-cognito-identity-js (npm, the library Amplify apps sign
// in with, through tests/tools/serve_cognito_identity_js.js): USER_SRP_AUTH, then the mfaSetup
// callback answered through associateSoftwareToken and verifySoftwareToken, then a second SRP
// sign-in whose totpRequired callback is answered with a TOTP code; a wrong password refused. The
// pool is set up by tessera-cli on the same store while the server runs. One slot a step.
class TestServeCognitoIdentityJs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServeProcess m_server;
    PeerSteps m_steps;
    CliRun m_run;

    QString store() const { return m_dir.filePath(QStringLiteral("pools.sqlite")); }

    QJsonObject pool(const QString& operation, const QJsonObject& request)
    {
        const CliRun run =
            runCli(QStringLiteral(TESSERA_CLI),
                   {QStringLiteral("pool"), QStringLiteral("--store"), store(), operation,
                    QStringLiteral("--cli-input-json"),
                    QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
        if (run.exitCode != 0) {
            qWarning("%s: %s", qPrintable(operation), qPrintable(run.describe()));
        }
        return run.json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_server.start(QStringLiteral(TESSERA_CLI), store());
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString poolId =
            pool(QStringLiteral("CreateUserPool"),
                 {{QStringLiteral("PoolName"), "js"},
                  {QStringLiteral("DeviceConfiguration"),
                   QJsonObject{{"ChallengeRequiredOnNewDevice", true},
                               {"DeviceOnlyRememberedOnUserPrompt", true}}}})["UserPool"]
                .toObject()["Id"]
                .toString();
        pool(QStringLiteral("SetUserPoolMfaConfig"),
             {{QStringLiteral("UserPoolId"), poolId},
              {QStringLiteral("MfaConfiguration"), QStringLiteral("ON")},
              {QStringLiteral("SoftwareTokenMfaConfiguration"), QJsonObject{{"Enabled", true}}}});
        // No ExplicitAuthFlows: Cognito's default, which allows SRP and not USER_PASSWORD_AUTH.
        const QString clientId =
            pool(QStringLiteral("CreateUserPoolClient"),
                 {{QStringLiteral("UserPoolId"), poolId},
                  {QStringLiteral("ClientName"), QStringLiteral("amplify")}})["UserPoolClient"]
                .toObject()["ClientId"]
                .toString();
        QVERIFY(!poolId.isEmpty() && !clientId.isEmpty());
        for (const char* name : {"amy", "wrong"}) {
            pool(QStringLiteral("AdminCreateUser"),
                 {{QStringLiteral("UserPoolId"), poolId},
                  {QStringLiteral("Username"), QLatin1String(name)},
                  {QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS")}});
            pool(QStringLiteral("AdminSetUserPassword"),
                 {{QStringLiteral("UserPoolId"), poolId},
                  {QStringLiteral("Username"), QLatin1String(name)},
                  {QStringLiteral("Password"), kPassword},
                  {QStringLiteral("Permanent"), true}});
        }

        m_run = runNodePeer(
            QStringLiteral(TESSERA_TOOLS), QStringLiteral(TESSERA_PEERS_DIR),
            QStringLiteral("serve_cognito_identity_js.js"),
            {QStringLiteral(TESSERA_PEERS_DIR), m_server.url(), poolId, clientId, kPassword});
        if (nodePeerMissing(m_run)) {
            PEER_SKIP_OR_FAIL(QStringLiteral("Node.js or amazon-cognito-identity-js is missing "
                                             "(tests/tools/cognito_local.sh installs it): %1")
                                  .arg(QString::fromUtf8(m_run.out + m_run.err).trimmed()));
        }
        m_steps.read(m_run);
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.describe()));
    }

    void srpSignInThenMfaSetup() { EXPECT_PEER_STEP(m_steps, "srp_then_mfa_setup"); }
    void idTokenNamesTheUser() { EXPECT_PEER_STEP(m_steps, "id_token"); }
    void srpSignInThenTotp() { EXPECT_PEER_STEP(m_steps, "srp_then_totp"); }
    void deviceConfirmed() { EXPECT_PEER_STEP(m_steps, "device_confirmed"); }
    void deviceRemembered() { EXPECT_PEER_STEP(m_steps, "device_remembered"); }
    void rememberedDeviceSkipsMfa() { EXPECT_PEER_STEP(m_steps, "remembered_device_skips_mfa"); }
    void wrongDevicePasswordRefused()
    {
        EXPECT_PEER_STEP(m_steps, "wrong_device_password_refused");
    }
    void listDevicesPaged() { EXPECT_PEER_STEP(m_steps, "list_devices_paged"); }
    void getDevice() { EXPECT_PEER_STEP(m_steps, "get_device"); }
    void forgottenDeviceAsksTotp() { EXPECT_PEER_STEP(m_steps, "forgotten_device_asks_totp"); }
    void wrongPasswordRefused() { EXPECT_PEER_STEP(m_steps, "wrong_password_refused"); }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestServeCognitoIdentityJs)
#include "tst_serve_cognito_identity_js.moc"
