// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolTestSupport.h"
#include "pool/CognitoSrp.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;

namespace {

const QString kSrpAuth = QStringLiteral("USER_SRP_AUTH");

} // namespace

// USER_SRP_AUTH on the local engine, answered by Tessera's own SRP client (which
// tst_cognitosrp checks against amazon-cognito-identity-js): the PASSWORD_VERIFIER challenge,
// then everything a password sign-in goes on to (NEW_PASSWORD_REQUIRED, MFA, tokens), and the
// refusals: a wrong password, a disabled user, a client without the flow, a stale or forged claim.
class TestSrpSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolFixture> m_pool;
    QString m_srpClient;

    QJsonObject initiate(const QString& username, const srp::Client& client,
                         const QString& clientId = {})
    {
        const PoolResult result = m_pool->engine->execute(
            QStringLiteral("InitiateAuth"),
            {{QStringLiteral("AuthFlow"), kSrpAuth},
             {QStringLiteral("ClientId"), clientId.isEmpty() ? m_srpClient : clientId},
             {QStringLiteral("AuthParameters"),
              QJsonObject{{QStringLiteral("USERNAME"), username},
                          {QStringLiteral("SRP_A"), client.publicHex()}}}});
        return result ? *result : result.failure().toJson();
    }

    // The ChallengeResponses a Cognito client sends for PASSWORD_VERIFIER.
    QJsonObject claim(const QJsonObject& challenge, const srp::Client& client,
                      const QString& password)
    {
        const QJsonObject parameters = challenge[QStringLiteral("ChallengeParameters")].toObject();
        const QString when = srp::timestamp(QDateTime::fromSecsSinceEpoch(m_pool->now, Qt::UTC));
        const QString userId = parameters[QStringLiteral("USER_ID_FOR_SRP")].toString();
        const auto signature =
            client.passwordClaim(srp::poolName(m_pool->poolId), userId, password,
                                 parameters[QStringLiteral("SALT")].toString(),
                                 parameters[QStringLiteral("SRP_B")].toString(),
                                 parameters[QStringLiteral("SECRET_BLOCK")].toString(), when);
        return {{QStringLiteral("USERNAME"), userId},
                {QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"),
                 parameters[QStringLiteral("SECRET_BLOCK")].toString()},
                {QStringLiteral("TIMESTAMP"), when},
                {QStringLiteral("PASSWORD_CLAIM_SIGNATURE"), signature.value_or(QString())}};
    }

    QJsonObject answer(const QJsonObject& challenge, const QJsonObject& responses,
                       bool withSession = true)
    {
        QJsonObject request{{QStringLiteral("ClientId"), m_srpClient},
                            {QStringLiteral("ChallengeName"), QStringLiteral("PASSWORD_VERIFIER")},
                            {QStringLiteral("ChallengeResponses"), responses}};
        if (withSession) {
            request.insert(QStringLiteral("Session"), challenge[QStringLiteral("Session")]);
        }
        const PoolResult result =
            m_pool->engine->execute(QStringLiteral("RespondToAuthChallenge"), request);
        return result ? *result : result.failure().toJson();
    }

    QJsonObject signIn(const QString& username, const QString& password, bool withSession = true)
    {
        const auto client = srp::Client::create();
        const QJsonObject challenge = initiate(username, *client);
        return answer(challenge, claim(challenge, *client, password), withSession);
    }

