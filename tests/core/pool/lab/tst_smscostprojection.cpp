// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/lab/SmsCostProjection.h"

#include <QTest>

using namespace tessera;
using namespace tessera::pool::lab;

namespace {

// A table with round prices, so every expected figure can be worked by hand.
SmsPriceTable roundPrices()
{
    SmsPriceTable table;
    table.asOf = QDate(2024, 1, 15);
    table.prices = {{QStringLiteral("US"), 0.01}, {QStringLiteral("DE"), 0.10}};
    return table;
}

SmsCostInputs base()
{
    SmsCostInputs inputs;
    inputs.users = 10'000;
    inputs.signInsPerUserPerMonth = 20;
    inputs.shareChallenged = 0.5;
    inputs.shareSms = 0.4;
    inputs.destinations = {{QStringLiteral("US"), 1.0}};
    return inputs;
}

} // namespace

Q_DECLARE_METATYPE(SmsCostInputs)

// The SMS cost projection's arithmetic: messages, cost, growth, break-even, and refusals.
class TestSmsCostProjection : public QObject
{
    Q_OBJECT

private slots:
    void firstAndLastMonth_data()
    {
        QTest::addColumn<SmsCostInputs>("inputs");
        QTest::addColumn<double>("messages");
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("month12Users");
        // 10,000 × 20 × 0.5 × 0.4 = 40,000 texts × $0.01.
        QTest::newRow("one country, no growth") << base() << 40'000.0 << 400.0 << 10'000.0;
        SmsCostInputs mixed = base();
        mixed.destinations = {{QStringLiteral("US"), 0.75}, {QStringLiteral("DE"), 0.25}};
        // Mean price 0.75 × 0.01 + 0.25 × 0.10 = 0.0325.
        QTest::newRow("two countries") << mixed << 40'000.0 << 1'300.0 << 10'000.0;
        SmsCostInputs growing = base();
        growing.monthlyGrowth = 0.10;
        // Month 12: 10,000 × 1.1^11.
        QTest::newRow("10% monthly growth")
            << growing << 40'000.0 << 400.0 << 10'000.0 * std::pow(1.1, 11);
        SmsCostInputs totpOnly = base();
        totpOnly.shareSms = 0;
        QTest::newRow("no SMS users costs nothing") << totpOnly << 0.0 << 0.0 << 10'000.0;
        SmsCostInputs offPolicy = base();
        offPolicy.shareChallenged = 0;
        QTest::newRow("no sign-in challenged") << offPolicy << 0.0 << 0.0 << 10'000.0;
    }

    void firstAndLastMonth()
    {
        QFETCH(SmsCostInputs, inputs);
        QFETCH(double, messages);
        QFETCH(double, cost);
        QFETCH(double, month12Users);
        const auto line = SmsCostProjection::project(inputs, roundPrices());
        QVERIFY2(line.ok(), qPrintable(line.error()));
        QCOMPARE(line->size(), 12);
        QCOMPARE(line->first().month, 1);
        QCOMPARE(line->first().messages, messages);
        QCOMPARE(line->first().cost, cost);
        QCOMPARE(line->last().month, 12);
        QVERIFY(qFuzzyCompare(line->last().users, month12Users));
    }

    void refusals_data()
    {
        QTest::addColumn<SmsCostInputs>("inputs");
        QTest::addColumn<QString>("message");
        SmsCostInputs inputs = base();
        inputs.destinations = {{QStringLiteral("FR"), 1.0}};
        QTest::newRow("country without a price")
            << inputs << "the price table has no price for FR: add it";
        inputs = base();
        inputs.destinations = {{QStringLiteral("US"), 0.5}, {QStringLiteral("DE"), 0.3}};
        QTest::newRow("shares not 100%")
            << inputs << "the destination shares add up to 80%, not 100%";
        inputs = base();
        inputs.destinations.clear();
        QTest::newRow("no destination")
            << inputs << "say where the texts go: at least one destination country";
        inputs = base();
        inputs.shareChallenged = 1.5;
        QTest::newRow("share above 1")
            << inputs << "the share of sign-ins challenged must be from 0 to 1 (0% to 100%)";
        inputs = base();
        inputs.users = -1;
        QTest::newRow("negative users") << inputs << "the number of users cannot be negative";
    }

    void refusals()
    {
        QFETCH(SmsCostInputs, inputs);
        QFETCH(QString, message);
        const auto line = SmsCostProjection::project(inputs, roundPrices());
        QVERIFY(!line.ok());
        QCOMPARE(line.error(), message);
    }

