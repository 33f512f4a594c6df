// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "transfer/Importer.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <set>

using namespace tessera;
using namespace tessera::transfer;

namespace {

// Aegis's VaultEntries.get(): the accounts its importer fixtures hold.
struct Vector
{
    otp::OtpType type;
    const char* issuer;
    const char* account;
    const char* secret;
    const char* algorithm;
    int digits;
    int periodOrCounter;
};

const Vector kVectors[] = {
    {otp::OtpType::Totp, "Deno", "Mason", "4SJHB4GSD43FZBAI7C2HLRJGPQ", "SHA1", 6, 30},
    {otp::OtpType::Totp, "SPDX", "James", "5OM4WOOGPLQEF6UGN3CPEOOLWU", "SHA256", 7, 20},
    {otp::OtpType::Totp, "Airbnb", "Elijah", "7ELGJSGXNCCTV3O6LKJWYFV2RA", "SHA512", 8, 50},
    {otp::OtpType::Hotp, "Issuu", "James", "YOOMIXWS5GN6RTBPUFFWKTW5M4", "SHA1", 6, 1},
    {otp::OtpType::Hotp, "Air Canada", "Benjamin", "KUVJJOM753IHTNDSZVCNKL7GII", "SHA256", 7, 50},
    {otp::OtpType::Hotp, "WWE", "Mason", "5VAML3X35THCEBVRLV24CGBKOY", "SHA512", 8, 10300},
    {otp::OtpType::Steam, "Boeing", "Sophia", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 30},
    {otp::OtpType::Totp, "Battle.net", "US-2211-2050-3346", "BMGRXPGFARQQF4GMT25JATL2VYLAHDBI",
     "SHA1", 8, 30},
};

// The per-fixture changes EXPECTED.md lists, applied to the expected vector.
enum Fixup
{
    None = 0,
    TotpDefaults = 1,   // expected := TOTP(secret) with SHA1 / 6 digits / 30 s
    TotpKeepParams = 2, // expected := TOTP(secret, algo, digits, period or 30 for HOTP)
    NoIssuer = 4,       // expected issuer := ""
    SteamIssuer = 8,    // expected issuer := "Steam"
    CounterMinusOne = 16,
    SkipCounter = 32,
    SteamBySecretOnly = 64, // the Steam entry is only matched by its secret
    IssuerInName = 128,     // expected account := "issuer:account"
    LowercaseName = 256,    // expected account := lower case
    AuthyParams = 512,      // expected algorithm := SHA1; the period is not compared
    GoogleDbParams = 1024,  // expected algorithm := SHA1, digits := 6, period := 30
};

QString interopDir()
{
    return QStringLiteral(TESSERA_TESTDATA_DIR) + QStringLiteral("/interop");
}

QByteArray readFixture(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

crypto::SecureBytes password(const char* text)
{
    return crypto::SecureBytes(text, std::strlen(text));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(interopDir()).exists()) {
            QSKIP(qPrintable(QStringLiteral("interop test data not found at %1 (set "
                                            "TESSERA_TESTDATA_DIR to ../shared/testdata)")
                                 .arg(interopDir())));
        }
    }