private slots:
    void init()
    {
        m_pool = std::make_unique<PoolFixture>();
        m_pool->makePool();
        m_srpClient = m_pool
                          ->ok(QStringLiteral("CreateUserPoolClient"),
                               {{QStringLiteral("UserPoolId"), m_pool->poolId},
                                {QStringLiteral("ClientName"),
                                 QStringLiteral("amplify")}})[QStringLiteral("UserPoolClient")]
                          .toObject()[QStringLiteral("ClientId")]
                          .toString();
        m_pool->makeUser(QStringLiteral("tina"), false);
    }

    void passwordVerifierChallenge()
    {
        const auto client = srp::Client::create();
        const QJsonObject challenge = initiate(QStringLiteral("tina"), *client);
        QCOMPARE(challenge[QStringLiteral("ChallengeName")].toString(),
                 QStringLiteral("PASSWORD_VERIFIER"));
        const QJsonObject parameters = challenge[QStringLiteral("ChallengeParameters")].toObject();
        for (const char* name : {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"}) {
            QVERIFY2(!parameters[QLatin1String(name)].toString().isEmpty(),
                     qPrintable(QStringLiteral("the challenge has %1").arg(QLatin1String(name))));
        }
        const QJsonObject signedIn = answer(challenge, claim(challenge, *client, kPassword));
        QVERIFY2(signedIn[QStringLiteral("AuthenticationResult")].toObject().contains("IdToken"),
                 QJsonDocument(signedIn).toJson().constData());
    }

    void answeredWithoutSession()
    {
        const QJsonObject signedIn = signIn(QStringLiteral("tina"), kPassword, false);
        QVERIFY2(signedIn[QStringLiteral("AuthenticationResult")].toObject().contains("IdToken"),
                 "the SECRET_BLOCK finds the session when the client sends none, as AWS allows");
    }

    void wrongPasswordRefusedAndCounted()
    {
        const QJsonObject refused = signIn(QStringLiteral("tina"), QStringLiteral("Wrong-horse-1"));
        QCOMPARE(refused[QStringLiteral("__type")].toString(),
                 QStringLiteral("NotAuthorizedException"));
        QCOMPARE(refused[QStringLiteral("message")].toString(),
                 QStringLiteral("Incorrect username or password."));
        const QJsonObject events = m_pool->ok(
            QStringLiteral("AdminListUserAuthEvents"),
            {{QStringLiteral("UserPoolId"), m_pool->poolId}, {QStringLiteral("Username"), "tina"}});
        const QJsonArray list = events[QStringLiteral("AuthEvents")].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject()[QStringLiteral("EventResponse")].toString(),
                 QStringLiteral("Fail"));
    }

    void continuesAsAPasswordSignIn_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("challenge");
        QTest::newRow("temporary password") << "temporary"
                                            << "NEW_PASSWORD_REQUIRED";
        QTest::newRow("MFA ON, TOTP set up") << "totp"
                                             << "SOFTWARE_TOKEN_MFA";
        QTest::newRow("MFA ON, nothing set up") << "setup"
                                                << "MFA_SETUP";
    }
    void continuesAsAPasswordSignIn()
    {
        QFETCH(QString, setup);
        QFETCH(QString, challenge);
        QString username = QStringLiteral("tina");
        if (setup == QLatin1String("temporary")) {
            username = QStringLiteral("newbie");
            m_pool->ok(QStringLiteral("AdminCreateUser"),
                       {{QStringLiteral("UserPoolId"), m_pool->poolId},
                        {QStringLiteral("Username"), username},
                        {QStringLiteral("TemporaryPassword"), kPassword},
                        {QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS")}});
        } else {
            m_pool->ok(QStringLiteral("SetUserPoolMfaConfig"),
                       {{QStringLiteral("UserPoolId"), m_pool->poolId},
                        {QStringLiteral("MfaConfiguration"), QStringLiteral("ON")},
                        {QStringLiteral("SoftwareTokenMfaConfiguration"),
                         QJsonObject{{QStringLiteral("Enabled"), true}}}});
            if (setup == QLatin1String("totp")) {
                m_pool->makeUser(QStringLiteral("tom"), true);
                m_pool->ok(QStringLiteral("AdminSetUserMFAPreference"),
                           {{QStringLiteral("UserPoolId"), m_pool->poolId},
                            {QStringLiteral("Username"), QStringLiteral("tom")},
                            {QStringLiteral("SoftwareTokenMfaSettings"),
                             QJsonObject{{QStringLiteral("Enabled"), true},
                                         {QStringLiteral("PreferredMfa"), true}}}});
                username = QStringLiteral("tom");
            }
        }
        const QJsonObject next = signIn(username, kPassword);
        QCOMPARE(next[QStringLiteral("ChallengeName")].toString(), challenge);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("type");
        QTest::newRow("disabled user") << "disable"
                                       << "NotAuthorizedException";
        QTest::newRow("client without the flow") << "client"
                                                 << "InvalidParameterException";
        QTest::newRow("timestamp in another form") << "timestamp"
                                                   << "InvalidParameterException";
        QTest::newRow("another session's secret block") << "block"
                                                        << "NotAuthorizedException";
        QTest::newRow("claim replayed") << "replay"
                                        << "NotAuthorizedException";
        QTest::newRow("A = 0") << "zero"
                               << "InvalidParameterException";
        QTest::newRow("password set before SRP") << "legacy"
                                                 << "InvalidParameterException";
    }
    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, type);
        const auto client = srp::Client::create();
        if (change == QLatin1String("disable")) {
            m_pool->ok(QStringLiteral("AdminDisableUser"),
                       {{QStringLiteral("UserPoolId"), m_pool->poolId},
                        {QStringLiteral("Username"), QStringLiteral("tina")}});
        }
        if (change == QLatin1String("legacy")) {
            auto& store = m_pool->engine->services().store;
            auto record = store.loadUser(m_pool->poolId, QStringLiteral("tina"));
            record->srpSalt.clear();
            record->srpVerifier.clear();
            QVERIFY(store.saveUser(m_pool->poolId, *record));
        }
        if (change == QLatin1String("client") || change == QLatin1String("zero") ||
            change == QLatin1String("legacy")) {
            QJsonObject refused;
            if (change == QLatin1String("zero")) {
                refused = m_pool->engine
                              ->execute(QStringLiteral("InitiateAuth"),
                                        {{QStringLiteral("AuthFlow"), kSrpAuth},
                                         {QStringLiteral("ClientId"), m_srpClient},
                                         {QStringLiteral("AuthParameters"),
                                          QJsonObject{{QStringLiteral("USERNAME"), "tina"},
                                                      {QStringLiteral("SRP_A"), "0"}}}})
                              .failure()
                              .toJson();
            } else {
                refused =
                    initiate(QStringLiteral("tina"), *client,
                             change == QLatin1String("client") ? m_pool->clientId : QString());
            }
            QCOMPARE(refused[QStringLiteral("__type")].toString(), type);
            return;
        }
        const QJsonObject challenge = initiate(QStringLiteral("tina"), *client);
        QJsonObject responses = claim(challenge, *client, kPassword);
        if (change == QLatin1String("timestamp")) {
            responses.insert(QStringLiteral("TIMESTAMP"), QStringLiteral("2026-03-01T10:00:00Z"));
        }
        if (change == QLatin1String("block")) {
            const auto other = srp::Client::create();
            const QJsonObject second = initiate(QStringLiteral("tina"), *other);
            responses.insert(QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"),
                             second[QStringLiteral("ChallengeParameters")]
                                 .toObject()[QStringLiteral("SECRET_BLOCK")]);
        }
        if (change == QLatin1String("replay")) {
            QVERIFY(answer(challenge, responses).contains(QStringLiteral("AuthenticationResult")));
        }
        const QJsonObject refused = answer(challenge, responses);
        QCOMPARE(refused[QStringLiteral("__type")].toString(), type);
    }
};

QTEST_GUILESS_MAIN(TestSrpSignIn)
#include "tst_srpsignin.moc"
