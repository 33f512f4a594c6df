// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBytes.h"
#include "crypto/AesGcm.h"

#include <QTest>

namespace aesgcm = tessera::crypto::aesgcm;

class TestAesGcm : public QObject
{
    Q_OBJECT

private slots:
    // Test case 16 of McGrew & Viega, "The Galois/Counter Mode of Operation" (AES-256, 60-byte
    // plaintext, 20-byte associated data).
    void knownAnswer()
    {
        const QByteArray key =
            QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
        const QByteArray plain =
            QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c"
                                "3c0c95956809532fcf0e2449a6b525"
                                "b16aedf5aa0de657ba637b39");
        const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const auto sealed = aesgcm::encrypt(bytesOf(key), bytesOf(nonce), aad, bytesOf(plain));
        QVERIFY(sealed.hasValue());
        QCOMPARE(sealed->toHex(), QByteArray("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a"
                                             "2bd2555d1aa8cb08e48590dbb3da7b08b10"
                                             "56828838c5f61e6393ba7a0abcc9f662"
                                             "76fc6ece0f4e1768cddf8853bb2d551b"));
        const auto opened = aesgcm::decrypt(bytesOf(key), bytesOf(nonce), aad, *sealed);
        QVERIFY(opened.hasValue());
        QCOMPARE(opened->view(), QByteArrayView(plain));
    }

    // Changing any one byte of ciphertext, tag or associated data must make decryption fail.
    void tamperingIsDetected()
    {
        const QByteArray key(32, '\x42');
        const QByteArray nonce(12, '\x07');
        const QByteArray aad = "header";
        const auto sealed =
            aesgcm::encrypt(bytesOf(key), bytesOf(nonce), aad, bytesOf("secret payload"));
        QVERIFY(sealed.hasValue());
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray changed = *sealed;
            changed[i] = char(changed[i] ^ 0x01);
            QVERIFY2(!aesgcm::decrypt(bytesOf(key), bytesOf(nonce), aad, changed).hasValue(),
                     qPrintable(QStringLiteral("flipping byte %1 went unnoticed").arg(i)));
        }
        QVERIFY(!aesgcm::decrypt(bytesOf(key), bytesOf(nonce), "headeR", *sealed).hasValue());
        QByteArray otherKey = key;
        otherKey[0] = 'x';
        QVERIFY(!aesgcm::decrypt(bytesOf(otherKey), bytesOf(nonce), aad, *sealed).hasValue());
    }

    void refusesBadSizes()
    {
        QVERIFY(!aesgcm::encrypt(bytesOf(QByteArray(31, 'k')), bytesOf(QByteArray(12, 'n')), {}, {})
                     .hasValue());
        QVERIFY(!aesgcm::encrypt(bytesOf(QByteArray(32, 'k')), bytesOf(QByteArray(8, 'n')), {}, {})
                     .hasValue());
        QVERIFY(!aesgcm::decrypt(bytesOf(QByteArray(32, 'k')), bytesOf(QByteArray(12, 'n')), {},
                                 "short")
                     .hasValue());
    }

    void emptyPlaintextRoundTrips()
    {
        const QByteArray key(32, '\x01');
        const QByteArray nonce(12, '\x02');
        const auto sealed = aesgcm::encrypt(bytesOf(key), bytesOf(nonce), "a", {});
        QVERIFY(sealed.hasValue());
        QCOMPARE(sealed->size(), qsizetype(aesgcm::kTagSize));
        const auto opened = aesgcm::decrypt(bytesOf(key), bytesOf(nonce), "a", *sealed);
        QVERIFY(opened.hasValue());
        QVERIFY(opened->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAesGcm)
#include "tst_aesgcm.moc"
