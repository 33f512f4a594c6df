// SPDX-License-Identifier: GPL-3.0-or-later
// Choice-based sign-in on the local engine (InitiateAuth USER_AUTH): SELECT_CHALLENGE lists the
// first factors the pool allows and the user can answer; a WEB_AUTHN challenge is answered with
// a passkey assertion from Tessera's software authenticator; a cloned or replayed one is refused.
#include "PasskeyTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;
using webauthn::SoftwareAuthenticator;

namespace {

const QString& kRpId = kPasskeyRpId;

} // namespace

class TestChoiceSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolFixture> fixture;
    std::unique_ptr<SoftwareAuthenticator> authenticator;
    QString userAuthClient;

    PoolResult initiate(const QJsonObject& parameters, const QString& clientId = {})
    {
        return fixture->engine->execute(
            "InitiateAuth", {{"AuthFlow", "USER_AUTH"},
                             {"ClientId", clientId.isEmpty() ? userAuthClient : clientId},
                             {"AuthParameters", parameters}});
    }

    PoolResult respond(const QJsonObject& challenge, const QJsonObject& responses)
    {
        QJsonObject withUser = responses;
        withUser.insert("USERNAME", "alice");
        return fixture->engine->execute("RespondToAuthChallenge",
                                        {{"ClientId", userAuthClient},
                                         {"ChallengeName", challenge["ChallengeName"]},
                                         {"Session", challenge["Session"]},
                                         {"ChallengeResponses", withUser}});
    }

private slots:
    void init()
    {
        fixture = std::make_unique<PoolFixture>();
        fixture->makePool();
        userAuthClient = fixture
                             ->ok("CreateUserPoolClient",
                                  {{"UserPoolId", fixture->poolId},
                                   {"ClientName", "passkeys"},
                                   {"ExplicitAuthFlows",
                                    QJsonArray{"ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}}})
                             .value("UserPoolClient")
                             .toObject()
                             .value("ClientId")
                             .toString();
        enablePasskeys(*fixture);
        fixture->makeUser("alice", false);
        // alice registers a passkey, signed in with her password.
        const QString access =
            fixture->signIn("alice")["AuthenticationResult"].toObject()["AccessToken"].toString();
        const QJsonObject options =
            fixture->ok("StartWebAuthnRegistration", {{"AccessToken", access}})
                .value("CredentialCreationOptions")
                .toObject();
        authenticator = SoftwareAuthenticator::create();
        const auto registration =
            authenticator->makeCredential(kRpId, unb64(options["challenge"]), "alice", {});
        fixture->ok("CompleteWebAuthnRegistration",
                    {{"AccessToken", access}, {"Credential", registrationJson(registration)}});
    }

    void selectChallengeThenPasskey()
    {
        const PoolResult select = initiate({{"USERNAME", "alice"}});
        QVERIFY2(select, qPrintable(select ? QString() : select.failure().message));
        QCOMPARE((*select)["ChallengeName"].toString(), QStringLiteral("SELECT_CHALLENGE"));
        QCOMPARE((*select)["AvailableChallenges"].toArray(), (QJsonArray{"PASSWORD", "WEB_AUTHN"}));

        const PoolResult webAuthn = respond(*select, {{"ANSWER", "WEB_AUTHN"}});
        QVERIFY2(webAuthn, qPrintable(webAuthn ? QString() : webAuthn.failure().message));
        QCOMPARE((*webAuthn)["ChallengeName"].toString(), QStringLiteral("WEB_AUTHN"));
        const PoolResult signedIn =
            respond(*webAuthn, {{"CREDENTIAL", assertionFor(*webAuthn, *authenticator)}});
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.failure().message));
        QVERIFY(
            !(*signedIn)["AuthenticationResult"].toObject()["AccessToken"].toString().isEmpty());

        // The passkey's counter and last use are kept.
        const auto stored = fixture->engine->services().store.listWebAuthnCredentials(
            fixture->poolId, QStringLiteral("alice"));
        QCOMPARE(stored->first().signCount, qint64(authenticator->counter()));
        QCOMPARE(stored->first().lastUsed, fixture->now);
    }

    void preferredChallenges()
    {
        const PoolResult webAuthn =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        QVERIFY(webAuthn);
        QCOMPARE((*webAuthn)["ChallengeName"].toString(), QStringLiteral("WEB_AUTHN"));
        const QJsonObject options =
            QJsonDocument::fromJson((*webAuthn)["ChallengeParameters"]
                                        .toObject()["CREDENTIAL_REQUEST_OPTIONS"]
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(options["rpId"].toString(), kRpId);
        QCOMPARE(options["userVerification"].toString(), QStringLiteral("required"));
        QCOMPARE(options["allowCredentials"].toArray().first().toObject()["id"].toString(),
                 b64(authenticator->credentialId()));

        const PoolResult password = initiate(
            {{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "PASSWORD"}, {"PASSWORD", kPassword}});
        QVERIFY2(password, qPrintable(password ? QString() : password.failure().message));
        QVERIFY((*password).contains("AuthenticationResult"));
    }

    void aUserWithoutPasskeysIsOfferedThePassword()
    {
        fixture->makeUser("bob", false);
        const PoolResult select =
            initiate({{"USERNAME", "bob"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        QVERIFY(select);
        QCOMPARE((*select)["ChallengeName"].toString(), QStringLiteral("SELECT_CHALLENGE"));
        QCOMPARE((*select)["AvailableChallenges"].toArray(), QJsonArray{"PASSWORD"});
    }

    void clonedAuthenticatorIsRefused()
    {
        // A sign-in moves the counter on; a copy of the key still counting from before is refused.
        const PoolResult first =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        QVERIFY(respond(*first, {{"CREDENTIAL", assertionFor(*first, *authenticator)}}));
        authenticator->setCounter(0);
        const PoolResult second =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        const PoolResult refused =
            respond(*second, {{"CREDENTIAL", assertionFor(*second, *authenticator)}});
        QVERIFY(!refused);
        QCOMPARE(refused.failure().type, QString::fromLatin1(errors::kNotAuthorized));
        QVERIFY2(refused.failure().message.contains(QStringLiteral("cloned")),
                 qPrintable(refused.failure().message));
    }

    void replayedAssertionIsRefused()
    {
        const PoolResult first =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        const QString credential = assertionFor(*first, *authenticator);
        QVERIFY(respond(*first, {{"CREDENTIAL", credential}}));
        // The same answer to a new sign-in: its challenge is another, and the old one is spent.
        const PoolResult second =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        const PoolResult refused = respond(*second, {{"CREDENTIAL", credential}});
        QVERIFY(!refused);
        QCOMPARE(refused.failure().type, QStringLiteral("WebAuthnChallengeNotFoundException"));
    }

    void anotherKeyIsRefused()
    {
        const PoolResult challenge =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        auto stranger = SoftwareAuthenticator::create();
        const PoolResult refused =
            respond(*challenge, {{"CREDENTIAL", assertionFor(*challenge, *stranger)}});
        QVERIFY(!refused);
        QCOMPARE(refused.failure().type, QString::fromLatin1(errors::kNotAuthorized));
    }

    void aClientMustAllowUserAuth()
    {
        const PoolResult refused = initiate({{"USERNAME", "alice"}}, fixture->clientId);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().message,
                 QStringLiteral("USER_AUTH flow not enabled for this client"));
    }
};

QTEST_GUILESS_MAIN(TestChoiceSignIn)
#include "tst_choicesignin.moc"
