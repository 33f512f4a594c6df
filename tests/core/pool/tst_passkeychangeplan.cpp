// SPDX-License-Identifier: GPL-3.0-or-later
// The change plan's passkey rows: the WebAuthn configuration (sent with SetUserPoolMfaConfig) and
// the allowed first factors (UpdateUserPool's Policies.SignInPolicy), each with what users will
// meet, and an edit AWS or Tessera would refuse held as the plan's validation error.
#include "PoolTestSupport.h"
#include "pool/MfaChangePlan.h"

#include <QTest>

using namespace tessera::pool;
using tessera::pool::test::PoolFixture;

namespace {

MfaPolicy plainPolicy()
{
    MfaPolicy policy;
    policy.pool.id = QStringLiteral("local-1_test");
    policy.pool.name = QStringLiteral("test");
    policy.mfa.mode = MfaMode::Optional;
    policy.mfa.softwareTokenEnabled = true;
    policy.pool.mfaMode = policy.mfa.mode;
    return policy;
}

MfaPolicy withPasskeys(const QString& relyingParty, UserVerification verification)
{
    MfaPolicy policy = plainPolicy();
    policy.mfa.webAuthn = WebAuthnConfig{relyingParty, verification};
    policy.pool.signInPolicy.allowedFirstAuthFactors = {QStringLiteral("PASSWORD"),
                                                        QStringLiteral("WEB_AUTHN")};
    return policy;
}

const PlanRow* rowNamed(const MfaChangePlan& plan, const QString& field)
{
    for (const PlanRow& row : plan.rows) {
        if (row.field == field) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

class TestPasskeyChangePlan : public QObject
{
    Q_OBJECT

private slots:
    void turningPasskeysOn()
    {
        const MfaChangePlan plan = MfaChangePlan::make(
            plainPolicy(), withPasskeys(QStringLiteral("example.com"), UserVerification::Required));
        QVERIFY2(plan.validation.ok(), qPrintable(plan.validation.failure().message));
        QCOMPARE(plan.rows.size(), 3);
        const PlanRow* party = rowNamed(plan, QStringLiteral("Passkey relying party"));
        QVERIFY(party);
        QCOMPARE(party->before, QStringLiteral("(the pool's own domain)"));
        QCOMPARE(party->after, QStringLiteral("example.com"));
        QVERIFY2(party->consequence.contains(QStringLiteral("bound to example.com")),
                 qPrintable(party->consequence));
        const PlanRow* verification = rowNamed(plan, QStringLiteral("Passkey user verification"));
        QVERIFY(verification);
        QCOMPARE(verification->before, QStringLiteral("Preferred"));
        QCOMPARE(verification->after, QStringLiteral("Required"));
        const PlanRow* factor = rowNamed(plan, QStringLiteral("First factor: Passkey (WEB_AUTHN)"));
        QVERIFY(factor);
        QCOMPARE(factor->before, QStringLiteral("Not allowed"));
        QCOMPARE(factor->after, QStringLiteral("Allowed"));
        // Both requests: the MFA configuration carries WebAuthnConfiguration, the pool its
        // sign-in policy.
        QVERIFY(plan.setsMfaConfig);
        QVERIFY(plan.updatesPool);
        QVERIFY(plan.canApply());
    }

    void movingTheRelyingPartyStrandsPasskeys()
    {
        const MfaChangePlan plan = MfaChangePlan::make(
            withPasskeys(QStringLiteral("old.example"), UserVerification::Preferred),
            withPasskeys(QStringLiteral("new.example"), UserVerification::Preferred));
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().before, QStringLiteral("old.example"));
        QVERIFY2(plan.rows.first().consequence.contains(
                     QStringLiteral("Passkeys registered for old.example stop working")),
                 qPrintable(plan.rows.first().consequence));
        QVERIFY(plan.setsMfaConfig);
        QVERIFY(!plan.updatesPool);
    }

    void turningPasskeysOffSaysWhoIsLockedOut()
    {
        MfaPolicy edited = withPasskeys(QStringLiteral("example.com"), UserVerification::Required);
        edited.pool.signInPolicy.allowedFirstAuthFactors = {QStringLiteral("PASSWORD")};
        const MfaChangePlan plan = MfaChangePlan::make(
            withPasskeys(QStringLiteral("example.com"), UserVerification::Required), edited);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().after, QStringLiteral("Not allowed"));
        QVERIFY2(plan.rows.first().consequence.contains(QStringLiteral("only passkeys")),
                 qPrintable(plan.rows.first().consequence));
        QVERIFY(!plan.setsMfaConfig);
        QVERIFY(plan.updatesPool);
    }

    // Counted where the backend can count: the local engine knows who registered a passkey.
    void turningPasskeysOffCountsTheirUsers()
    {
        PoolFixture fixture;
        fixture.makePool();
        for (const char* name : {"alice", "bob", "carol"}) {
            fixture.makeUser(QString::fromLatin1(name), false);
        }
        auto& store = fixture.engine->services().store;
        for (const auto& [user, id] :
             {std::pair{"alice", "k1"}, std::pair{"alice", "k2"}, std::pair{"bob", "k3"}}) {
            local::WebAuthnCredentialRecord record;
            record.poolId = fixture.poolId;
            record.username = QString::fromLatin1(user);
            record.credentialId = QString::fromLatin1(id);
            record.publicKey = QByteArray("\xa1\x01\x02", 3);
            record.created = fixture.now;
            QVERIFY(store.addWebAuthnCredential(record));
        }
        const auto users = store.enrolment(fixture.poolId);
        QVERIFY(users);
        QCOMPARE(users->withPasskey, qint64(2));
        QCOMPARE(users->counted, qint64(3));

        MfaPolicy edited = withPasskeys(QStringLiteral("example.com"), UserVerification::Required);
        edited.pool.signInPolicy.allowedFirstAuthFactors = {QStringLiteral("PASSWORD")};
        const MfaChangePlan plan = MfaChangePlan::make(
            withPasskeys(QStringLiteral("example.com"), UserVerification::Required), edited,
            *users);
        QCOMPARE(plan.rows.size(), 1);
        QVERIFY2(plan.rows.first().consequence.startsWith(QStringLiteral("2 user")),
                 qPrintable(plan.rows.first().consequence));

        EnrolmentSummary nobody = *users;
        nobody.withPasskey = 0;
        QVERIFY(MfaChangePlan::make(
                    withPasskeys(QStringLiteral("example.com"), UserVerification::Required), edited,
                    nobody)
                    .rows.first()
                    .consequence.contains(QStringLiteral("nobody loses")));
    }

    void codeFactorsHaveTheirRows_data()
    {
        QTest::addColumn<QString>("factor");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("email") << "EMAIL_OTP"
                               << "First factor: Code by email (EMAIL_OTP)"
                               << "Amazon SES";
        QTest::newRow("sms") << "SMS_OTP"
                             << "First factor: Code by text message (SMS_OTP)"
                             << "pays for";
    }

    void codeFactorsHaveTheirRows()
    {
        QFETCH(QString, factor);
        QFETCH(QString, field);
        QFETCH(QString, says);
        MfaPolicy edited = plainPolicy();
        edited.pool.signInPolicy.allowedFirstAuthFactors << factor;
        const MfaChangePlan plan = MfaChangePlan::make(plainPolicy(), edited);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().field, field);
        QVERIFY2(plan.rows.first().consequence.contains(says),
                 qPrintable(plan.rows.first().consequence));
        QVERIFY(plan.canApply());
    }

    void refusedEditsCannotBeApplied_data()
    {
        QTest::addColumn<QStringList>("factors");
        QTest::addColumn<QString>("relyingParty");
        QTest::addColumn<QString>("error");
        QTest::newRow("no password") << QStringList{"WEB_AUTHN"} << "example.com"
                                     << "must include PASSWORD";
        QTest::newRow("scheme in the relying party")
            << QStringList{"PASSWORD", "WEB_AUTHN"} << "https://example.com"
            << "is not a domain name";
    }

    void refusedEditsCannotBeApplied()
    {
        QFETCH(QStringList, factors);
        QFETCH(QString, relyingParty);
        QFETCH(QString, error);
        MfaPolicy edited = withPasskeys(relyingParty, UserVerification::Preferred);
        edited.pool.signInPolicy.allowedFirstAuthFactors = factors;
        const MfaChangePlan plan = MfaChangePlan::make(plainPolicy(), edited);
        QVERIFY(!plan.rows.isEmpty());
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.validation.failure().message.contains(error),
                 qPrintable(plan.validation.failure().message));
    }
};

QTEST_GUILESS_MAIN(TestPasskeyChangePlan)
#include "tst_passkeychangeplan.moc"
