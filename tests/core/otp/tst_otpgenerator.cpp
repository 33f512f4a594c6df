// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <QFile>
#include <QTest>

using namespace tessera;
using otp::HashAlgorithm;

namespace {

crypto::SecureBytes secretFromBase32(const QString& text)
{
    auto decoded = otp::base32::decode(text);
    return decoded ? std::move(decoded.value()) : crypto::SecureBytes();
}

// Adds one row per line of an otp_vectors.csv (algo,secret_ascii,secret_base32,time_or_counter,
// digits,period,expected), rows named "<prefix>:<algo>@<time or counter>".
void addVectorRows(const QString& path, const QString& prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return;
    }
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 7) {
            QTest::newRow(qPrintable(prefix + QStringLiteral(":malformed")))
                << QString() << QString() << QString() << quint64(0) << 0 << 0 << line;
            continue;
        }
        const QString name = prefix + QLatin1Char(':') + f[0] + QLatin1Char('@') + f[3];
        QTest::newRow(qPrintable(name))
            << f[0] << f[1] << f[2] << f[3].toULongLong() << f[4].toInt() << f[5].toInt() << f[6];
    }
}

} // namespace

class TestOtpGenerator : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4226 Appendix D and RFC 6238 Appendix B, from the project's own copy and, when present,
    // from the shared corpus.
    void rfcVectors_data()
    {
        QTest::addColumn<QString>("algo");
        QTest::addColumn<QString>("secretAscii");
        QTest::addColumn<QString>("secretBase32");
        QTest::addColumn<quint64>("timeOrCounter");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("expected");
        addVectorRows(QStringLiteral(TESSERA_TEST_DATA "/otp_vectors.csv"), QStringLiteral("own"));
        addVectorRows(QStringLiteral(TESSERA_TESTDATA_DIR "/otp/otp_vectors.csv"),
                      QStringLiteral("shared"));
    }

    void rfcVectors()
    {
        QFETCH(QString, algo);
        QFETCH(QString, secretAscii);
        QFETCH(QString, secretBase32);
        QFETCH(quint64, timeOrCounter);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(QString, expected);
        QVERIFY2(!algo.isEmpty(), qPrintable(QStringLiteral("malformed vector line: ") + expected));

        // The Base32 column must be the ASCII seed, or the vector file is inconsistent.
        const auto secret = secretFromBase32(secretBase32);
        QCOMPARE(secret.view(), QByteArrayView(secretAscii.toLatin1()));

        const QStringList kind = algo.split(QLatin1Char('-'));
        const auto algorithm = otp::algorithmFromName(kind.value(1));
        QVERIFY(algorithm.has_value());
        if (kind.value(0) == QLatin1String("HOTP")) {
            QCOMPARE(otp::hotp(secret, *algorithm, timeOrCounter, digits), expected);
        } else {
            QCOMPARE(
                otp::hotp(secret, *algorithm, otp::timeStep(qint64(timeOrCounter), period), digits),
                expected);
        }
    }

    // 9 and 10 digits, and the period limits; expected values computed with pyotp 2.6.
    void digitsAndPeriods_data()
    {
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("9-digits") << 9 << 30 << int(HashAlgorithm::Sha1) << qint64(0)
                                  << "284755224";
        QTest::newRow("10-digits")
            << 10 << 30 << int(HashAlgorithm::Sha1) << qint64(0) << "1284755224";
        QTest::newRow("period-1s")
            << 6 << 1 << int(HashAlgorithm::Sha1) << qint64(1234567890) << "965462";
        QTest::newRow("period-1day")
            << 6 << 86400 << int(HashAlgorithm::Sha1) << qint64(1234567890) << "844554";
        QTest::newRow("sha512-7-digits-1day")
            << 7 << 86400 << int(HashAlgorithm::Sha512) << (qint64(1) << 33) << "0840584";
    }

    void digitsAndPeriods()
    {
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(int, algorithm);
        QFETCH(qint64, time);
        QFETCH(QString, expected);
        otp::OtpSpec spec;
        spec.secret = secretFromBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        spec.digits = digits;
        spec.period = period;
        spec.algorithm = HashAlgorithm(algorithm);
        const auto parameters = otp::OtpParameters::create(std::move(spec));
        QVERIFY2(parameters.hasValue(), qPrintable(parameters.error()));
        QCOMPARE(otp::code(*parameters, time), expected);
    }

    void tenDigitsAtLargeCounter()
    {
        const auto secret = secretFromBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(otp::hotp(secret, HashAlgorithm::Sha1, quint64(1) << 40, 10),
                 QStringLiteral("0557445672"));
    }

    // Steam Guard codes from pyotp's tests and KeePassXC's tests.
    void steam_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("expected");
        const QString pyotpSecret = QStringLiteral("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW");
        QTest::newRow("pyotp-0") << pyotpSecret << qint64(0) << "C5V56";
        QTest::newRow("pyotp-30") << pyotpSecret << qint64(30) << "QJY8Y";
        QTest::newRow("pyotp-60") << pyotpSecret << qint64(60) << "R3WQY";
        QTest::newRow("pyotp-90") << pyotpSecret << qint64(90) << "JG3T3";
        const QString keepassSecret = QStringLiteral("63BEDWCQZKTQWPESARIERL5DTTQFCJTK");
        QTest::newRow("keepassxc-1511200518") << keepassSecret << qint64(1511200518) << "FR8RV";
        QTest::newRow("keepassxc-1511200714") << keepassSecret << qint64(1511200714) << "9P3VP";
    }

    void steam()
    {
        QFETCH(QString, secret);
        QFETCH(qint64, time);
        QFETCH(QString, expected);
        otp::OtpSpec spec;
        spec.type = otp::OtpType::Steam;
        spec.secret = secretFromBase32(secret);
        const auto parameters = otp::OtpParameters::create(std::move(spec));
        QVERIFY(parameters.hasValue());
        QCOMPARE(otp::code(*parameters, time), expected);
    }

    void timeSteps_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("period");
        QTest::addColumn<quint64>("step");
        QTest::addColumn<int>("remaining");
        QTest::newRow("epoch") << qint64(0) << 30 << quint64(0) << 30;
        QTest::newRow("last-second-of-step") << qint64(59) << 30 << quint64(1) << 1;
        QTest::newRow("first-second-of-step") << qint64(60) << 30 << quint64(2) << 30;
        QTest::newRow("one-second-period") << qint64(1000) << 1 << quint64(1000) << 1;
        QTest::newRow("beyond-2038") << qint64(20000000000) << 30 << quint64(666666666) << 10;
    }

    void timeSteps()
    {
        QFETCH(qint64, time);
        QFETCH(int, period);
        QFETCH(quint64, step);
        QFETCH(int, remaining);
        QCOMPARE(otp::timeStep(time, period), step);
        QCOMPARE(otp::secondsRemaining(time, period), remaining);
    }
};

QTEST_GUILESS_MAIN(TestOtpGenerator)
#include "tst_otpgenerator.moc"
