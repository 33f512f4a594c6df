// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine's passkey operations: StartWebAuthnRegistration and
// CompleteWebAuthnRegistration with Tessera's software authenticator, ListWebAuthnCredentials
// and DeleteWebAuthnCredential; challenges single-use, short-lived and bound to their user.
#include "PasskeyTestSupport.h"

#include <QTest>

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::test;
using webauthn::SoftwareAuthenticator;

namespace {

const QString& kRpId = kPasskeyRpId;

} // namespace

class TestWebAuthnRegistration : public QObject
{
    Q_OBJECT

    std::unique_ptr<PoolFixture> fixture;
    QString access;

    QString signedIn(const QString& username)
    {
        fixture->makeUser(username, false);
        return fixture->signIn(username)
            .value(QStringLiteral("AuthenticationResult"))
            .toObject()
            .value(QStringLiteral("AccessToken"))
            .toString();
    }

    void enablePasskeys(const QString& verification = QStringLiteral("required"))
    {
        test::enablePasskeys(*fixture, verification);
    }

    // StartWebAuthnRegistration's challenge, decoded.
    QByteArray startChallenge(const QString& token)
    {
        const QJsonObject options =
            fixture->ok("StartWebAuthnRegistration", {{"AccessToken", token}})
                .value("CredentialCreationOptions")
                .toObject();
        return QByteArray::fromBase64(options.value("challenge").toString().toLatin1(),
                                      QByteArray::Base64UrlEncoding);
    }

    PoolResult complete(const QString& token, const SoftwareAuthenticator::Registration& answer)
    {
        return fixture->engine->execute(
            "CompleteWebAuthnRegistration",
            {{"AccessToken", token}, {"Credential", registrationJson(answer)}});
    }

private slots:
    void init()
    {
        fixture = std::make_unique<PoolFixture>();
        fixture->makePool();
        access = signedIn(QStringLiteral("alice"));
        QVERIFY(!access.isEmpty());
    }

    void refusedUntilTheAdministratorTurnsPasskeysOn()
    {
        QCOMPARE(fixture->error("StartWebAuthnRegistration", {{"AccessToken", access}}).type,
                 QStringLiteral("WebAuthnNotEnabledException"));
        allowPasskeySignIn(*fixture);
        QCOMPARE(fixture->error("StartWebAuthnRegistration", {{"AccessToken", access}}).type,
                 QStringLiteral("WebAuthnConfigurationMissingException"));
        QCOMPARE(fixture->error("StartWebAuthnRegistration", {{"AccessToken", "not-a-token"}}).type,
                 QString::fromLatin1(errors::kNotAuthorized));
    }

    void creationOptionsFollowThePool()
    {
        enablePasskeys(QStringLiteral("preferred"));
        const QJsonObject options =
            fixture->ok("StartWebAuthnRegistration", {{"AccessToken", access}})
                .value("CredentialCreationOptions")
                .toObject();
        QCOMPARE(options["rp"].toObject()["id"].toString(), kRpId);
        QCOMPARE(options["user"].toObject()["name"].toString(), QStringLiteral("alice"));
        QCOMPARE(options["authenticatorSelection"].toObject()["userVerification"].toString(),
                 QStringLiteral("preferred"));
        QCOMPARE(options["pubKeyCredParams"].toArray().size(), 2);
        QCOMPARE(QByteArray::fromBase64(options["challenge"].toString().toLatin1(),
                                        QByteArray::Base64UrlEncoding)
                     .size(),
                 32);
    }

    void registerListAndDelete()
    {
        enablePasskeys();
        auto authenticator = SoftwareAuthenticator::create();
        const auto answer =
            authenticator->makeCredential(kRpId, startChallenge(access), "alice", {});
        const PoolResult completed = complete(access, answer);
        QVERIFY2(completed, qPrintable(completed ? QString() : completed.failure().message));

        const QJsonArray listed =
            fixture->ok("ListWebAuthnCredentials", {{"AccessToken", access}})["Credentials"]
                .toArray();
        QCOMPARE(listed.size(), 1);
        const QJsonObject credential = listed[0].toObject();
        QCOMPARE(credential["CredentialId"].toString(), b64(authenticator->credentialId()));
        QCOMPARE(credential["RelyingPartyId"].toString(), kRpId);
        QCOMPARE(credential["AuthenticatorAttachment"].toString(),
                 QStringLiteral("cross-platform"));
        QCOMPARE(credential["AuthenticatorTransports"].toArray(), QJsonArray{"usb"});
        QCOMPARE(qint64(credential["CreatedAt"].toDouble()), fixture->now);

        // A second registration is told not to make the same credential again.
        const QJsonObject options =
            fixture->ok("StartWebAuthnRegistration", {{"AccessToken", access}})
                .value("CredentialCreationOptions")
                .toObject();
        QCOMPARE(options["excludeCredentials"].toArray().first().toObject()["id"].toString(),
                 b64(authenticator->credentialId()));

        // Another user sees none of alice's passkeys, and cannot delete them.
        const QString bob = signedIn(QStringLiteral("bob"));
        QVERIFY(fixture->ok("ListWebAuthnCredentials", {{"AccessToken", bob}})["Credentials"]
                    .toArray()
                    .isEmpty());
        QCOMPARE(fixture
                     ->error("DeleteWebAuthnCredential",
                             {{"AccessToken", bob}, {"CredentialId", credential["CredentialId"]}})
                     .type,
                 QString::fromLatin1(errors::kResourceNotFound));

        fixture->ok("DeleteWebAuthnCredential",
                    {{"AccessToken", access}, {"CredentialId", credential["CredentialId"]}});
        QVERIFY(fixture->ok("ListWebAuthnCredentials", {{"AccessToken", access}})["Credentials"]
                    .toArray()
                    .isEmpty());
        QCOMPARE(
            fixture
                ->error("DeleteWebAuthnCredential",
                        {{"AccessToken", access}, {"CredentialId", credential["CredentialId"]}})
                .type,
            QString::fromLatin1(errors::kResourceNotFound));
    }

