// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoInit.h"
#include "crypto/Random.h"

#include <QTest>

#include <openssl/crypto.h>

#include <sys/resource.h>

class TestCryptoInit : public QObject
{
    Q_OBJECT

private slots:
    void initialiseHardensAndSelfTests()
    {
        const auto status = tessera::crypto::initialise();
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY2(CRYPTO_secure_malloc_initialized() == 1, "the secure heap should be set up");
        struct rlimit limit = {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QVERIFY2(limit.rlim_cur == 0, "core dumps must be disabled");
    }

    void randomSecretsDiffer()
    {
        const auto a = tessera::crypto::randomSecret(32);
        const auto b = tessera::crypto::randomSecret(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY2(!a.equals(b.span()), "two 256-bit random secrets must not be equal");
    }

    void failingSourceGivesEmptySecret()
    {
        const auto failing = [](std::span<std::uint8_t>) { return false; };
        QVERIFY(tessera::crypto::randomSecret(16, failing).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCryptoInit)
#include "tst_cryptoinit.moc"
