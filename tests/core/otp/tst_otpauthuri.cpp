// SPDX-License-Identifier: GPL-3.0-or-later
// The project's own otpauth:// cases: they hold without ../shared/testdata.
#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"

#include <QTest>

using namespace tessera;
namespace otpauth = tessera::otp::otpauth;

class TestOtpAuthUri : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<quint64>("counter");
        QTest::newRow("wiki-example")
            << "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"
            << "totp"
            << "Example"
            << "alice@google.com"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("encoded-colon-and-spaces")
            << "otpauth://totp/Big%20Corporation%3A%20alice%40bigco.com?secret=JBSWY3DPEHPK3PXP"
            << "totp"
            << "Big Corporation"
            << "alice@bigco.com"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("literal-spaces-after-colon")
            << "otpauth://totp/ACME:  bob?secret=JBSWY3DPEHPK3PXP"
            << "totp"
            << "ACME"
            << "bob"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("issuer-parameter-only")
            << "otpauth://totp/bob?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada"
            << "totp"
            << "Air Canada"
            << "bob"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("issuer-parameter-wins")
            << "otpauth://totp/Old:bob?secret=JBSWY3DPEHPK3PXP&issuer=New"
            << "totp"
            << "New"
            << "bob"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("issuer-with-colon")
            << "otpauth://totp/Text%3A%20More:alice?secret=JBSWY3DPEHPK3PXP&issuer=Text%3A%20More"
            << "totp"
            << "Text: More"
            << "alice"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("all-parameters-upper-case")
            << "OTPAUTH://TOTP/x?SECRET=jbswy3dpehpk3pxp&ALGORITHM=sha512&DIGITS=8&PERIOD=60"
            << "totp"
            << ""
            << "x"
            << "JBSWY3DPEHPK3PXP"
            << "SHA512" << 8 << 60 << quint64(0);
        QTest::newRow("hotp-counter-default-0") << "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP"
                                                << "hotp"
                                                << ""
                                                << "x"
                                                << "JBSWY3DPEHPK3PXP"
                                                << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("hotp-counter-max")
            << "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551615"
            << "hotp"
            << ""
            << "x"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 6 << 30 << quint64(18446744073709551615ULL);
        QTest::newRow("steam-type") << "otpauth://steam/Steam:gabe?secret=JBSWY3DPEHPK3PXP"
                                    << "steam"
                                    << "Steam"
                                    << "gabe"
                                    << "JBSWY3DPEHPK3PXP"
                                    << "SHA1" << 5 << 30 << quint64(0);
        QTest::newRow("steam-encoder")
            << "otpauth://totp/Steam:gabe?secret=JBSWY3DPEHPK3PXP&encoder=steam&digits=7"
            << "steam"
            << "Steam"
            << "gabe"
            << "JBSWY3DPEHPK3PXP"
            << "SHA1" << 5 << 30 << quint64(0);
        QTest::newRow("padded-secret") << "otpauth://totp/x?secret=MZXW6YTBOI======"
                                       << "totp"
                                       << ""
                                       << "x"
                                       << "MZXW6YTBOI"
                                       << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("identical-duplicate")
            << "otpauth://totp/x?secret=MZXW6YTBOI&digits=8&digits=8"
            << "totp"
            << ""
            << "x"
            << "MZXW6YTBOI"
            << "SHA1" << 8 << 30 << quint64(0);
        QTest::newRow("utf8-label") << "otpauth://totp/L%C3%A9on?secret=MZXW6YTBOI"
                                    << "totp"
                                    << "" << QStringLiteral("L\u00e9on") << "MZXW6YTBOI"
                                    << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("no-label") << "otpauth://totp?secret=MZXW6YTBOI"
                                  << "totp"
                                  << ""
                                  << ""
                                  << "MZXW6YTBOI"
                                  << "SHA1" << 6 << 30 << quint64(0);
        QTest::newRow("trailing-newline") << "otpauth://totp/x?secret=MZXW6YTBOI\n"
                                          << "totp"
                                          << ""
                                          << "x"
                                          << "MZXW6YTBOI"
                                          << "SHA1" << 6 << 30 << quint64(0);
    }

    void parses()
    {
        QFETCH(QString, uri);
        QFETCH(QString, type);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(QString, secret);
        QFETCH(QString, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(quint64, counter);
        const auto p = otpauth::parse(uri);
        QVERIFY2(p.hasValue(), qPrintable(p.error()));
        QCOMPARE(otp::typeName(p->type()), type);
        QCOMPARE(p->issuer(), issuer);
        QCOMPARE(p->account(), account);
        QCOMPARE(otp::base32::encode(p->secret().span()), secret);
        QCOMPARE(otp::algorithmName(p->algorithm()), algorithm);
        QCOMPARE(p->digits(), digits);
        QCOMPARE(p->period(), period);
        QCOMPARE(p->counter(), counter);
    }

    // Each refusal says what is wrong in words a person can act on.
    void refuses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("message");
        QTest::newRow("http") << "http://example.com"
                              << "not an otpauth:// URI";
        QTest::newRow("migration")
            << "otpauth-migration://offline?data=abc"
            << "this is a Google Authenticator export (otpauth-migration://), not a single "
               "account: import it instead";
        QTest::newRow("no-type")
            << "otpauth:///x?secret=MZXW6YTBOI"
            << "the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/";
        QTest::newRow("unknown-type") << "otpauth://motp/x?secret=MZXW6YTBOI"
                                      << "unknown OTP type 'motp': expected totp, hotp or steam";
        QTest::newRow("no-secret") << "otpauth://totp/x?issuer=a"
                                   << "the URI has no secret parameter";
        QTest::newRow("empty-secret") << "otpauth://totp/x?secret="
                                      << "secret is empty";
        QTest::newRow("bad-secret") << "otpauth://totp/x?secret=ABCDEF1H"
                                    << "secret is not Base32: '1' at position 7";
        QTest::newRow("algorithm") << "otpauth://totp/x?secret=MZXW6YTBOI&algorithm=MD5"
                                   << "unsupported algorithm 'MD5': use SHA1, SHA256 or SHA512";
        QTest::newRow("digits-low") << "otpauth://totp/x?secret=MZXW6YTBOI&digits=5"
                                    << "digits must be between 6 and 10, not 5";
        QTest::newRow("digits-high") << "otpauth://totp/x?secret=MZXW6YTBOI&digits=11"
                                     << "digits must be between 6 and 10, not 11";
        QTest::newRow("digits-negative")
            << "otpauth://totp/x?secret=MZXW6YTBOI&digits=-1"
            << "digits must be a whole number between 6 and 10, not '-1'";
        QTest::newRow("period-zero") << "otpauth://totp/x?secret=MZXW6YTBOI&period=0"
                                     << "period must be between 1 and 86400 seconds, not 0";
        QTest::newRow("period-text")
            << "otpauth://totp/x?secret=MZXW6YTBOI&period=x"
            << "period must be a whole number of seconds between 1 and 86400, not 'x'";
        QTest::newRow("counter-negative")
            << "otpauth://hotp/x?secret=MZXW6YTBOI&counter=-1"
            << "counter must be a whole number from 0 to 18446744073709551615, not '-1'";
        QTest::newRow("counter-overflow")
            << "otpauth://hotp/x?secret=MZXW6YTBOI&counter=18446744073709551616"
            << "counter must be a whole number from 0 to 18446744073709551615, not "
               "'18446744073709551616'";
        QTest::newRow("conflicting-duplicate")
            << "otpauth://totp/x?secret=MZXW6YTBOI&period=30&period=60"
            << "parameter 'period' is given twice with different values ('30' and '60')";
        QTest::newRow("conflicting-secret") << "otpauth://totp/x?secret=MZXW6YTBOI&secret=MZXW6YTB"
                                            << "the secret is given twice, with different values";
    }

    void refuses()
    {
        QFETCH(QString, uri);
        QFETCH(QString, message);
        const auto p = otpauth::parse(uri);
        QVERIFY(!p.hasValue());
        QCOMPARE(p.error(), message);
    }

    void formatsCanonically()
    {
        const auto p = otpauth::parse(QStringLiteral(
            "otpauth://totp/ACME%20Co:john@example.com?secret=jbswy3dpehpk3pxp&issuer=ACME+Co"));
        QVERIFY(p.hasValue());
        QCOMPARE(
            otpauth::format(*p),
            QStringLiteral(
                "otpauth://totp/ACME%20Co:john@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co"
                "&algorithm=SHA1&digits=6&period=30"));
    }

    void unknownParametersSurviveRoundTrip()
    {
        const QString uri = QStringLiteral(
            "otpauth://hotp/x?secret=MZXW6YTBOI&counter=7&image=https%3A%2F%2Fe.x%2Fi.png"
            "&codeDisplay=%7B%22pinned%22%3Afalse%7D&period=30");
        const auto p = otpauth::parse(uri);
        QVERIFY(p.hasValue());
        QCOMPARE(p->extraParameters().size(), 3);
        const QString formatted = otpauth::format(*p);
        QVERIFY2(formatted.contains(QLatin1String("image=https%3A%2F%2Fe.x%2Fi.png")),
                 qPrintable(formatted));
        QVERIFY2(formatted.contains(QLatin1String("codeDisplay=%7B%22pinned%22%3Afalse%7D")),
                 qPrintable(formatted));
        const auto again = otpauth::parse(formatted);
        QVERIFY(again.hasValue());
        QCOMPARE(again->extraParameters(), p->extraParameters());
        QCOMPARE(again->counter(), quint64(7));
    }

    // Found by fuzz_otpauth_uri: an account with a colon and no issuer must keep its colon.
    void accountWithColonRoundTrips()
    {
        const auto p =
            otpauth::parse(QStringLiteral("otpauth://totp/:alice:bob?secret=JBSWY3DPEHPK3PXP"));
        QVERIFY(p.hasValue());
        QCOMPARE(p->issuer(), QString());
        QCOMPARE(p->account(), QStringLiteral("alice:bob"));
        const auto again = otpauth::parse(otpauth::format(*p));
        QVERIFY(again.hasValue());
        QCOMPARE(again->issuer(), QString());
        QCOMPARE(again->account(), QStringLiteral("alice:bob"));
    }

    void steamFormatsWithEncoder()
    {
        const auto p =
            otpauth::parse(QStringLiteral("otpauth://steam/Steam:gabe?secret=MZXW6YTBOI"));
        QVERIFY(p.hasValue());
        const QString formatted = otpauth::format(*p);
        QVERIFY2(formatted.startsWith(QLatin1String("otpauth://totp/Steam:gabe?")),
                 qPrintable(formatted));
        QVERIFY2(formatted.contains(QLatin1String("encoder=steam")), qPrintable(formatted));
        const auto again = otpauth::parse(formatted);
        QVERIFY(again.hasValue());
        QCOMPARE(again->type(), otp::OtpType::Steam);
    }

    void splitsLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("issuerParameter");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::newRow("plain") << "alice"
                               << ""
                               << ""
                               << "alice";
        QTest::newRow("prefix") << "ACME:alice"
                                << ""
                                << "ACME"
                                << "alice";
        QTest::newRow("spaces") << "ACME:   alice"
                                << ""
                                << "ACME"
                                << "alice";
        QTest::newRow("empty-prefix") << ":alice"
                                      << ""
                                      << ""
                                      << "alice";
        QTest::newRow("issuer-with-colon") << "A: B:alice"
                                           << "A: B"
                                           << "A: B"
                                           << "alice";
        QTest::newRow("first-colon-without-issuer") << "A:B:alice"
                                                    << ""
                                                    << "A"
                                                    << "B:alice";
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "";
    }

    void splitsLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, issuerParameter);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        const auto parts = otpauth::splitLabel(label, issuerParameter);
        QCOMPARE(parts.issuer, issuer);
        QCOMPARE(parts.account, account);
    }
};

QTEST_GUILESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
