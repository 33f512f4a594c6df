// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBytes.h"

#include <QTest>

#include <openssl/crypto.h>

using tessera::crypto::SecureBytes;

class TestSecureBytes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Exercise the locked heap as the application does.
        CRYPTO_secure_malloc_init(std::size_t(1) << 16, 32);
    }

    void copiesInputAndCompares()
    {
        const QByteArray secret = "correct horse";
        const SecureBytes bytes = SecureBytes::fromView(secret);
        QCOMPARE(bytes.size(), std::size_t(secret.size()));
        QCOMPARE(bytes.view(), QByteArrayView(secret));
        QVERIFY(bytes.equals(std::span(reinterpret_cast<const std::uint8_t*>(secret.data()), 13)));
        QVERIFY(!bytes.equals(std::span(reinterpret_cast<const std::uint8_t*>(secret.data()), 12)));
    }

    void comesFromSecureHeapWhenInitialised()
    {
        const SecureBytes bytes(64);
        QVERIFY2(CRYPTO_secure_allocated(bytes.data()) == 1,
                 "with the secure heap initialised, secrets must live in it");
    }

    // The secure heap is 64 KiB here; a larger secret must still be allocated (from the normal
    // heap) and usable.
    void largerThanSecureHeapStillWorks()
    {
        SecureBytes big(std::size_t(1) << 20);
        QCOMPARE(big.size(), std::size_t(1) << 20);
        big.data()[big.size() - 1] = 7;
        QVERIFY(CRYPTO_secure_allocated(big.data()) == 0);
        SecureBytes copy = big.clone();
        QCOMPARE(copy.data()[copy.size() - 1], std::uint8_t(7));
    }

    void moveLeavesSourceEmpty()
    {
        SecureBytes a = SecureBytes::fromView("abc");
        SecureBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(b.view(), QByteArrayView("abc"));
    }

    void resizeKeepsPrefix()
    {
        SecureBytes bytes = SecureBytes::fromView("abcdef");
        bytes.resize(3);
        QCOMPARE(bytes.view(), QByteArrayView("abc"));
        bytes.resize(5);
        QCOMPARE(bytes.size(), std::size_t(5));
        QCOMPARE(bytes.view().first(3), QByteArrayView("abc"));
        QCOMPARE(bytes.data()[4], std::uint8_t(0));
    }

    void clearEmpties()
    {
        SecureBytes bytes = SecureBytes::fromView("secret");
        bytes.clear();
        QVERIFY(bytes.isEmpty());
        QCOMPARE(bytes.data(), nullptr);
    }

    void constantTimeEqualsHandlesLengths()
    {
        using tessera::crypto::constantTimeEquals;
        const std::uint8_t a[] = {1, 2, 3};
        const std::uint8_t b[] = {1, 2, 4};
        QVERIFY(constantTimeEquals(a, a));
        QVERIFY(!constantTimeEquals(a, b));
        QVERIFY(!constantTimeEquals(std::span(a, 2), std::span(a, 3)));
        QVERIFY(constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
