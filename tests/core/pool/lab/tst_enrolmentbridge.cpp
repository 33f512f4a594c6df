// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PoolTestSupport.h"

#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "pool/lab/EnrolmentBridge.h"
#include "pool/lab/JwtClaims.h"
#include "pool/lab/SignInLab.h"

using namespace tessera;
using namespace tessera::pool;
using namespace tessera::pool::lab;
using namespace tessera::pool::test;

namespace {

void run(PoolFixture& fixture, auto& machine)
{
    driveSync(machine, [&fixture](const LabRequest& request) {
        return fixture.engine->execute(request.operation, request.body);
    });
}

// Signs alice in (no MFA yet) and returns her access token.
QString accessToken(PoolFixture& fixture)
{
    LabScenario scenario;
    scenario.userPoolId = fixture.poolId;
    scenario.clientId = fixture.clientId;
    scenario.username = QStringLiteral("alice");
    scenario.password = secretText(kPassword);
    TypedCodes none;
    SignInLab lab(scenario.clone(), none, [&fixture] { return fixture.now; });
    run(fixture, lab);
    return lab.tokens() ? lab.tokens()->accessToken : QString();
}

} // namespace

// "Set up an authenticator" as one core flow on the local engine, and the JWT claims decoder.
class TestEnrolmentBridge : public QObject
{
    Q_OBJECT

private slots:
    void setsUpTotpPreferred()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.makeUser(QStringLiteral("alice"), false);
        const QString token = accessToken(fixture);
        QVERIFY2(!token.isEmpty(), "alice signs in without MFA first");

        EnrolmentBridge::Options options;
        options.accessToken = token;
        options.issuer = QStringLiteral("Acme Shop");
        options.account = QStringLiteral("alice@example.com");
        EnrolmentBridge bridge(options, [&fixture] { return fixture.now; });
        run(fixture, bridge);
        QVERIFY2(bridge.succeeded(), qPrintable(bridge.failure().message));
        const auto parsed = otp::otpauth::parse(bridge.uri());
        QVERIFY2(parsed.ok(), qPrintable(bridge.uri()));
        QCOMPARE(parsed->issuer(), QStringLiteral("Acme Shop"));
        QCOMPARE(parsed->account(), QStringLiteral("alice@example.com"));
        QCOMPARE(otp::code(*parsed, fixture.now), otp::code(*bridge.parameters(), fixture.now));

        const QJsonObject user =
            fixture.ok(QStringLiteral("AdminGetUser"),
                       {{"UserPoolId", fixture.poolId}, {"Username", "alice"}});
        QCOMPARE(user.value("PreferredMfaSetting").toString(),
                 QStringLiteral("SOFTWARE_TOKEN_MFA"));

        // The next sign-in asks for the new authenticator's code, which the secret gives.
        fixture.now += 30;
        LabScenario scenario;
        scenario.userPoolId = fixture.poolId;
        scenario.clientId = fixture.clientId;
        scenario.username = QStringLiteral("alice");
        scenario.password = secretText(kPassword);
        auto parameters = bridge.takeParameters();
        QVERIFY(parameters);
        TotpCodes codes(std::move(*parameters), QStringLiteral("Acme Shop:alice"),
                        [&fixture] { return fixture.now; });
        SignInLab lab(scenario.clone(), codes, [&fixture] { return fixture.now; });
        run(fixture, lab);
        QCOMPARE(lab.outcome().end, LabOutcome::End::Authenticated);
        QCOMPARE(lab.steps().size(), 2);
    }

    void wrongClockRefused()
    {
        PoolFixture fixture;
        fixture.makePool(QStringLiteral("OPTIONAL"));
        fixture.makeUser(QStringLiteral("alice"), false);
        EnrolmentBridge::Options options;
        options.accessToken = accessToken(fixture);
        // An authenticator ten minutes fast: its code is no step the engine accepts.
        EnrolmentBridge bridge(options, [&fixture] { return fixture.now + 600; });
        run(fixture, bridge);
        QVERIFY(!bridge.succeeded());
        QCOMPARE(bridge.failure().type, QStringLiteral("EnableSoftwareTokenMFAException"));
        QCOMPARE(fixture
                     .ok(QStringLiteral("AdminGetUser"),
                         {{"UserPoolId", fixture.poolId}, {"Username", "alice"}})
                     .value("PreferredMfaSetting")
                     .toString(),
                 QString());
    }

    void needsExactlyOneAuthorisation_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("session");
        QTest::newRow("neither") << ""
                                 << "";
        QTest::newRow("both") << "t"
                              << "s";
    }

    void needsExactlyOneAuthorisation()
    {
        QFETCH(QString, token);
        QFETCH(QString, session);
        EnrolmentBridge bridge({token, session, {}, {}, {}}, [] { return qint64(0); });
        QVERIFY(!bridge.start());
        QVERIFY(bridge.finished() && !bridge.succeeded());
        QCOMPARE(bridge.failure().type, QStringLiteral("InvalidParameterException"));
    }

    void jwtClaims_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("error");
        const QString payload = QString::fromLatin1(
            QByteArray(R"({"sub":"x","iat":100,"exp":3700})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("valid") << "eyJhbGciOiJSUzI1NiJ9." + payload + ".c2ln"
                               << "";
        QTest::newRow("two parts") << "a.b"
                                   << "not a JWT: it has 2 parts separated by dots, not 3";
        QTest::newRow("payload not Base64url") << "a.%%%.c"
                                               << "not a JWT: its payload is not Base64url";
        QTest::newRow("payload not JSON") << "a.bm90IGpzb24.c"
                                          << "not a JWT: its payload is not a JSON object";
    }

    void jwtClaims()
    {
        QFETCH(QString, token);
        QFETCH(QString, error);
        const auto claims = JwtClaims::decode(token);
        QCOMPARE(claims.ok() ? QString() : claims.error(), error);
        if (claims) {
            QCOMPARE(claims->value("sub").toString(), QStringLiteral("x"));
            QCOMPARE(JwtClaims::lifetime(*claims), qint64(3600));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentBridge)
#include "tst_enrolmentbridge.moc"