    // Each row: a registration answer gone wrong, and Cognito's error for it.
    void refusals_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("type");
        QTest::newRow("replayed challenge") << "replay"
                                            << "WebAuthnChallengeNotFoundException";
        QTest::newRow("challenge expired") << "expired"
                                           << "WebAuthnChallengeNotFoundException";
        QTest::newRow("another user's challenge") << "otherUser"
                                                  << "WebAuthnChallengeNotFoundException";
        QTest::newRow("challenge never issued") << "invented"
                                                << "WebAuthnChallengeNotFoundException";
        QTest::newRow("wrong origin") << "origin"
                                      << "WebAuthnOriginNotAllowedException";
        QTest::newRow("wrong rpId") << "rpId"
                                    << "WebAuthnRelyingPartyMismatchException";
        QTest::newRow("UV required but absent") << "noUv"
                                                << "NotAuthorizedException";
        QTest::newRow("attestation none is accepted") << "none"
                                                      << "";
    }

    void refusals()
    {
        QFETCH(QString, fault);
        QFETCH(QString, type);
        enablePasskeys();
        auto authenticator = SoftwareAuthenticator::create();
        SoftwareAuthenticator::Options options;
        QString rpId = kRpId;
        QByteArray challenge = startChallenge(access);
        if (fault == QLatin1String("replay")) {
            QVERIFY(complete(access, authenticator->makeCredential(kRpId, challenge, "alice", {})));
            authenticator = SoftwareAuthenticator::create();
        } else if (fault == QLatin1String("expired")) {
            fixture->now += 301;
        } else if (fault == QLatin1String("otherUser")) {
            challenge = startChallenge(signedIn(QStringLiteral("bob")));
        } else if (fault == QLatin1String("invented")) {
            challenge = QByteArray(32, 'x');
        } else if (fault == QLatin1String("origin")) {
            options.origin = QStringLiteral("https://example.org");
        } else if (fault == QLatin1String("rpId")) {
            rpId = QStringLiteral("example.org");
            options.origin = QStringLiteral("https://example.com");
        } else if (fault == QLatin1String("noUv")) {
            options.userVerified = false;
        } else if (fault == QLatin1String("none")) {
            options.attestation = QStringLiteral("none");
        }
        const auto answer = authenticator->makeCredential(rpId, challenge, "alice", options);
        const PoolResult result = complete(access, answer);
        if (type.isEmpty()) {
            QVERIFY2(result, qPrintable(result ? QString() : result.failure().message));
            return;
        }
        QVERIFY2(!result, "the registration must be refused");
        QCOMPARE(result.failure().type, type);
        QVERIFY(!result.failure().message.isEmpty());
        // Whatever the refusal, the challenge is spent: the honest answer now fails too.
        const auto honest = authenticator->makeCredential(kRpId, challenge, "alice", {});
        QCOMPARE(complete(access, honest).failure().type,
                 QStringLiteral("WebAuthnChallengeNotFoundException"));
    }

    void listPages()
    {
        enablePasskeys();
        for (int i = 0; i < 3; ++i) {
            auto authenticator = SoftwareAuthenticator::create();
            QVERIFY(complete(
                access, authenticator->makeCredential(kRpId, startChallenge(access), "alice", {})));
            fixture->now += 1;
        }
        const QJsonObject first =
            fixture->ok("ListWebAuthnCredentials", {{"AccessToken", access}, {"MaxResults", 2}});
        QCOMPARE(first["Credentials"].toArray().size(), 2);
        QVERIFY(first.contains("NextToken"));
        const QJsonObject second = fixture->ok(
            "ListWebAuthnCredentials",
            {{"AccessToken", access}, {"MaxResults", 2}, {"NextToken", first["NextToken"]}});
        QCOMPARE(second["Credentials"].toArray().size(), 1);
        QVERIFY(!second.contains("NextToken"));
        QCOMPARE(
            fixture->error("ListWebAuthnCredentials", {{"AccessToken", access}, {"MaxResults", 21}})
                .type,
            QString::fromLatin1(errors::kInvalidParameter));
    }

    void deletingTheUserDeletesTheirPasskeys()
    {
        enablePasskeys();
        auto authenticator = SoftwareAuthenticator::create();
        QVERIFY(complete(
            access, authenticator->makeCredential(kRpId, startChallenge(access), "alice", {})));
        fixture->ok("AdminDeleteUser", {{"UserPoolId", fixture->poolId}, {"Username", "alice"}});
        const auto left = fixture->engine->services().store.listWebAuthnCredentials(
            fixture->poolId, QStringLiteral("alice"));
        QVERIFY(left);
        QVERIFY(left->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebAuthnRegistration)
#include "tst_webauthnregistration.moc"
