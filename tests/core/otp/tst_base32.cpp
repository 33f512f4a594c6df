// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"

#include <QTest>

namespace base32 = tessera::otp::base32;

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 section 10 vectors, plus the spellings people paste.
    void decodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("rfc4648-f") << "MY======" << QByteArray("f");
        QTest::newRow("rfc4648-fo") << "MZXQ====" << QByteArray("fo");
        QTest::newRow("rfc4648-foo") << "MZXW6===" << QByteArray("foo");
        QTest::newRow("rfc4648-foob") << "MZXW6YQ=" << QByteArray("foob");
        QTest::newRow("rfc4648-fooba") << "MZXW6YTB" << QByteArray("fooba");
        QTest::newRow("rfc4648-foobar") << "MZXW6YTBOI======" << QByteArray("foobar");
        QTest::newRow("padding-missing") << "MZXW6YTBOI" << QByteArray("foobar");
        QTest::newRow("lower-case") << "mzxw6ytboi" << QByteArray("foobar");
        QTest::newRow("mixed-case") << "mZxW6yTbOi" << QByteArray("foobar");
        QTest::newRow("spaces") << "MZXW 6YTB OI" << QByteArray("foobar");
        QTest::newRow("hyphens") << "MZXW-6YTB-OI" << QByteArray("foobar");
        QTest::newRow("surrounding-spaces") << "  MZXW6YTBOI  " << QByteArray("foobar");
        QTest::newRow("google-wiki-key")
            << "JBSWY3DPEHPK3PXP" << QByteArray::fromHex("48656c6c6f21deadbeef");
        QTest::newRow("trailing-bits-dropped") << "abba" << QByteArray::fromHex("0042");
        QTest::newRow("two-chars-one-byte") << "AA" << QByteArray(1, '\0');
    }

    void decodes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const auto decoded = base32::decode(text);
        QVERIFY2(decoded.hasValue(), qPrintable(decoded.error()));
        QCOMPARE(decoded->view(), QByteArrayView(bytes));
    }

    // Every refusal names the character and its 1-based position.
    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("digit-one") << "ABCDEF1H"
                                   << "secret is not Base32: '1' at position 7";
        QTest::newRow("digit-eight") << "CQ1HUXJ2VWDI8WFF"
                                     << "secret is not Base32: '1' at position 3";
        QTest::newRow("digit-zero") << "0AAAAAAA"
                                    << "secret is not Base32: '0' at position 1";
        QTest::newRow("underscore") << "SOME_SECRET"
                                    << "secret is not Base32: '_' at position 5";
        QTest::newRow("padding-in-middle")
            << "MY==MZXQ"
            << "secret is not Base32: 'M' at position 5 (padding '=' may only come at the end)";
        QTest::newRow("non-ascii")
            << QStringLiteral("AB\u00e9D") << "secret is not Base32: '\u00e9' at position 3";
        QTest::newRow("control") << QStringLiteral("AB\u0001D")
                                 << "secret is not Base32: U+0001 at position 3";
        QTest::newRow("empty") << ""
                               << "secret is empty";
        QTest::newRow("only-separators") << " - = "
                                         << "secret is empty";
        QTest::newRow("one-char")
            << "A"
            << "secret is too short: it must decode to at least one byte (two Base32 characters)";
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto decoded = base32::decode(text);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(decoded.error(), message);
    }

    void encodesWithoutPadding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("f") << QByteArray("f") << "MY";
        QTest::newRow("fo") << QByteArray("fo") << "MZXQ";
        QTest::newRow("foo") << QByteArray("foo") << "MZXW6";
        QTest::newRow("foob") << QByteArray("foob") << "MZXW6YQ";
        QTest::newRow("foobar") << QByteArray("foobar") << "MZXW6YTBOI";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void encodesWithoutPadding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(base32::encode({reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                 std::size_t(bytes.size())}),
                 text);
    }

    void roundTripsEveryLength()
    {
        QByteArray bytes;
        for (int length = 1; length <= 70; ++length) {
            bytes.append(char(length * 37));
            const QString text =
                base32::encode({reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                std::size_t(bytes.size())});
            const auto decoded = base32::decode(text);
            QVERIFY2(decoded.hasValue(), qPrintable(decoded.error()));
            QVERIFY2(decoded->view() == QByteArrayView(bytes),
                     qPrintable(QStringLiteral("length %1").arg(length)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
