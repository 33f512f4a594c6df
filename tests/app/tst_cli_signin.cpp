// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `tessera-cli pool signin` against the local engine, run as the real executable: every
// challenge answered from the vault, the outbox or a new-password file, or refused with a reason.
class TestCliSignin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_poolId;
    QString m_clientId;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& text)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    CliRun cli(const QStringList& arguments)
    {
        return runCli(QStringLiteral(TESSERA_CLI), arguments);
    }

    QStringList vault() const
    {
        return {QStringLiteral("--vault"), path(QStringLiteral("v.tessera")),
                QStringLiteral("--password-file"), path(QStringLiteral("vault-password"))};
    }

    CliRun pool(const QString& operation, const QJsonObject& request)
    {
        return cli({QStringLiteral("pool"), QStringLiteral("--store"),
                    path(QStringLiteral("pools.sqlite")), operation, QStringLiteral("--compact"),
                    QStringLiteral("--cli-input-json"),
                    QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
    }

    CliRun signin(const QString& username, const QStringList& extra = {})
    {
        return cli(vault() +
                   QStringList{QStringLiteral("pool"), QStringLiteral("--store"),
                               path(QStringLiteral("pools.sqlite")), QStringLiteral("signin"),
                               QStringLiteral("--pool-id"), m_poolId, QStringLiteral("--client-id"),
                               m_clientId, QStringLiteral("--username"), username,
                               QStringLiteral("--user-password-file"),
                               path(QStringLiteral("user-password"))} +
                   extra);
    }

    // The codes of the trace lines in a run's output, checking they are numbered in order and
    // each has a sentence.
    static QStringList traceCodes(const CliRun& run)
    {
        QStringList codes;
        for (const QJsonObject& line : run.lines()) {
            if (line.contains("trace")) {
                if (line["trace"].toInt() != codes.size() + 1 ||
                    line["text"].toString().isEmpty()) {
                    return {QStringLiteral("(misnumbered or empty trace line)")};
                }
                codes.append(line["code"].toString());
            }
        }
        return codes;
    }

    void createUser(const QString& username, const QJsonArray& attributes = {})
    {
        QCOMPARE(pool(QStringLiteral("AdminCreateUser"), {{"UserPoolId", m_poolId},
                                                          {"Username", username},
                                                          {"MessageAction", "SUPPRESS"},
                                                          {"UserAttributes", attributes}})
                     .exitCode,
                 0);
        QCOMPARE(pool(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", m_poolId},
                                                               {"Username", username},
                                                               {"Password", "Correct-horse-1"},
                                                               {"Permanent", true}})
                     .exitCode,
                 0);
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(QStringLiteral("vault-password"), "vault pass\n");
        write(QStringLiteral("user-password"), "Correct-horse-1\n");
        write(QStringLiteral("new-password"), "Battery-staple-2\n");
        QCOMPARE(cli(vault() + QStringList{QStringLiteral("create")}).exitCode, 0);
        const CliRun created = pool(QStringLiteral("CreateUserPool"), {{"PoolName", "signin"}});
        QCOMPARE(created.exitCode, 0);
        m_poolId = created.json()["UserPool"].toObject()["Id"].toString();
        const CliRun mfa =
            pool(QStringLiteral("SetUserPoolMfaConfig"),
                 {{"UserPoolId", m_poolId},
                  {"MfaConfiguration", "OPTIONAL"},
                  {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}},
                  {"SmsMfaConfiguration",
                   QJsonObject{{"SmsAuthenticationMessage", "Your code is {####}"},
                               {"SmsConfiguration",
                                QJsonObject{{"SnsCallerArn", "arn:aws:iam::123456789012:role/sns"},
                                            {"ExternalId", "tessera"}}}}}});
        QVERIFY2(mfa.exitCode == 0, mfa.err.constData());
        const CliRun client = pool(QStringLiteral("CreateUserPoolClient"),
                                   {{"UserPoolId", m_poolId},
                                    {"ClientName", "cli"},
                                    {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_PASSWORD_AUTH",
                                                                     "ALLOW_REFRESH_TOKEN_AUTH"}}});
        QCOMPARE(client.exitCode, 0);
        m_clientId = client.json()["UserPoolClient"].toObject()["ClientId"].toString();
    }

    void passwordOnly()
    {
        createUser(QStringLiteral("plain"));
        const CliRun run = signin(QStringLiteral("plain"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines().size(), 2);
        QCOMPARE(run.lines().first()["operation"].toString(), QStringLiteral("InitiateAuth"));
        QCOMPARE(run.lines().last()["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
        QVERIFY2(!run.out.contains("eyJ"), "tokens are never printed");
    }

    // --trace: after the steps, the engine's decision trace, one line a step, in order; and on
    // a refused sign-in too.
    void traceAfterSignIn()
    {
        createUser(QStringLiteral("traced"));
        const CliRun run = signin(QStringLiteral("traced"), {QStringLiteral("--trace")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList codes = traceCodes(run);
        QCOMPARE(codes, (QStringList{"risk.firstSignIn", "risk.score", "risk.action",
                                     "auth.passwordAccepted", "mfa.poolMode", "mfa.userNoFactors",
                                     "mfa.notAsked", "end.authenticated"}));
        write(QStringLiteral("wrong-password"), "Nope-nope-1\n");
        const CliRun refused =
            signin(QStringLiteral("traced"),
                   {QStringLiteral("--trace"), QStringLiteral("--user-password-file"),
                    path(QStringLiteral("wrong-password"))});
        QCOMPARE(refused.exitCode, 254);
        const QStringList refusedCodes = traceCodes(refused);
        QVERIFY2(refusedCodes.contains("auth.passwordRefused"), refused.out.constData());
        QCOMPARE(refusedCodes.last(), QStringLiteral("end.stopped"));
        QVERIFY2(!refusedCodes.contains("risk.firstSignIn"),
                 "the second sign-in is compared with the first");
    }

    void totpFromVaultEntry()
    {
        createUser(QStringLiteral("tina"));
        const CliRun tokens =
            pool(QStringLiteral("InitiateAuth"),
                 {{"AuthFlow", "USER_PASSWORD_AUTH"},
                  {"ClientId", m_clientId},
                  {"AuthParameters",
                   QJsonObject{{"USERNAME", "tina"}, {"PASSWORD", "Correct-horse-1"}}}});
        QCOMPARE(tokens.exitCode, 0);
        const QString accessToken =
            tokens.json()["AuthenticationResult"].toObject()["AccessToken"].toString();
        const CliRun associated =
            pool(QStringLiteral("AssociateSoftwareToken"), {{"AccessToken", accessToken}});
        QCOMPARE(associated.exitCode, 0);
        const QString secret = associated.json()["SecretCode"].toString();
        QVERIFY(!secret.isEmpty());
        QCOMPARE(cli(vault() + QStringList{QStringLiteral("add"),
                                           QStringLiteral("otpauth://totp/Pool:tina?secret=%1&"
                                                          "issuer=Pool")
                                               .arg(secret)})
                     .exitCode,
                 0);
        // Verify with the previous step's code, so the sign-in's current code is not a replay.
        const qint64 before = timeInPreviousTotpStep();
        const CliRun code =
            cli(vault() + QStringList{QStringLiteral("code"), QStringLiteral("Pool:tina"),
                                      QStringLiteral("--at"), QString::number(before)});
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

        const CliRun refused = signin(QStringLiteral("tina"));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(challenges(refused), QStringList{QStringLiteral("SOFTWARE_TOKEN_MFA")});
        QVERIFY2(refused.err.contains("--entry"), "the refusal names the option that answers it");

        const CliRun run = signin(QStringLiteral("tina"),
                                  {QStringLiteral("--entry"), QStringLiteral("Pool:tina")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(challenges(run), QStringList{QStringLiteral("SOFTWARE_TOKEN_MFA")});
        QCOMPARE(run.lines()[1]["answered"].toString(), QStringLiteral("SOFTWARE_TOKEN_MFA"));
        QCOMPARE(run.lines().last()["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
    }

    void smsFromOutbox()
    {
        createUser(QStringLiteral("sam"),
                   QJsonArray{QJsonObject{{"Name", "phone_number"}, {"Value", "+15555550100"}}});
        const CliRun preferred =
            pool(QStringLiteral("AdminSetUserMFAPreference"),
                 {{"UserPoolId", m_poolId},
                  {"Username", "sam"},
                  {"SMSMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        QVERIFY2(preferred.exitCode == 0, preferred.err.constData());
        const CliRun run = signin(QStringLiteral("sam"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(challenges(run), QStringList{QStringLiteral("SMS_MFA")});
        QCOMPARE(run.lines()[1]["codeFrom"].toString(), QStringLiteral("outbox"));
        QCOMPARE(run.lines().last()["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
    }

    void newPasswordRequired()
    {
        QCOMPARE(pool(QStringLiteral("AdminCreateUser"), {{"UserPoolId", m_poolId},
                                                          {"Username", "newbie"},
                                                          {"MessageAction", "SUPPRESS"},
                                                          {"TemporaryPassword", "Correct-horse-1"}})
                     .exitCode,
                 0);
        const CliRun refused = signin(QStringLiteral("newbie"));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(challenges(refused), QStringList{QStringLiteral("NEW_PASSWORD_REQUIRED")});
        QCOMPARE(refused.lines().last()["outcome"].toString(), QStringLiteral("STOPPED"));
        QVERIFY2(refused.err.contains("--new-password-file"),
                 "the refusal says how to give the new password");
        const CliRun run = signin(QStringLiteral("newbie"), {QStringLiteral("--new-password-file"),
                                                             path(QStringLiteral("new-password"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines().last()["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
    }

    void wrongPasswordIsServiceError()
    {
        write(QStringLiteral("wrong-password"), "Nope-nope-1\n");
        const CliRun run = cli(QStringList{
            QStringLiteral("pool"), QStringLiteral("--store"), path(QStringLiteral("pools.sqlite")),
            QStringLiteral("signin"), QStringLiteral("--pool-id"), m_poolId,
            QStringLiteral("--client-id"), m_clientId, QStringLiteral("--username"),
            QStringLiteral("plain"), QStringLiteral("--user-password-file"),
            path(QStringLiteral("wrong-password"))});
        QCOMPARE(run.exitCode, 254);
        const QJsonObject last =
            QJsonDocument::fromJson(run.err.trimmed().split('\n').last()).object();
        QCOMPARE(last["__type"].toString(), QStringLiteral("NotAuthorizedException"));
    }

    // --passkey: after the password sign-in, a throwaway software passkey is registered and
    // signs in through USER_AUTH -> WEB_AUTHN, each check of its assertion listed, and deleted.
    void passkeySignIn_data()
    {
        QTest::addColumn<bool>("passkeysOn");
        QTest::newRow("passkeys on") << true;
        QTest::newRow("passkeys off") << false;
    }

    void passkeySignIn()
    {
        QFETCH(bool, passkeysOn);
        // A pool of its own, so the other tests' pool keeps its settings.
        const QJsonArray factors =
            passkeysOn ? QJsonArray{"PASSWORD", "WEB_AUTHN"} : QJsonArray{"PASSWORD"};
        const CliRun created = pool(
            QStringLiteral("CreateUserPool"),
            {{"PoolName", "passkeys"},
             {"Policies",
              QJsonObject{{"SignInPolicy", QJsonObject{{"AllowedFirstAuthFactors", factors}}}}}});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString poolId = created.json()["UserPool"].toObject()["Id"].toString();
        if (passkeysOn) {
            const CliRun config =
                pool(QStringLiteral("SetUserPoolMfaConfig"),
                     {{"UserPoolId", poolId},
                      {"MfaConfiguration", "OFF"},
                      {"WebAuthnConfiguration", QJsonObject{{"RelyingPartyId", "example.com"},
                                                            {"UserVerification", "required"}}}});
            QVERIFY2(config.exitCode == 0, qPrintable(config.describe()));
        }
        const CliRun client = pool(
            QStringLiteral("CreateUserPoolClient"),
            {{"UserPoolId", poolId},
             {"ClientName", "passkeys"},
             {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH"}}});
        QCOMPARE(client.exitCode, 0);
        const QString clientId = client.json()["UserPoolClient"].toObject()["ClientId"].toString();
        const QString savedPool = m_poolId;
        const QString savedClient = m_clientId;
        m_poolId = poolId;
        createUser(QStringLiteral("keyholder"));
        m_clientId = clientId;
        const CliRun run = signin(QStringLiteral("keyholder"), {QStringLiteral("--passkey")});
        m_poolId = savedPool;
        m_clientId = savedClient;

        if (!passkeysOn) {
            QCOMPARE(run.exitCode, 254);
            QVERIFY2(run.err.contains("Turn passkeys on"), qPrintable(run.describe()));
            const QJsonObject last =
                QJsonDocument::fromJson(run.err.trimmed().split('\n').last()).object();
            QCOMPARE(last["__type"].toString(), QStringLiteral("WebAuthnNotEnabledException"));
            return;
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QStringList operations;
        QStringList checks;
        QJsonObject result;
        for (const QJsonObject& line : run.lines()) {
            if (line.contains("step")) {
                QVERIFY2(!line.contains("error"), qPrintable(run.describe()));
                operations << line["operation"].toString();
            } else if (line.contains("check")) {
                QVERIFY2(line["passed"].toBool(), qPrintable(line["detail"].toString()));
                QVERIFY(!line["detail"].toString().isEmpty());
                checks << line["check"].toString();
            } else if (line["with"].toString() == QLatin1String("WEB_AUTHN")) {
                result = line;
            }
        }
        QCOMPARE(operations, (QStringList{"InitiateAuth", "StartWebAuthnRegistration",
                                          "CompleteWebAuthnRegistration", "InitiateAuth",
                                          "RespondToAuthChallenge", "DeleteWebAuthnCredential"}));
        QCOMPARE(checks, (QStringList{"challenge", "origin", "rpIdHash", "flags", "signCount",
                                      "signature"}));
        QCOMPARE(result["outcome"].toString(), QStringLiteral("AUTHENTICATED"));
        QCOMPARE(result["username"].toString(), QStringLiteral("keyholder"));
        // The passkey's answer is what signed in.
        bool passkeySignedIn = false;
        for (const QJsonObject& line : run.lines()) {
            passkeySignedIn |= line["answered"].toString() == QLatin1String("WEB_AUTHN") &&
                               line["outcome"].toString() == QLatin1String("AUTHENTICATED");
        }
        QVERIFY2(passkeySignedIn, run.out.constData());
    }

    void missingOptionIsUsageError()
    {
        const CliRun run = cli({QStringLiteral("pool"), QStringLiteral("--store"),
                                path(QStringLiteral("pools.sqlite")), QStringLiteral("signin")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--pool-id"));
    }
};

QTEST_GUILESS_MAIN(TestCliSignin)
#include "tst_cli_signin.moc"
