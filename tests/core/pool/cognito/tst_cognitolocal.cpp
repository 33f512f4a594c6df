// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoLocalPeer.h"
#include "crypto/CryptoInit.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "pool/cognito/CognitoBackend.h"
#include "pool/lab/EnrolmentBridge.h"
#include "pool/lab/SignInLab.h"
#include "vault/VaultFile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::cognito;

// The Cognito backend against cognito-local (npm), started by the test on a free 127.0.0.1 port
// with its own data folder: pool, client, MFA configuration, user, sign-in, TOTP enrolment through
// a Tessera vault, and sign-in answered with the vault's code. What cognito-local lacks must come
// back as "not supported by this endpoint".
class TestCognitoLocal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CognitoLocalPeer m_peer{QStringLiteral(TESSERA_TOOLS "/cognito_local.sh"),
                            QStringLiteral(TESSERA_PEERS_DIR)};
    std::unique_ptr<CognitoBackend> m_backend;
    QStringList m_unsupported;

    // The response, or nullopt when the endpoint lacks the operation (recorded) or failed (test
    // failure recorded by QVERIFY2 in the caller through `failed`).
    std::optional<QJsonObject> step(const QString& operation, const QJsonObject& request,
                                    bool& failed)
    {
        QFuture<PoolResult> future = m_backend->call(operation, request);
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000)) {
            qWarning("%s: no answer", qPrintable(operation));
            failed = true;
            return std::nullopt;
        }
        const PoolResult result = future.result();
        if (result) {
            return *result;
        }
        if (result.failure().type == QLatin1String(errors::kUnsupportedOperation) &&
            result.failure().message.contains(QLatin1String("not supported by this endpoint"))) {
            qInfo("%s: %s", qPrintable(operation), qPrintable(result.failure().message));
            m_unsupported.append(operation);
            return std::nullopt;
        }
        qWarning("%s failed: %s: %s", qPrintable(operation), qPrintable(result.failure().type),
                 qPrintable(result.failure().message));
        failed = true;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        if (const QString why = m_peer.install(); !why.isEmpty()) {
            COGNITO_LOCAL_SKIP_OR_FAIL(why);
        }
        const QString why = m_peer.start(m_dir.path());
        QVERIFY2(why.isEmpty(), qPrintable(why));

        AwsSettings settings;
        settings.region = QStringLiteral("local");
        settings.endpoint = QUrl(m_peer.endpoint());
        // cognito-local does not check signatures, but signed calls need a key to sign with.
        settings.credentials = std::make_shared<const AwsCredentials>(AwsCredentials{
            QStringLiteral("local"), crypto::SecureBytes::fromView("local-secret"), {}, {}});
        RetryPolicy retry;
        retry.baseBackoffMs = 50;
        m_backend = std::make_unique<CognitoBackend>(settings, retry);
    }

    void cleanupTestCase()
    {
        if (!m_unsupported.isEmpty()) {
            qInfo("cognito-local lacked: %s", qPrintable(m_unsupported.join(QStringLiteral(", "))));
        }
    }

    void unsupportedOperationIsReportedAsSuch()
    {
        bool failed = false;
        const auto result = step(QStringLiteral("AdminSetUserMFAPreference"),
                                 {{"UserPoolId", "local_none"}, {"Username", "nobody"}}, failed);
        QVERIFY2(!failed, "answered, or refused as not supported by this endpoint");
        QVERIFY2(!result, "cognito-local lacks AdminSetUserMFAPreference (DESIGN.md)");
        QVERIFY(!m_backend->supports(QStringLiteral("AdminSetUserMFAPreference")));
    }

    void enrolTotpThroughVaultAndSignIn()
    {
        bool failed = false;
        const auto pool = step(QStringLiteral("CreateUserPool"), {{"PoolName", "tessera"}}, failed);
        QVERIFY(pool && !failed);
        const QString poolId = pool->value("UserPool").toObject().value("Id").toString();
        const auto client = step(QStringLiteral("CreateUserPoolClient"),
                                 {{"UserPoolId", poolId},
                                  {"ClientName", "tessera"},
                                  {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_PASSWORD_AUTH",
                                                                   "ALLOW_REFRESH_TOKEN_AUTH"}}},
                                 failed);
        QVERIFY(client && !failed);
        const QString clientId =
            client->value("UserPoolClient").toObject().value("ClientId").toString();

        const auto set = step(QStringLiteral("SetUserPoolMfaConfig"),
                              {{"UserPoolId", poolId},
                               {"MfaConfiguration", "OPTIONAL"},
                               {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}},
                              failed);
        QVERIFY(!failed);
        const auto config =
            step(QStringLiteral("GetUserPoolMfaConfig"), {{"UserPoolId", poolId}}, failed);
        QVERIFY(!failed);
        if (set && config) {
            QCOMPARE(config->value("MfaConfiguration").toString(), QStringLiteral("OPTIONAL"));
        }

        QVERIFY(step(QStringLiteral("AdminCreateUser"),
                     {{"UserPoolId", poolId},
                      {"Username", "tina@example.com"},
                      {"TemporaryPassword", "Temporary-1"},
                      {"MessageAction", "SUPPRESS"}},
                     failed));
        QVERIFY(step(QStringLiteral("AdminSetUserPassword"),
                     {{"UserPoolId", poolId},
                      {"Username", "tina@example.com"},
                      {"Password", "Correct-horse-1"},
                      {"Permanent", true}},
                     failed) ||
                !failed);
        QVERIFY(!failed);
        const QJsonObject passwordAuth{
            {"AuthFlow", "USER_PASSWORD_AUTH"},
            {"ClientId", clientId},
            {"AuthParameters",
             QJsonObject{{"USERNAME", "tina@example.com"}, {"PASSWORD", "Correct-horse-1"}}}};
        const auto first = step(QStringLiteral("InitiateAuth"), passwordAuth, failed);
        QVERIFY(first && !failed);
        const QString accessToken =
            first->value("AuthenticationResult").toObject().value("AccessToken").toString();
        QVERIFY2(!accessToken.isEmpty(), "password-only sign-in gives tokens");

        const auto associated =
            step(QStringLiteral("AssociateSoftwareToken"), {{"AccessToken", accessToken}}, failed);
        QVERIFY(!failed);
        if (!associated) {
            return; // reported as not supported by this endpoint
        }
        const QString secret = associated->value("SecretCode").toString();
        QVERIFY(!secret.isEmpty());

        // The secret goes into a Tessera vault; every code from here on comes from the vault.
        const QString vaultPath = m_dir.filePath(QStringLiteral("v.tessera"));
        const auto password = crypto::SecureBytes::fromView("vault pass");
        {
            vault::Vault entries;
            auto parameters = otp::otpauth::parse(
                QStringLiteral("otpauth://totp/tessera:tina?secret=%1&issuer=tessera").arg(secret));
            QVERIFY2(parameters, qPrintable(parameters.error()));
            entries.addEntry(vault::Entry(std::move(*parameters)));
            QVERIFY(vault::VaultFile::create(vaultPath, password, std::move(entries)));
        }
        auto vaultCode = [&](qint64 at) {
            auto opened = vault::VaultFile::open(vaultPath, password);
            return opened ? otp::code(opened->vault().entries().front().parameters(), at)
                          : QString();
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(step(QStringLiteral("VerifySoftwareToken"),
                     {{"AccessToken", accessToken}, {"UserCode", vaultCode(now - 30)}}, failed) ||
                !failed);
        QVERIFY(!failed);
        QVERIFY(step(QStringLiteral("SetUserMFAPreference"),
                     {{"AccessToken", accessToken},
                      {"SoftwareTokenMfaSettings",
                       QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}},
                     failed) ||
                !failed);
        QVERIFY(!failed);

        const auto second = step(QStringLiteral("InitiateAuth"), passwordAuth, failed);
        QVERIFY(second && !failed);
        QCOMPARE(second->value("ChallengeName").toString(), QStringLiteral("SOFTWARE_TOKEN_MFA"));
        const auto answered = step(
            QStringLiteral("RespondToAuthChallenge"),
            {{"ClientId", clientId},
             {"ChallengeName", "SOFTWARE_TOKEN_MFA"},
             {"Session", second->value("Session")},
             {"ChallengeResponses", QJsonObject{{"USERNAME", "tina@example.com"},
                                                {"SOFTWARE_TOKEN_MFA_CODE",
                                                 vaultCode(QDateTime::currentSecsSinceEpoch())}}}},
            failed);
        QVERIFY(answered && !failed);
        QVERIFY2(!answered->value("AuthenticationResult")
                      .toObject()
                      .value("AccessToken")
                      .toString()
                      .isEmpty(),
                 "the vault's code completes the sign-in");
    }

    // The sign-in lab and the enrolment bridge over the Cognito backend: the lab signs in first
    // (cognito-local's MFA set-up needs the access token), the bridge sets up TOTP, and the lab
    // signs in again answering SOFTWARE_TOKEN_MFA from the new secret. Risk calls are answered
    // as unsupported, with why.
    void labAndEnrolmentBridge()
    {
        bool failed = false;
        const auto pool = step(QStringLiteral("CreateUserPool"), {{"PoolName", "lab"}}, failed);
        QVERIFY(pool && !failed);
        const QString poolId = pool->value("UserPool").toObject().value("Id").toString();
        const auto client = step(QStringLiteral("CreateUserPoolClient"),
                                 {{"UserPoolId", poolId},
                                  {"ClientName", "lab"},
                                  {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_PASSWORD_AUTH"}}},
                                 failed);
        QVERIFY(client && !failed);
        QVERIFY(step(QStringLiteral("SetUserPoolMfaConfig"),
                     {{"UserPoolId", poolId},
                      {"MfaConfiguration", "OPTIONAL"},
                      {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}},
                     failed));
        QVERIFY(step(QStringLiteral("AdminCreateUser"),
                     {{"UserPoolId", poolId},
                      {"Username", "lab@example.com"},
                      {"TemporaryPassword", "Temporary-1"},
                      {"MessageAction", "SUPPRESS"}},
                     failed));
        QVERIFY(!failed);
        const auto send = [this](const lab::LabRequest& request) {
            QFuture<PoolResult> future = m_backend->call(request.operation, request.body);
            if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 30000)) {
                return PoolResult(PoolError::internal(QStringLiteral("no answer")));
            }
            return future.result();
        };
        const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
        lab::LabScenario scenario;
        scenario.userPoolId = poolId;
        scenario.clientId = client->value("UserPoolClient").toObject().value("ClientId").toString();
        scenario.username = QStringLiteral("lab@example.com");
        scenario.password = lab::secretText(QStringLiteral("Temporary-1"));
        scenario.newPassword = lab::secretText(QStringLiteral("Correct-horse-1"));
        lab::TypedCodes none;
        lab::SignInLab first(scenario.clone(), none, clock);
        lab::driveSync(first, send);
        QVERIFY2(
            first.outcome().end == lab::LabOutcome::End::Authenticated,
            qPrintable(first.outcome().errorType + QLatin1String(": ") + first.outcome().message));
        QCOMPARE(first.steps().first().answer.value("ChallengeName").toString(),
                 QStringLiteral("NEW_PASSWORD_REQUIRED"));

        lab::EnrolmentBridge::Options options;
        options.accessToken = first.tokens()->accessToken;
        options.issuer = QStringLiteral("Lab");
        options.account = QStringLiteral("lab@example.com");
        // A code from the step before now, so the sign-in below does not replay it.
        lab::EnrolmentBridge bridge(options,
                                    [] { return QDateTime::currentSecsSinceEpoch() - 30; });
        lab::driveSync(bridge, send);
        QVERIFY2(bridge.succeeded(), qPrintable(bridge.failure().type + QLatin1String(": ") +
                                                bridge.failure().message));
        QVERIFY(bridge.uri().startsWith(QLatin1String("otpauth://totp/")));

        scenario.password = scenario.newPassword.clone();
        lab::TotpCodes codes(*bridge.takeParameters(), QStringLiteral("Lab:lab@example.com"),
                             clock);
        lab::SignInLab second(scenario.clone(), codes, clock);
        lab::driveSync(second, send);
        QVERIFY2(second.outcome().end == lab::LabOutcome::End::Authenticated,
                 qPrintable(second.outcome().errorType + QLatin1String(": ") +
                            second.outcome().message));
        QCOMPARE(second.steps().size(), 2);
        QCOMPARE(second.steps().last().codeSource,
                 QStringLiteral("vault entry Lab:lab@example.com"));

        const auto risk = m_backend->describeRiskConfiguration(poolId);
        QVERIFY(QTest::qWaitFor([&risk] { return risk.isFinished(); }, 30000));
        QVERIFY(!risk.result().ok());
        QVERIFY2(risk.result().failure().message.contains(QLatin1String("cognito-local")),
                 qPrintable(risk.result().failure().message));
    }
};

QTEST_GUILESS_MAIN(TestCognitoLocal)
#include "tst_cognitolocal.moc"