    void breakEven_data()
    {
        QTest::addColumn<double>("growth");
        QTest::addColumn<double>("costPerUser");
        QTest::addColumn<double>("oneTimeCost");
        QTest::addColumn<int>("month");
        // 4,000 SMS users; all moved: $400 a month saved.
        QTest::newRow("pays in month 3") << 0.0 << 0.25 << 1'000.0 << 3;
        QTest::newRow("pays at once when free") << 0.0 << 0.0 << 0.0 << 1;
        QTest::newRow("pays in exactly 10 months") << 0.0 << 1.0 << 4'000.0 << 10;
        // With 10% growth the savings are 400, 440, 484, 532.4, ...: 1,856.4 after four months.
        QTest::newRow("growth pays sooner") << 0.10 << 0.45 << 1'800.0 << 4;
        QTest::newRow("never within ten years") << 0.0 << 20.0 << 80'000.0 << -1;
    }

    void breakEven()
    {
        QFETCH(double, growth);
        QFETCH(double, costPerUser);
        QFETCH(double, oneTimeCost);
        QFETCH(int, month);
        SmsCostInputs inputs = base();
        inputs.monthlyGrowth = growth;
        const auto result = SmsCostProjection::breakEven(inputs, roundPrices(), 1.0, costPerUser);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->firstMonthSaving, 400.0);
        QCOMPARE(result->oneTimeCost, oneTimeCost);
        QCOMPARE(result->month.value_or(-1), month);
    }

    // The shares a policy implies, alone and with a counted factor mix: 100 users, 40 without a
    // factor, 30 with SMS.
    void sharesFromPolicy_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("sms");
        QTest::addColumn<bool>("totp");
        QTest::addColumn<bool>("withMix");
        QTest::addColumn<double>("challenged");
        QTest::addColumn<double>("smsShare");
        const int off = int(pool::MfaMode::Off);
        const int optional = int(pool::MfaMode::Optional);
        const int on = int(pool::MfaMode::On);
        QTest::newRow("off challenges no one") << off << true << true << false << 0.0 << 0.5;
        QTest::newRow("required, SMS only: every sign-in texts")
            << on << true << false << false << 1.0 << 1.0;
        QTest::newRow("optional, no mix: every user taken as enrolled")
            << optional << true << true << false << 1.0 << 0.5;
        QTest::newRow("SMS off: no texts") << on << false << true << false << 1.0 << 0.0;
        QTest::newRow("optional with mix: the enrolled are challenged")
            << optional << true << true << true << 0.6 << 0.5;
        QTest::newRow("required with mix: all challenged, SMS among the enrolled")
            << on << true << true << true << 1.0 << 0.5;
        QTest::newRow("mix but SMS off") << optional << false << true << true << 0.6 << 0.0;
    }

    void sharesFromPolicy()
    {
        QFETCH(int, mode);
        QFETCH(bool, sms);
        QFETCH(bool, totp);
        QFETCH(bool, withMix);
        QFETCH(double, challenged);
        QFETCH(double, smsShare);
        pool::MfaConfig mfa;
        mfa.mode = pool::MfaMode(mode);
        if (sms) {
            mfa.sms = pool::SmsMfaConfig{};
        }
        mfa.softwareTokenEnabled = totp;
        std::optional<pool::EnrolmentSummary> users;
        if (withMix) {
            pool::EnrolmentSummary summary;
            summary.counted = 100;
            summary.exact = true;
            summary.withoutFactor = 40;
            summary.withSms = 30;
            summary.withSoftwareToken = 35;
            users = summary;
        }
        const SmsShares shares = SmsCostProjection::sharesFrom(mfa, users);
        QCOMPARE(shares.challenged, challenged);
        QCOMPARE(shares.sms, smsShare);
        QCOMPARE(shares.fromFactorMix, withMix);
    }

    void sampleTableIsDatedAndLabelled()
    {
        const SmsPriceTable table = SmsPriceTable::sample();
        QVERIFY(table.asOf.isValid());
        QVERIFY2(table.note.contains("not current AWS prices"), "never presented as current");
        QVERIFY(table.priceFor(QStringLiteral("us")).has_value());
        QVERIFY(!table.priceFor(QStringLiteral("ZZ")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSmsCostProjection)
#include "tst_smscostprojection.moc"
