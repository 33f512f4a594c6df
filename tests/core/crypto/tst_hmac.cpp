// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBytes.h"
#include "crypto/Digest.h"
#include "crypto/Hmac.h"

#include <QTest>

#include <array>

using tessera::crypto::HashAlgorithm;

class TestHmac : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4231 test cases 1, 2 and 6 (SHA-256/512) and RFC 2202 cases 1 and 2 (SHA-1).
    void knownAnswers_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("rfc2202-1-sha1")
            << int(HashAlgorithm::Sha1) << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b617318655057264e28bc0b6fb378c8ef146be00");
        QTest::newRow("rfc2202-2-sha1") << int(HashAlgorithm::Sha1) << QByteArray("Jefe")
                                        << QByteArray("what do ya want for nothing?")
                                        << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        QTest::newRow("rfc4231-1-sha256")
            << int(HashAlgorithm::Sha256) << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("rfc4231-2-sha512")
            << int(HashAlgorithm::Sha512) << QByteArray("Jefe")
            << QByteArray("what do ya want for nothing?")
            << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75"
                          "c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
        QTest::newRow("rfc4231-6-sha256-long-key")
            << int(HashAlgorithm::Sha256) << QByteArray(131, '\xaa')
            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    void knownAnswers()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expectedHex);
        const auto hash = HashAlgorithm(algorithm);
        std::array<std::uint8_t, 64> out{};
        const auto size = std::size_t(tessera::crypto::digestSize(hash));
        QVERIFY(tessera::crypto::hmac(hash, bytesOf(key), bytesOf(message),
                                      std::span(out.data(), size)));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(out.data()), qsizetype(size)).toHex(),
                 expectedHex);
    }

    void refusesShortOutput()
    {
        std::array<std::uint8_t, 19> out{};
        QVERIFY2(!tessera::crypto::hmac(HashAlgorithm::Sha1, bytesOf("k"), bytesOf("m"), out),
                 "an output buffer smaller than the digest must be refused");
    }

    void digestMatchesSha256OfAbc()
    {
        QCOMPARE(tessera::crypto::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
