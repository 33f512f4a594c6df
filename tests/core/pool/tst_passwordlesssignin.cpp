// SPDX-License-Identifier: GPL-3.0-or-later
// Passwordless first factors of choice-based sign-in (USER_AUTH) on the local engine: EMAIL_OTP
// and SMS_OTP offered only when the pool allows them and the user's address is verified, the code
// in the outbox, answered with EMAIL_OTP_CODE / SMS_OTP_CODE within the attempt limits; and the
// attempt limiter on passkey assertions.
#include "PasskeyTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;
using webauthn::SoftwareAuthenticator;

class TestPasswordlessSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolFixture> fixture;
    QString userAuthClient;

    PoolResult initiate(const QJsonObject& parameters)
    {
        return fixture->engine->execute("InitiateAuth", {{"AuthFlow", "USER_AUTH"},
                                                         {"ClientId", userAuthClient},
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

    void allowFactors(const QJsonArray& factors)
    {
        fixture->ok(
            "UpdateUserPool",
            {{"UserPoolId", fixture->poolId},
             {"Policies",
              QJsonObject{{"SignInPolicy", QJsonObject{{"AllowedFirstAuthFactors", factors}}}}}});
    }

    void verify(const QString& attribute)
    {
        fixture->ok(
            "AdminUpdateUserAttributes",
            {{"UserPoolId", fixture->poolId},
             {"Username", "alice"},
             {"UserAttributes", QJsonArray{QJsonObject{{"Name", attribute}, {"Value", "true"}}}}});
    }

    int outboxSize() { return int(fixture->engine->outbox(fixture->poolId)->size()); }

private slots:
    void init()
    {
        fixture = std::make_unique<PoolFixture>();
        fixture->makePool();
        userAuthClient = fixture
                             ->ok("CreateUserPoolClient",
                                  {{"UserPoolId", fixture->poolId},
                                   {"ClientName", "passwordless"},
                                   {"ExplicitAuthFlows",
                                    QJsonArray{"ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}}})
                             .value("UserPoolClient")
                             .toObject()
                             .value("ClientId")
                             .toString();
        allowFactors({"PASSWORD", "EMAIL_OTP", "SMS_OTP"});
        fixture->makeUser("alice", false);
    }

    void onlyVerifiedAddressesAreOffered()
    {
        const PoolResult unverified = initiate({{"USERNAME", "alice"}});
        QVERIFY2(unverified, qPrintable(unverified ? QString() : unverified.failure().message));
        QCOMPARE((*unverified)["AvailableChallenges"].toArray(), QJsonArray{"PASSWORD"});

        verify("email_verified");
        QCOMPARE((*initiate({{"USERNAME", "alice"}}))["AvailableChallenges"].toArray(),
                 (QJsonArray{"PASSWORD", "EMAIL_OTP"}));
        verify("phone_number_verified");
        QCOMPARE((*initiate({{"USERNAME", "alice"}}))["AvailableChallenges"].toArray(),
                 (QJsonArray{"PASSWORD", "EMAIL_OTP", "SMS_OTP"}));

        // A factor the pool does not allow is not offered, verified address or not.
        allowFactors({"PASSWORD", "SMS_OTP"});
        const PoolResult select =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "EMAIL_OTP"}});
        QCOMPARE((*select)["ChallengeName"].toString(), QStringLiteral("SELECT_CHALLENGE"));
        QCOMPARE((*select)["AvailableChallenges"].toArray(), (QJsonArray{"PASSWORD", "SMS_OTP"}));
        const PoolResult refused = respond(*select, {{"ANSWER", "EMAIL_OTP"}});
        QVERIFY(!refused);
        QCOMPARE(refused.failure().type, QString::fromLatin1(errors::kInvalidParameter));
        QVERIFY2(refused.failure().message.contains(QStringLiteral("PASSWORD, SMS_OTP")),
                 qPrintable(refused.failure().message));
    }

    void codeSignsIn_data()
    {
        QTest::addColumn<QString>("factor");
        QTest::addColumn<QString>("verified");
        QTest::addColumn<QString>("medium");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("answerKey");
        QTest::newRow("email") << "EMAIL_OTP"
                               << "email_verified"
                               << "EMAIL"
                               << "alice@example.com"
                               << "EMAIL_OTP_CODE";
        QTest::newRow("sms") << "SMS_OTP"
                             << "phone_number_verified"
                             << "SMS"
                             << "+15555550100"
                             << "SMS_OTP_CODE";
    }

    void codeSignsIn()
    {
        QFETCH(QString, factor);
        QFETCH(QString, verified);
        QFETCH(QString, medium);
        QFETCH(QString, destination);
        QFETCH(QString, answerKey);
        verify(verified);
        const PoolResult select = initiate({{"USERNAME", "alice"}});
        QVERIFY(select);
        const PoolResult challenge = respond(*select, {{"ANSWER", factor}});
        QVERIFY2(challenge, qPrintable(challenge ? QString() : challenge.failure().message));
        QCOMPARE((*challenge)["ChallengeName"].toString(), factor);
        const QJsonObject parameters = (*challenge)["ChallengeParameters"].toObject();
        QCOMPARE(parameters["CODE_DELIVERY_DELIVERY_MEDIUM"].toString(), medium);
        QVERIFY2(!parameters["CODE_DELIVERY_DESTINATION"].toString().contains(destination),
                 "the destination is masked");

        const auto messages = fixture->engine->outbox(fixture->poolId);
        QCOMPARE(messages->last().destination, destination);
        QCOMPARE(messages->last().medium, medium);
        const QString code = fixture->lastOutboxCode();
        QCOMPARE(code.size(), 6);

        const PoolResult missing = respond(*challenge, {{"ANSWER", code}});
        QVERIFY(!missing);
        QCOMPARE(missing.failure().message,
                 QStringLiteral("Missing required parameter %1").arg(answerKey));

        const QString wrong =
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        const PoolResult mismatch = respond(*challenge, {{answerKey, wrong}});
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.failure().type, QStringLiteral("CodeMismatchException"));

        // A wrong code leaves the session open; the right one signs in.
        const PoolResult signedIn = respond(*challenge, {{answerKey, code}});
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.failure().message));
        QVERIFY(!(*signedIn)["AuthenticationResult"].toObject()["IdToken"].toString().isEmpty());
    }

    void preferredCodeFactorStartsAtOnce()
    {
        verify("email_verified");
        const PoolResult challenge =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "EMAIL_OTP"}});
        QVERIFY(challenge);
        QCOMPARE((*challenge)["ChallengeName"].toString(), QStringLiteral("EMAIL_OTP"));
        QVERIFY(respond(*challenge, {{"EMAIL_OTP_CODE", fixture->lastOutboxCode()}}));
    }

    void wrongCodesLockTheUserOut()
    {
        verify("email_verified");
        // Five wrong codes, across sessions: the user is locked out of codes.
        for (int i = 0; i < 5; ++i) {
            const PoolResult challenge =
                initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "EMAIL_OTP"}});
            QVERIFY2(challenge, qPrintable(challenge ? QString() : challenge.failure().message));
            const QString wrong = fixture->lastOutboxCode() == QLatin1String("000000")
                                      ? QStringLiteral("111111")
                                      : QStringLiteral("000000");
            QCOMPARE(respond(*challenge, {{"EMAIL_OTP_CODE", wrong}}).failure().type,
                     QStringLiteral("CodeMismatchException"));
        }
        // While locked out, no new code is even sent.
        const int sent = outboxSize();
        const PoolResult locked =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "EMAIL_OTP"}});
        QVERIFY(!locked);
        QCOMPARE(locked.failure().type, QString::fromLatin1(errors::kTooManyFailedAttempts));
        QCOMPARE(outboxSize(), sent);

        // After the lockout, a code is sent again and signs in.
        fixture->now += 2;
        const PoolResult challenge =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "EMAIL_OTP"}});
        QVERIFY2(challenge, qPrintable(challenge ? QString() : challenge.failure().message));
        QVERIFY(respond(*challenge, {{"EMAIL_OTP_CODE", fixture->lastOutboxCode()}}));
    }

    void aDisabledUserGetsNoCode()
    {
        verify("email_verified");
        fixture->ok("AdminDisableUser", {{"UserPoolId", fixture->poolId}, {"Username", "alice"}});
        const int sent = outboxSize();
        const PoolResult refused =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "EMAIL_OTP"}});
        QVERIFY(!refused);
        QCOMPARE(refused.failure().message, QStringLiteral("User is disabled."));
        QCOMPARE(outboxSize(), sent);
    }

    void emailMfaAfterPasswordIsStillMfa()
    {
        // EMAIL_OTP after a password (MFA) is answered as before, not as a first factor.
        fixture->ok("SetUserPoolMfaConfig", fixture->allFactors("ON"));
        fixture->ok("AdminSetUserMFAPreference",
                    {{"UserPoolId", fixture->poolId},
                     {"Username", "alice"},
                     {"EmailMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}});
        const QJsonObject challenge = fixture->signIn("alice");
        QCOMPARE(str(challenge, "ChallengeName"), QStringLiteral("EMAIL_OTP"));
        const QJsonObject done =
            fixture->respond(challenge, "alice", {{"EMAIL_OTP_CODE", fixture->lastOutboxCode()}});
        QVERIFY2(done.contains("AuthenticationResult"), qPrintable(str(done, "message")));
    }

    void theLocalEngineHasPasskeysAndShowsThemToAnAdministrator()
    {
        auto probe = fixture->engine->probeWebAuthn();
        probe.waitForFinished();
        QVERIFY(probe.result());
        QVERIFY(*probe.result());
        auto none = fixture->engine->userPasskeys(fixture->poolId, "alice");
        none.waitForFinished();
        QVERIFY(none.result());
        QVERIFY(none.result()->isEmpty());
        auto missing = fixture->engine->deleteUserPasskey(fixture->poolId, "alice", "nope");
        missing.waitForFinished();
        QCOMPARE(missing.result().failure().type, QString::fromLatin1(errors::kResourceNotFound));
        auto stranger = fixture->engine->userPasskeys(fixture->poolId, "nobody");
        stranger.waitForFinished();
        QCOMPARE(stranger.result().failure().type, QStringLiteral("UserNotFoundException"));
    }

    void failedPasskeysLockTheUserOut()
    {
        enablePasskeys(*fixture);
        const QString access =
            fixture->signIn("alice")["AuthenticationResult"].toObject()["AccessToken"].toString();
        const QJsonObject options =
            fixture->ok("StartWebAuthnRegistration", {{"AccessToken", access}})
                .value("CredentialCreationOptions")
                .toObject();
        auto key = SoftwareAuthenticator::create();
        fixture->ok("CompleteWebAuthnRegistration",
                    {{"AccessToken", access},
                     {"Credential", registrationJson(key->makeCredential(
                                        kPasskeyRpId, unb64(options["challenge"]), "alice", {}))}});

        auto stranger = SoftwareAuthenticator::create();
        for (int i = 0; i < 5; ++i) {
            const PoolResult challenge =
                initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
            QVERIFY2(challenge, qPrintable(challenge ? QString() : challenge.failure().message));
            const PoolResult refused =
                respond(*challenge, {{"CREDENTIAL", assertionFor(*challenge, *stranger)}});
            QCOMPARE(refused.failure().type, QString::fromLatin1(errors::kNotAuthorized));
        }
        // Locked out: even the right passkey is not looked at.
        const PoolResult challenge =
            initiate({{"USERNAME", "alice"}, {"PREFERRED_CHALLENGE", "WEB_AUTHN"}});
        const PoolResult locked =
            respond(*challenge, {{"CREDENTIAL", assertionFor(*challenge, *key)}});
        QVERIFY(!locked);
        QCOMPARE(locked.failure().type, QString::fromLatin1(errors::kTooManyFailedAttempts));
        QVERIFY2(locked.failure().message.contains(QStringLiteral("passkey")),
                 qPrintable(locked.failure().message));
        // Codes are counted apart: the lockout is on passkeys only.
        QCOMPARE(fixture->engine->services()
                     .attempts.allows(fixture->poolId, "alice", local::AttemptKind::Code)
                     .ok(),
                 true);

        // Once it has passed, the same session's challenge is answered.
        fixture->now += 2;
        const PoolResult signedIn =
            respond(*challenge, {{"CREDENTIAL", assertionFor(*challenge, *key)}});
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.failure().message));
        QVERIFY((*signedIn).contains("AuthenticationResult"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordlessSignIn)
#include "tst_passwordlesssignin.moc"
