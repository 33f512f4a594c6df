// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpParameters.h"

#include <QTest>

using namespace tessera;

namespace {

otp::OtpSpec validSpec()
{
    otp::OtpSpec spec;
    spec.secret = crypto::SecureBytes::fromView("12345678901234567890");
    return spec;
}

} // namespace

class TestOtpParameters : public QObject
{
    Q_OBJECT

private slots:
    void limits_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("error");
        QTest::newRow("totp-6") << int(otp::OtpType::Totp) << 6 << 30 << QString();
        QTest::newRow("totp-10") << int(otp::OtpType::Totp) << 10 << 30 << QString();
        QTest::newRow("digits-5") << int(otp::OtpType::Totp) << 5 << 30
                                  << "digits must be between 6 and 10, not 5";
        QTest::newRow("digits-11")
            << int(otp::OtpType::Hotp) << 11 << 30 << "digits must be between 6 and 10, not 11";
        QTest::newRow("period-0") << int(otp::OtpType::Totp) << 6 << 0
                                  << "period must be between 1 and 86400 seconds, not 0";
        QTest::newRow("period-86401") << int(otp::OtpType::Totp) << 6 << 86401
                                      << "period must be between 1 and 86400 seconds, not 86401";
        QTest::newRow("period-1") << int(otp::OtpType::Totp) << 6 << 1 << QString();
        QTest::newRow("period-86400") << int(otp::OtpType::Totp) << 6 << 86400 << QString();
        QTest::newRow("hotp-ignores-period") << int(otp::OtpType::Hotp) << 6 << 0 << QString();
        QTest::newRow("steam-normalises-digits") << int(otp::OtpType::Steam) << 2 << 7 << QString();
    }

    void limits()
    {
        QFETCH(int, type);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(QString, error);
        auto spec = validSpec();
        spec.type = otp::OtpType(type);
        spec.digits = digits;
        spec.period = period;
        const auto parameters = otp::OtpParameters::create(std::move(spec));
        if (error.isEmpty()) {
            QVERIFY2(parameters.hasValue(), qPrintable(parameters.error()));
        } else {
            QVERIFY(!parameters.hasValue());
            QCOMPARE(parameters.error(), error);
        }
    }

    void steamIsNormalised()
    {
        auto spec = validSpec();
        spec.type = otp::OtpType::Steam;
        spec.algorithm = otp::HashAlgorithm::Sha512;
        spec.digits = 8;
        spec.period = 60;
        const auto parameters = otp::OtpParameters::create(std::move(spec));
        QVERIFY(parameters.hasValue());
        QCOMPARE(parameters->digits(), 5);
        QCOMPARE(parameters->period(), 30);
        QCOMPARE(parameters->algorithm(), otp::HashAlgorithm::Sha1);
    }

    void emptySecretRefused()
    {
        otp::OtpSpec spec;
        const auto parameters = otp::OtpParameters::create(std::move(spec));
        QVERIFY(!parameters.hasValue());
        QCOMPARE(parameters.error(), QStringLiteral("secret is empty"));
    }

    void cloneIsIndependent()
    {
        auto spec = validSpec();
        spec.type = otp::OtpType::Hotp;
        spec.counter = 5;
        auto original = otp::OtpParameters::create(std::move(spec));
        QVERIFY(original.hasValue());
        auto copy = original->clone();
        copy.setCounter(6);
        QCOMPARE(original->counter(), quint64(5));
        QCOMPARE(copy.counter(), quint64(6));
        QCOMPARE(copy.secret().view(), original->secret().view());
        QVERIFY(copy.secret().data() != original->secret().data());
    }

    void algorithmNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::newRow("SHA1") << "SHA1" << true;
        QTest::newRow("sha256") << "sha256" << true;
        QTest::newRow("SHA-512") << "SHA-512" << true;
        QTest::newRow("MD5") << "MD5" << false;
        QTest::newRow("SHA224") << "SHA224" << false;
        QTest::newRow("SHA3-256") << "SHA3-256" << false;
        QTest::newRow("empty") << "" << false;
    }

    void algorithmNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QCOMPARE(otp::algorithmFromName(name).has_value(), known);
    }
};

QTEST_GUILESS_MAIN(TestOtpParameters)
#include "tst_otpparameters.moc"