    void aegisFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<int>>("vectors");
        QTest::addColumn<int>("fixups");
        const QList<int> all = {1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("plain.txt") << "plain.txt"
                                   << ""
                                   << "otpauth-list" << all << 0;
        QTest::newRow("aegis_plain") << "aegis_plain.json"
                                     << ""
                                     << "aegis" << all << 0;
        QTest::newRow("aegis_encrypted") << "aegis_encrypted.json"
                                         << "test"
                                         << "aegis" << all << 0;
        QTest::newRow("ente_auth") << "ente_auth.txt"
                                   << ""
                                   << "otpauth-list" << all << 0;
        QTest::newRow("duo") << "duo.json"
                             << ""
                             << "duo" << QList<int>{1, 4} << (NoIssuer | SkipCounter);
        QTest::newRow("andotp_plain") << "andotp_plain.json"
                                      << ""
                                      << "andotp" << all << 0;
        QTest::newRow("andotp_encrypted") << "andotp_encrypted.bin"
                                          << "test"
                                          << "andotp" << all << 0;
        QTest::newRow("andotp_encrypted_old")
            << "andotp_encrypted_old.bin"
            << "test"
            << "andotp" << QList<int>{1, 2, 3, 4, 5, 6} << int(IssuerInName);
        QTest::newRow("bitwarden.json")
            << "bitwarden.json"
            << ""
            << "bitwarden-json" << QList<int>{1, 2, 3, 7} << int(SteamBySecretOnly);
        QTest::newRow("bitwarden.csv")
            << "bitwarden.csv"
            << ""
            << "bitwarden-csv" << QList<int>{1, 2, 3, 7} << int(SteamBySecretOnly);
        QTest::newRow("freeotp_plus")
            << "freeotp_plus.json"
            << ""
            << "freeotp-plus" << QList<int>{1, 2, 3, 4, 5, 6} << int(CounterMinusOne);
        QTest::newRow("proton") << "proton_authenticator.json"
                                << ""
                                << "proton" << QList<int>{1, 2, 3} << 0;
        QTest::newRow("steam") << "steam.json"
                               << ""
                               << "steam" << QList<int>{7} << int(SteamIssuer);
        QTest::newRow("steam_old") << "steam_old.json"
                                   << ""
                                   << "steam" << QList<int>{7} << int(SteamIssuer);
        QTest::newRow("stratum_plain") << "stratum_plain.json"
                                       << ""
                                       << "stratum" << all << 0;
        const QList<int> oneToSix = {1, 2, 3, 4, 5, 6};
        QTest::newRow("freeotp v1") << "freeotp.xml"
                                    << ""
                                    << "freeotp" << QList<int>{1, 3, 4, 6} << int(CounterMinusOne);
        QTest::newRow("freeotp+ internal") << "freeotp_plus_internal.xml"
                                           << ""
                                           << "freeotp" << oneToSix << int(CounterMinusOne);
        for (const char* api : {"23", "25", "27", "34"}) {
            const QString file = QStringLiteral("freeotp_v2_api%1.xml").arg(QLatin1String(api));
            QTest::newRow(qPrintable(file)) << file << "test"
                                            << "freeotp-v2" << oneToSix << 0;
        }
        QTest::newRow("freeotp v2 null algo") << "freeotp_v2_null_algo.xml"
                                              << "test"
                                              << "freeotp-v2" << QList<int>{1} << 0;
        QTest::newRow("authy plain") << "authy_plain.xml"
                                     << ""
                                     << "authy" << QList<int>{1, 2, 3} << int(AuthyParams);
        QTest::newRow("authy encrypted") << "authy_encrypted.xml"
                                         << "testtest"
                                         << "authy" << QList<int>{1, 2, 3} << int(AuthyParams);
        QTest::newRow("battle.net") << "battle_net_authenticator.xml"
                                    << ""
                                    << "battle-net" << QList<int>{8} << 0;
        QTest::newRow("totp authenticator backup")
            << "totp_authenticator.bin"
            << "Testtest1"
            << "totp-authenticator" << QList<int>{1, 2, 3} << (TotpDefaults | LowercaseName);
        QTest::newRow("totp authenticator internal")
            << "totp_authenticator_internal.xml"
            << ""
            << "totp-authenticator" << QList<int>{1, 2, 3} << (TotpDefaults | LowercaseName);
        QTest::newRow("stratum encrypted") << "stratum_encrypted.bin"
                                           << "test"
                                           << "stratum" << all << 0;
        QTest::newRow("stratum encrypted legacy") << "stratum_encrypted_legacy.bin"
                                                  << "test"
                                                  << "stratum" << all << 0;
        QTest::newRow("stratum internal db") << "stratum_internal.db"
                                             << ""
                                             << "stratum" << all << 0;
        QTest::newRow("google authenticator db")
            << "google_authenticator.sqlite"
            << ""
            << "google-authenticator-db" << oneToSix << int(GoogleDbParams);
        QTest::newRow("microsoft authenticator db")
            << "microsoft_authenticator.sqlite"
            << ""
            << "microsoft-authenticator-db" << all << int(TotpDefaults);
        QTest::newRow("authenticator plus") << "authenticator_plus.zip"
                                            << "testtesttest"
                                            << "authenticator-plus" << all << 0;
        QTest::newRow("2fas schema 1")
            << "2fas_authenticator.json"
            << ""
            << "2fas" << QList<int>{1, 2, 3, 4, 5, 6} << int(TotpDefaults);
        QTest::newRow("2fas schema 2 plain")
            << "2fas_authenticator_plain.2fas"
            << ""
            << "2fas" << QList<int>{1, 3, 4, 6} << int(TotpKeepParams);
        QTest::newRow("2fas schema 2 encrypted")
            << "2fas_authenticator_encrypted.2fas"
            << "test"
            << "2fas" << QList<int>{1, 3, 4, 6} << int(TotpKeepParams);
        QTest::newRow("2fas schema 3 plain") << "2fas_authenticator_plain_v3.2fas"
                                             << ""
                                             << "2fas" << QList<int>{1, 2, 3, 4, 5, 6} << 0;
        QTest::newRow("2fas schema 3 encrypted") << "2fas_authenticator_encrypted_v3.2fas"
                                                 << "test"
                                                 << "2fas" << QList<int>{1, 2, 3, 4, 5, 6} << 0;
        QTest::newRow("2fas schema 4 plain") << "2fas_authenticator_plain_v4.2fas"
                                             << ""
                                             << "2fas" << QList<int>{1, 4, 5, 6, 7} << 0;
        QTest::newRow("2fas schema 4 encrypted") << "2fas_authenticator_encrypted_v4.2fas"
                                                 << "test"
                                                 << "2fas" << QList<int>{1, 4, 5, 6, 7} << 0;
    }

