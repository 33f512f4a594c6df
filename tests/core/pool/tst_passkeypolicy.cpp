// SPDX-License-Identifier: GPL-3.0-or-later
// The pool's passkey settings in Cognito's shapes: WebAuthnConfiguration (SetUserPoolMfaConfig)
// and Policies.SignInPolicy (UpdateUserPool), read, written and checked in AWS's words.
#include "pool/MfaConfig.h"
#include "pool/SignInPolicy.h"
#include "pool/UserPool.h"
#include "pool/WebAuthnConfig.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera::pool;
using tessera::Expected;

class TestPasskeyPolicy : public QObject
{
    Q_OBJECT

private slots:
    void webAuthnConfiguration_data()
    {
        QTest::addColumn<QJsonObject>("block");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("required on a domain")
            << QJsonObject{{"RelyingPartyId", "example.com"}, {"UserVerification", "required"}}
            << "";
        QTest::newRow("preferred on a subdomain")
            << QJsonObject{{"RelyingPartyId", "auth.example.com"},
                           {"UserVerification", "preferred"}}
            << "";
        QTest::newRow("localhost for development")
            << QJsonObject{{"RelyingPartyId", "localhost"}} << "";
        QTest::newRow("nothing given: Cognito's defaults") << QJsonObject{} << "";
        QTest::newRow("discouraged is not Cognito's")
            << QJsonObject{{"UserVerification", "discouraged"}}
            << "1 validation error detected: Value 'discouraged' at "
               "'webAuthnConfiguration.userVerification' failed to satisfy constraint: Member "
               "must satisfy enum value set: [required, preferred]";
        QTest::newRow("upper case is not Cognito's")
            << QJsonObject{{"UserVerification", "REQUIRED"}}
            << "1 validation error detected: Value 'REQUIRED' at "
               "'webAuthnConfiguration.userVerification' failed to satisfy constraint: Member "
               "must satisfy enum value set: [required, preferred]";
        QTest::newRow("128 characters")
            << QJsonObject{{"RelyingPartyId", QString(124, 'a') + ".com"}}
            << "1 validation error detected: Value '" + QString(32, 'a') +
                   "...' at 'webAuthnConfiguration.relyingPartyId' failed to satisfy constraint: "
                   "Member must have length less than or equal to 127";
        QTest::newRow("a URL, not a domain")
            << QJsonObject{{"RelyingPartyId", "https://example.com"}}
            << "The relying party ID 'https://example.com' is not a domain name. Give the host "
               "alone, in lower case, such as auth.example.com: no https://, port or path.";
        QTest::newRow("a port")
            << QJsonObject{{"RelyingPartyId", "example.com:443"}}
            << "The relying party ID 'example.com:443' is not a domain name. Give the host alone, "
               "in lower case, such as auth.example.com: no https://, port or path.";
        QTest::newRow("upper-case host")
            << QJsonObject{{"RelyingPartyId", "Example.com"}}
            << "The relying party ID 'Example.com' is not a domain name. Give the host alone, in "
               "lower case, such as auth.example.com: no https://, port or path.";
    }

    void webAuthnConfiguration()
    {
        QFETCH(QJsonObject, block);
        QFETCH(QString, error);
        const auto config =
            MfaConfig::fromJson({{"MfaConfiguration", "OFF"}, {"WebAuthnConfiguration", block}});
        const Expected<void, PoolError> checked = config ? config->validate() : config.failure();
        if (error.isEmpty()) {
            QVERIFY2(checked, qPrintable(checked ? QString() : checked.failure().message));
            QVERIFY(config->webAuthn);
            // Written back as read, with Cognito's default verification filled in.
            const QJsonObject written = config->toJson()["WebAuthnConfiguration"].toObject();
            QCOMPARE(written["RelyingPartyId"].toString(), block["RelyingPartyId"].toString());
            QCOMPARE(written["UserVerification"].toString(),
                     block["UserVerification"].toString(QStringLiteral("preferred")));
            QCOMPARE(MfaConfig::fromJson(config->toJson()).value(), config.value());
            return;
        }
        QVERIFY2(!checked, "the configuration must be refused");
        QCOMPARE(checked.failure().type, QString::fromLatin1(errors::kInvalidParameter));
        QCOMPARE(checked.failure().message, error);
    }

    void passkeysAreNotAnMfaFactor()
    {
        // A pool with MFA off may still hold passkey settings: WEB_AUTHN is a first factor.
        const auto config = MfaConfig::fromJson(
            {{"MfaConfiguration", "OFF"},
             {"WebAuthnConfiguration", QJsonObject{{"RelyingPartyId", "example.com"}}}});
        QVERIFY(config);
        QVERIFY(config->validate());
        QVERIFY(!config->anyFactorEnabled());
    }

