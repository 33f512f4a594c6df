// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBytes.h"
#include "crypto/Scrypt.h"

#include <QTest>

using tessera::crypto::ScryptParameters;

class TestScrypt : public QObject
{
    Q_OBJECT

private slots:
    // RFC 7914 section 12, the first two vectors (the larger ones take seconds).
    void rfc7914_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("empty")
            << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
            << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                          "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
        QTest::newRow("password-NaCl")
            << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
            << quint32(16)
            << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    }

    void rfc7914()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(QByteArray, expectedHex);
        const auto key = tessera::crypto::scrypt(bytesOf(password), bytesOf(salt),
                                                 ScryptParameters{n, r, p}, 64);
        QVERIFY2(key.hasValue(), qPrintable(key.error()));
        QCOMPARE(key->view().toByteArray().toHex(), expectedHex);
    }

    void refusesInvalidParameters_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::newRow("n-not-power-of-two") << quint64(1000) << quint32(8) << quint32(1);
        QTest::newRow("n-one") << quint64(1) << quint32(8) << quint32(1);
        QTest::newRow("r-zero") << quint64(1024) << quint32(0) << quint32(1);
        QTest::newRow("p-zero") << quint64(1024) << quint32(8) << quint32(0);
        QTest::newRow("over-4-GiB") << (quint64(1) << 24) << quint32(8) << quint32(4);
    }

    void refusesInvalidParameters()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        const auto key =
            tessera::crypto::scrypt(bytesOf("pw"), bytesOf("salt"), ScryptParameters{n, r, p}, 32);
        QVERIFY(!key.hasValue());
        QVERIFY2(!key.error().isEmpty(), "a refusal must say why");
    }
};

QTEST_GUILESS_MAIN(TestScrypt)
#include "tst_scrypt.moc"