    void aegisFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, password);
        QFETCH(QString, format);
        QFETCH(QList<int>, vectors);
        QFETCH(int, fixups);
        const QByteArray data =
            readFixture(interopDir() + QStringLiteral("/aegis/importers/") + fixture);
        QVERIFY2(!data.isEmpty(), qPrintable(fixture));
        QCOMPARE(Importer::detectFormat(data), format);
        const crypto::SecureBytes secret = ::password(password.toUtf8().constData());
        ImportOptions options;
        options.password = password.isEmpty() ? nullptr : &secret;
        const ImportResult result = Importer::importData(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, format);
        std::set<int> found;
        for (const ImportItem& item : result.items) {
            QVERIFY2(item.ok(), qPrintable(item.sourceName + QStringLiteral(": ") + item.error));
            const otp::OtpParameters& got = *item.parameters;
            const QString secretText = otp::base32::encode(got.secret().span());
            int index = -1;
            for (int i = 0; i < 8; ++i) {
                if (secretText == QLatin1String(kVectors[i].secret)) {
                    index = i;
                }
            }
            QVERIFY2(index >= 0, qPrintable(QStringLiteral("%1: secret of %2 is no test vector")
                                                .arg(fixture, item.sourceName)));
            QVERIFY2(found.insert(index + 1).second, "each vector is imported once");
            Vector want = kVectors[index];
            if (want.type == otp::OtpType::Steam && (fixups & SteamBySecretOnly)) {
                QCOMPARE(got.type(), otp::OtpType::Steam);
                continue;
            }
            QString issuer = QString::fromUtf8(want.issuer);
            QString account = QString::fromUtf8(want.account);
            if (fixups & (TotpDefaults | TotpKeepParams)) {
                if (fixups & TotpDefaults) {
                    want.algorithm = "SHA1";
                    want.digits = 6;
                    want.periodOrCounter = 30;
                } else if (want.type == otp::OtpType::Hotp) {
                    want.periodOrCounter = 30;
                }
                want.type = otp::OtpType::Totp;
            }
            if (fixups & GoogleDbParams) {
                want.algorithm = "SHA1";
                want.digits = 6;
                if (want.type == otp::OtpType::Totp) {
                    want.periodOrCounter = 30;
                }
            }
            if (fixups & AuthyParams) {
                want.algorithm = "SHA1";
            }
            if (fixups & LowercaseName) {
                account = account.toLower();
            }
            if (fixups & NoIssuer) {
                issuer.clear();
            }
            if (fixups & SteamIssuer) {
                issuer = QStringLiteral("Steam");
            }
            if (fixups & IssuerInName) {
                account = issuer + QLatin1Char(':') + account;
            }
            if ((fixups & CounterMinusOne) && want.type == otp::OtpType::Hotp) {
                want.periodOrCounter -= 1;
            }
            QCOMPARE(got.type(), want.type);
            QCOMPARE(got.issuer(), issuer);
            QCOMPARE(got.account(), account);
            QCOMPARE(otp::algorithmName(got.algorithm()), QString::fromLatin1(want.algorithm));
            QCOMPARE(got.digits(), want.digits);
            if (want.type == otp::OtpType::Hotp) {
                if (!(fixups & SkipCounter)) {
                    QCOMPARE(qint64(got.counter()), qint64(want.periodOrCounter));
                }
            } else if (!(fixups & AuthyParams)) {
                QCOMPARE(got.period(), want.periodOrCounter);
            }
        }
        QCOMPARE(found, std::set<int>(vectors.begin(), vectors.end()));
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("aegis") << "aegis_encrypted.json"
                               << "wrong password for this Aegis export";
        QTest::newRow("2fas") << "2fas_authenticator_encrypted_v4.2fas"
                              << "wrong password for this 2FAS backup";
        QTest::newRow("andotp") << "andotp_encrypted.bin"
                                << "wrong password for this andOTP backup";
        QTest::newRow("freeotp v2") << "freeotp_v2_api34.xml"
                                    << "wrong password for this FreeOTP backup";
        QTest::newRow("authy") << "authy_encrypted.xml"
                               << "wrong password for this Authy backup";
        QTest::newRow("totp authenticator") << "totp_authenticator.bin"
                                            << "wrong password for this TOTP Authenticator backup";
        QTest::newRow("stratum") << "stratum_encrypted.bin"
                                 << "wrong password for this Authenticator Pro / Stratum backup";
        QTest::newRow("stratum legacy")
            << "stratum_encrypted_legacy.bin"
            << "wrong password for this Authenticator Pro / Stratum backup";
        QTest::newRow("authenticator plus") << "authenticator_plus.zip"
                                            << "wrong password for this Authenticator Plus export";
    }

    void wrongPassword()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        const QByteArray data =
            readFixture(interopDir() + QStringLiteral("/aegis/importers/") + fixture);
        const crypto::SecureBytes wrong = password("not the password");
        const ImportResult result = Importer::importData(data, ImportOptions{{}, &wrong});
        QCOMPARE(result.failure, ImportFailure::WrongPassword);
        QVERIFY2(result.error.startsWith(message), qPrintable(result.error));
        QVERIFY(result.items.empty());
        const ImportResult none = Importer::importData(data);
        QCOMPARE(none.failure, ImportFailure::PasswordRequired);
    }

    void damagedAegisIsNotWrongPassword()
    {
        QByteArray data =
            readFixture(interopDir() + QStringLiteral("/aegis/importers/aegis_encrypted.json"));
        // Change one character of the ciphertext: the slot still opens, the content does not.
        const qsizetype db = data.indexOf("\"db\": \"") + 10;
        data[db] = data[db] == 'A' ? 'B' : 'A';
        const crypto::SecureBytes right = password("test");
        const ImportResult result = Importer::importData(data, ImportOptions{{}, &right});
        QCOMPARE(result.failure, ImportFailure::Damaged);
    }

    // Files that look like a known container but hold no known app's data must say so, never
    // fake entries.
    void unsupportedContainers_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("unknown preferences XML")
            << QByteArray("<?xml version='1.0' encoding='utf-8'?>\n<map>\n"
                          "<string name=\"theme\">dark</string>\n</map>\n");
        QByteArray sqlite("SQLite format 3\0", 16);
        sqlite.append(QByteArray(100, '\x01'));
        QTest::newRow("damaged SQLite") << sqlite;
    }

    void unsupportedContainers()
    {
        QFETCH(QByteArray, data);
        const ImportResult result = Importer::importData(data);
        QVERIFY2(result.failure == ImportFailure::Unsupported, qPrintable(result.error));
        QVERIFY(result.items.empty());
    }

    void googleMigration_data()
    {
        QTest::addColumn<QString>("file");
        // type/issuer/account/secret/counter per entry, one a line.
        QTest::addColumn<QStringList>("expected");
        const QString pi = QStringLiteral("7KSQL2JTUDIS5EF65KLMRQIIGY");
        QTest::newRow("example_export")
            << "example_export.txt"
            << QStringList{"totp|raspberrypi|pi@raspberrypi|" + pi + "|0",
                           "totp||pi@raspberrypi|" + pi + "|0",
                           "totp||pi@raspberrypi|" + pi + "|0",
                           "totp|raspberrypi|pi@raspberrypi|" + pi + "|0",
                           "hotp||hotp demo|" + pi + "|4",
                           QStringLiteral("totp||encoding: ¿äÄéÉ? (demo)|") + pi + "|0"};
        QTest::newRow("png decoded uri")
            << "example_export.png.decoded_uri.txt"
            << QStringList{"totp|Test1|test1@example1.com|JBSWY3DPEHPK3PXP|0",
                           "totp|Test2|test2@example2.com|JBSWY3DPEHPK3PXQ|0",
                           "totp|Test3|test3@example3.com|JBSWY3DPEHPK3PXR|0"};
        QTest::newRow("unescaped plus")
            << "test_plus_problem_export.txt"
            << QStringList{
                   "totp|SerenityLabs|test1@serenitylabs.co.uk|A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM|0",
                   "totp|SerenityLabs|test2@serenitylabs.co.uk|SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX|0",
                   "totp|SerenityLabs|test3@serenitylabs.co.uk|TR76272RVYO6EAEY2FX7W7R7KUDEGPJ4|0",
                   "totp|SerenityLabs|test4@serenitylabs.co.uk|N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN|0"};
        QTest::newRow("extra public vectors")
            << "extra_public_vectors.txt"
            << QStringList{"totp|Discord|johndoe@example.com|JRZCL47CMXVOQMNPZR2F7J4RGI|0",
                           "totp|Example|alice@google.com|JBSWY3DPEHPK3PXP|0",
                           "totp|ACME Co|john.doe@example.com|HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ|0",
                           "totp|Example|alice@google.com|JBSWY3DPEHPK3PXP|0",
                           "totp|Amazon|jdoe@gmail.com|VOHJXBL54OM2TTLKANOUUCJTE7PXVOIV|0"};
        QTest::newRow("only comments") << "only_comments.txt" << QStringList{};
        // The screenshot itself, read by QrDecoder: the same three accounts as its decoded URI.
        QTest::newRow("png screenshot")
            << "example_export.png"
            << QStringList{"totp|Test1|test1@example1.com|JBSWY3DPEHPK3PXP|0",
                           "totp|Test2|test2@example2.com|JBSWY3DPEHPK3PXQ|0",
                           "totp|Test3|test3@example3.com|JBSWY3DPEHPK3PXR|0"};
    }

    void googleMigration()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const ImportResult result =
            Importer::importFile(interopDir() + QStringLiteral("/google-migration/") + file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList got;
        for (const ImportItem& item : result.items) {
            QVERIFY2(item.ok(), qPrintable(item.sourceName + QStringLiteral(": ") + item.error));
            const otp::OtpParameters& p = *item.parameters;
            QCOMPARE(p.algorithm(), crypto::HashAlgorithm::Sha1);
            QCOMPARE(p.digits(), 6);
            if (p.isTimeBased()) {
                QCOMPARE(p.period(), 30);
            }
            got.append(QStringList{otp::typeName(p.type()), p.issuer(), p.account(),
                                   otp::base32::encode(p.secret().span()),
                                   QString::number(p.counter())}
                           .join(QLatin1Char('|')));
        }
        QCOMPARE(got, expected);
    }

    void googleMigrationBadSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong data") << "test_export_wrong_data.txt" << int(ImportFailure::None)
                                    << "otpauth-migration data is damaged";
        QTest::newRow("wrong prefix") << "test_export_wrong_prefix.txt" << int(ImportFailure::None)
                                      << "not an otpauth-migration URL";
        QTest::newRow("wrong content") << "test_export_wrong_content.txt"
                                       << int(ImportFailure::Unrecognised) << "not a format";
        // Its one QR code says "NOT A otpauth-migration:// URL": an error row, like the line
        // of wrong prefix, and the text is not echoed.
        QTest::newRow("qr without otp")
            << "qr_but_without_otp.png" << int(ImportFailure::None)
            << "not an otpauth-migration URL: the QR code must start with otpauth-migration://";
        QTest::newRow("text as jpeg") << "text_masquerading_as_image.jpeg"
                                      << int(ImportFailure::Unrecognised) << "not a format";
    }

    // Bad samples import nothing and say why: as a whole-file failure, or as error items.
    void googleMigrationBadSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, failure);
        QFETCH(QString, message);
        const ImportResult result =
            Importer::importFile(interopDir() + QStringLiteral("/google-migration/") + file);
        QCOMPARE(int(result.failure), failure);
        if (result.ok()) {
            QVERIFY(!result.items.empty());
            for (const ImportItem& item : result.items) {
                QVERIFY(!item.ok());
                QVERIFY2(item.error.contains(message), qPrintable(item.error));
                QVERIFY2(!item.error.contains(QLatin1String("NOT A")),
                         "a code's text is never echoed");
            }
        } else {
            QVERIFY(result.items.empty());
            QVERIFY2(result.error.contains(message), qPrintable(result.error));
        }
    }

    void badEntryDoesNotSinkTheFile()
    {
        const QByteArray list = "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP\n"
                                "# a comment\n\n"
                                "otpauth://totp/B:b?secret=1nv4lid\n"
                                "otpauth://hotp/C:c?secret=JBSWY3DPEHPK3PXQ&counter=3\n";
        const ImportResult result = Importer::importData(list);
        QVERIFY(result.ok());
        QCOMPARE(result.items.size(), std::size_t(3));
        QVERIFY(result.items[0].ok());
        QVERIFY(!result.items[1].ok());
        QCOMPARE(result.items[1].sourceName, QStringLiteral("line 4"));
        QVERIFY(result.items[2].ok());
    }

    void keepassCsv()
    {
        const QByteArray csv =
            "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\"\n"
            "\"Root\",\"GitHub\",\"octo\",\"pw\",\"\",\"multi\nline\","
            "\"otpauth://totp/GitHub:octo?secret=JBSWY3DPEHPK3PXP&issuer=GitHub\",\"0\"\n"
            "\"Root\",\"Legacy\",\"bob\",\"pw\",\"\",\"\",\"key=JBSWY3DPEHPK3PXQ&step=60&size=8\","
            "\"0\"\n"
            "\"Root\",\"No OTP\",\"eve\",\"pw\",\"\",\"\",\"\",\"0\"\n";
        QCOMPARE(Importer::detectFormat(csv), QStringLiteral("keepass-csv"));
        const ImportResult result = Importer::importData(csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.items.size(), std::size_t(2));
        QVERIFY(result.items[0].ok() && result.items[1].ok());
        QCOMPARE(result.items[0].parameters->issuer(), QStringLiteral("GitHub"));
        QCOMPARE(result.items[1].parameters->period(), 60);
        QCOMPARE(result.items[1].parameters->digits(), 8);
        QCOMPARE(result.items[1].parameters->account(), QStringLiteral("bob"));
    }

    void forcedFormatThatDoesNotFit()
    {
        const ImportResult result =
            Importer::importData("otpauth://totp/A?secret=JBSWY3DPEHPK3PXP",
                                 ImportOptions{QStringLiteral("aegis"), nullptr});
        QCOMPARE(result.failure, ImportFailure::Damaged);
        const ImportResult unknown =
            Importer::importData("x", ImportOptions{QStringLiteral("nope"), nullptr});
        QCOMPARE(unknown.failure, ImportFailure::Unrecognised);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