    void signInPolicy_data()
    {
        QTest::addColumn<QStringList>("factors");
        QTest::addColumn<QString>("error");
        const QString prefix = "1 validation error detected: Value '%1' at "
                               "'policies.signInPolicy.allowedFirstAuthFactors' failed to satisfy "
                               "constraint: ";
        QTest::newRow("password only") << QStringList{"PASSWORD"} << "";
        QTest::newRow("all four") << QStringList{"PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"}
                                  << "";
        QTest::newRow("none") << QStringList{}
                              << prefix.arg("[]") +
                                     "Member must have length greater than or equal to 1";
        QTest::newRow("five") << QStringList{"PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN",
                                             "SOFTWARE_TOKEN"}
                              << prefix.arg("[PASSWORD, EMAIL_OTP, SMS_OTP, W...") +
                                     "Member must have length less than or equal to 4";
        QTest::newRow("an unknown factor")
            << QStringList{"PASSWORD", "PASSKEY"}
            << prefix.arg("[PASSWORD, PASSKEY]") +
                   "Member must satisfy constraint: [Member must satisfy enum value set: "
                   "[PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN]]";
        QTest::newRow("twice") << QStringList{"PASSWORD", "PASSWORD"}
                               << "AllowedFirstAuthFactors names PASSWORD more than once.";
        QTest::newRow("passkeys without a password")
            << QStringList{"WEB_AUTHN"}
            << "AllowedFirstAuthFactors must include PASSWORD, so users without a passkey or "
               "one-time code can still sign in.";
    }

    void signInPolicy()
    {
        QFETCH(QStringList, factors);
        QFETCH(QString, error);
        UserPool pool;
        const Expected<void, PoolError> updated = pool.update(
            {{"Policies",
              QJsonObject{{"SignInPolicy", QJsonObject{{"AllowedFirstAuthFactors",
                                                        QJsonArray::fromStringList(factors)}}}}}});
        if (error.isEmpty()) {
            QVERIFY2(updated, qPrintable(updated ? QString() : updated.failure().message));
            QCOMPARE(pool.signInPolicy.allowedFirstAuthFactors, factors);
            QCOMPARE(pool.toJson()["Policies"].toObject()["SignInPolicy"].toObject(),
                     pool.signInPolicy.toJson());
            return;
        }
        QVERIFY2(!updated, "the policy must be refused");
        QCOMPARE(updated.failure().type, QString::fromLatin1(errors::kInvalidParameter));
        QCOMPARE(updated.failure().message, error);
        // Refused: the pool keeps what it had.
        QCOMPARE(pool.signInPolicy, SignInPolicy{});
    }

    // UpdateUserPool resets what a request leaves out, so the request repeats the policy; a pool
    // described without one (AWS's Lite tier) is sent none unless it was changed.
    void updateRequestCarriesTheSignInPolicy()
    {
        UserPool lite = UserPool::fromJson(
            {{"Id", "eu-west-1_x"},
             {"Policies", QJsonObject{{"PasswordPolicy", QJsonObject{{"MinimumLength", 8}}}}}});
        QVERIFY(!lite.updateRequest()["Policies"].toObject().contains("SignInPolicy"));
        lite.signInPolicy.allowedFirstAuthFactors.append(QStringLiteral("WEB_AUTHN"));
        QCOMPARE(lite.updateRequest()["Policies"].toObject()["SignInPolicy"].toObject(),
                 (QJsonObject{{"AllowedFirstAuthFactors", QJsonArray{"PASSWORD", "WEB_AUTHN"}}}));

        const UserPool essentials = UserPool::fromJson(
            {{"Id", "eu-west-1_y"},
             {"Policies",
              QJsonObject{{"SignInPolicy", QJsonObject{{"AllowedFirstAuthFactors",
                                                        QJsonArray{"PASSWORD", "EMAIL_OTP"}}}}}}});
        QCOMPARE(essentials.signInPolicy.allowedFirstAuthFactors,
                 (QStringList{"PASSWORD", "EMAIL_OTP"}));
        QCOMPARE(essentials.updateRequest()["Policies"].toObject()["SignInPolicy"].toObject(),
                 essentials.signInPolicy.toJson());
    }

    void originHosts_data()
    {
        QTest::addColumn<QString>("rpId");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("the ID itself") << "example.com"
                                       << "example.com" << true;
        QTest::newRow("a subdomain") << "example.com"
                                     << "login.example.com" << true;
        QTest::newRow("a suffix that is not a subdomain") << "example.com"
                                                          << "badexample.com" << false;
        QTest::newRow("a parent domain") << "login.example.com"
                                         << "example.com" << false;
        QTest::newRow("another domain ending in the ID's text") << "example.com"
                                                                << "example.com.evil.test" << false;
        QTest::newRow("no ID") << ""
                               << "example.com" << false;
    }

    void originHosts()
    {
        QFETCH(QString, rpId);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(WebAuthnConfig::hostMatches(rpId, host), matches);
    }
};

QTEST_GUILESS_MAIN(TestPasskeyPolicy)
#include "tst_passkeypolicy.moc"
