// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile lengths in vault entries: each test crafts an over-long label, secret or parameter and
// checks that every way in (otpauth:// URIs as `tessera-cli add` reads them, imports, edits)
// refuses it with a message that quotes only a short prefix, while a vault that already holds
// longer text still opens with nothing lost. Issue 19, item 8.
#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"
#include "transfer/Importer.h"
#include "util/TextLimits.h"
#include "vault/VaultFile.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
// A message may quote this much of the input, plus its own words.
constexpr qsizetype kMaxMessageLength = 400;

crypto::SecureBytes password(const char* text)
{
    return crypto::SecureBytes::fromView(QByteArrayView(text));
}

void verifyShortRefusal(const QString& message, const char* field)
{
    QVERIFY2(message.contains(QLatin1String(field)),
             qPrintable(QStringLiteral("the message should name %1: %2")
                            .arg(QLatin1String(field), shortened(message, 200))));
    QVERIFY2(
        message.contains(QLatin1String("at most")),
        qPrintable(QStringLiteral("the message should say the limit: ") + shortened(message, 200)));
    QVERIFY2(message.size() < kMaxMessageLength,
             qPrintable(QStringLiteral("the message should quote a short prefix, not %1 "
                                       "characters")
                            .arg(message.size())));
}

} // namespace

class tst_HostileLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otpauthRefusesOverLongFields_data();
    void otpauthRefusesOverLongFields();
    void limitsAreInclusive();
    void importRefusesOverLongLabelsItemByItem();
    void existingVaultWithLongTextStillOpens();
    void notesAndGroupNamesHaveLimits();
    void importRefusesMillionsOfAccounts();
    void shortenedNeverSplitsACharacter();
};

void tst_HostileLabels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HostileLabels::otpauthRefusesOverLongFields_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("field");
    const QString huge(2 * 1024 * 1024, QLatin1Char('a'));
    QTest::newRow("2 MB account name")
        << QStringLiteral("otpauth://totp/Example:%1?secret=%2").arg(huge, kSecret)
        << QStringLiteral("the account name");
    QTest::newRow("2 MB issuer parameter")
        << QStringLiteral("otpauth://totp/alice?secret=%1&issuer=%2").arg(kSecret, huge)
        << QStringLiteral("the issuer");
    QTest::newRow("2 KiB secret") << QStringLiteral("otpauth://totp/alice?secret=%1")
                                         .arg(otp::base32::encode(crypto::SecureBytes(2048).span()))
                                  << QStringLiteral("the secret");
    QString manyParameters = QStringLiteral("otpauth://totp/alice?secret=%1").arg(kSecret);
    for (int i = 0; i < 40; ++i) {
        manyParameters += QStringLiteral("&x%1=y").arg(i);
    }
    QTest::newRow("40 extra parameters") << manyParameters << QStringLiteral("extra parameters");
    QTest::newRow("64 KiB image parameter")
        << QStringLiteral("otpauth://totp/alice?secret=%1&image=%2")
               .arg(kSecret, QString(64 * 1024, QLatin1Char('i')))
        << QStringLiteral("parameter 'image'");
}

void tst_HostileLabels::otpauthRefusesOverLongFields()
{
    QFETCH(QString, uri);
    QFETCH(QString, field);
    // The parser `tessera-cli add` and the scan and import paths use.
    const auto parsed = otp::otpauth::parse(uri);
    QVERIFY2(!parsed.hasValue(), "an over-long field should be refused");
    verifyShortRefusal(parsed.error(), qPrintable(field));
}

void tst_HostileLabels::limitsAreInclusive()
{
    const auto withAccount = [](qsizetype length) {
        return otp::otpauth::parse(QStringLiteral("otpauth://totp/%1?secret=%2")
                                       .arg(QString(length, QLatin1Char('b')), kSecret));
    };
    QVERIFY2(withAccount(otp::kMaxLabelLength).hasValue(), "exactly the limit is allowed");
    QVERIFY2(!withAccount(otp::kMaxLabelLength + 1).hasValue(), "one over the limit is refused");
    const auto refused = withAccount(otp::kMaxLabelLength + 1);
    QVERIFY2(
        refused.error().contains(QStringLiteral("'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…'")),
        qPrintable(QStringLiteral("the message should quote the first 40 characters: ") +
                   refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("1,025 characters; at most 1,024")),
             qPrintable(refused.error()));
}

void tst_HostileLabels::importRefusesOverLongLabelsItemByItem()
{
    const QString huge(1024 * 1024, QLatin1Char('z'));
    // A URI list: the good line is imported, the bad one is an item error; one bad entry does not
    // sink the others.
    const QByteArray list = QStringLiteral("otpauth://totp/Good:alice?secret=%1\n"
                                           "otpauth://totp/Bad:%2?secret=%1\n")
                                .arg(kSecret, huge)
                                .toUtf8();
    const auto fromList = transfer::Importer::importData(list);
    QVERIFY2(fromList.ok(), qPrintable(fromList.error));
    QCOMPARE(fromList.items.size(), std::size_t(2));
    QVERIFY(fromList.items[0].ok());
    QVERIFY2(!fromList.items[1].ok(), "the 1 MB account name should be refused");
    verifyShortRefusal(fromList.items[1].error, "the account name");

    // A plain Aegis export, whose fields go through ItemBuilder.
    const QJsonObject entry{
        {QStringLiteral("type"), QStringLiteral("totp")},
        {QStringLiteral("name"), huge},
        {QStringLiteral("issuer"), QStringLiteral("Example")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("secret"), kSecret}}},
    };
    const QJsonObject aegis{
        {QStringLiteral("version"), 1},
        {QStringLiteral("header"), QJsonObject{{QStringLiteral("slots"), QJsonValue::Null},
                                               {QStringLiteral("params"), QJsonValue::Null}}},
        {QStringLiteral("db"), QJsonObject{{QStringLiteral("version"), 3},
                                           {QStringLiteral("entries"), QJsonArray{entry}}}},
    };
    const auto fromAegis =
        transfer::Importer::importData(QJsonDocument(aegis).toJson(QJsonDocument::Compact));
    QVERIFY2(fromAegis.ok(), qPrintable(fromAegis.error));
    QCOMPARE(fromAegis.items.size(), std::size_t(1));
    QVERIFY2(!fromAegis.items[0].ok(), "the 1 MB account name should be refused");
    verifyShortRefusal(fromAegis.items[0].error, "the account name");
    QVERIFY2(fromAegis.items[0].sourceName.size() <= 2 * kQuotedPrefixLength + 1,
             qPrintable(QStringLiteral("the item's name in lists should be cut, not %1 "
                                       "characters")
                            .arg(fromAegis.items[0].sourceName.size())));
}

void tst_HostileLabels::existingVaultWithLongTextStillOpens()
{
    // Written before the limits existed: restore() builds what such a vault holds.
    const QString longAccount(100 * 1024, QLatin1Char('q'));
    otp::OtpSpec spec;
    spec.secret = crypto::SecureBytes(20);
    spec.secret.data()[0] = 1;
    spec.issuer = QStringLiteral("Example");
    spec.account = longAccount;
    otp::OtpSpec fresh;
    fresh.secret = spec.secret.clone();
    fresh.account = longAccount;
    QVERIFY2(!otp::OtpParameters::create(std::move(fresh)).hasValue(),
             "new input with this account name is refused");
    auto stored = otp::OtpParameters::restore(std::move(spec));
    QVERIFY(stored.hasValue());
    vault::Vault content;
    vault::Entry entry(std::move(*stored));
    entry.setNote(QString(10 * 1024, QLatin1Char('n')));
    content.addEntry(std::move(entry));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tessera"));
    vault::VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{16, 1, 1};
    options.allowWeakKdfForTests = true;
    QVERIFY(vault::VaultFile::create(path, password("pw"), std::move(content), options).hasValue());

    auto opened = vault::VaultFile::open(path, password("pw"));
    QVERIFY2(opened.hasValue(), qPrintable(opened.error()));
    QCOMPARE(opened->vault().size(), std::size_t(1));
    const vault::Entry& kept = opened->vault().entries().front();
    QCOMPARE(kept.parameters().account(), longAccount);
    QCOMPARE(kept.note().size(), qsizetype(10 * 1024));
    // Saving again keeps it: nothing is cut behind the person's back.
    QVERIFY(opened->save().ok());
    auto reopened = vault::VaultFile::open(path, password("pw"));
    QVERIFY(reopened.hasValue());
    QCOMPARE(reopened->vault().entries().front().parameters().account(), longAccount);

    // An edit is new input: it meets the limits, as the edit dialog asks core.
    const auto edited = otp::OtpParameters::create(kept.parameters().toSpec());
    QVERIFY2(!edited.hasValue(), "editing must shorten the label first");
    verifyShortRefusal(edited.error(), "the account name");

    // Importing that vault as a Tessera backup is new input too.
    const crypto::SecureBytes pw = password("pw");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto imported = transfer::Importer::importData(file.readAll(), {QString(), &pw});
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.items.size(), std::size_t(1));
    QVERIFY2(!imported.items[0].ok(), "the long label must not come in through a backup");
    verifyShortRefusal(imported.items[0].error, "the account name");
}

void tst_HostileLabels::notesAndGroupNamesHaveLimits()
{
    QVERIFY(vault::checkNote(QString(vault::kMaxNoteLength, QLatin1Char('n'))).ok());
    const Status note = vault::checkNote(QString(vault::kMaxNoteLength + 1, QLatin1Char('n')));
    QVERIFY(!note.ok());
    verifyShortRefusal(note.error(), "the note");
    QVERIFY(vault::checkGroupName(QString(vault::kMaxGroupNameLength, QLatin1Char('g'))).ok());
    const Status group = vault::checkGroupName(QString(1024 * 1024, QLatin1Char('g')));
    QVERIFY(!group.ok());
    verifyShortRefusal(group.error(), "the group name");
}

void tst_HostileLabels::importRefusesMillionsOfAccounts()
{
    // 20,001 short URIs (under 1 MB): each is valid, together they would fill the vault.
    QByteArray list;
    for (int i = 0; i <= 20'000; ++i) {
        list += "otpauth://totp/a" + QByteArray::number(i) + "?secret=JBSWY3DPEHPK3PXP\n";
    }
    const auto result = transfer::Importer::importData(list);
    QVERIFY2(!result.ok(), "20,001 accounts from one file should be refused");
    QVERIFY2(result.error.contains(QLatin1String("20,001 accounts")) &&
                 result.error.contains(QLatin1String("at most 10,000")),
             qPrintable(result.error));
    QVERIFY(result.items.empty());
    // The limit itself is allowed.
    QByteArray atLimit;
    for (int i = 0; i < 10'000; ++i) {
        atLimit += "otpauth://totp/a" + QByteArray::number(i) + "?secret=JBSWY3DPEHPK3PXP\n";
    }
    const auto allowed = transfer::Importer::importData(atLimit);
    QVERIFY2(allowed.ok(), qPrintable(allowed.error));
    QCOMPARE(allowed.items.size(), std::size_t(10'000));
}

void tst_HostileLabels::shortenedNeverSplitsACharacter()
{
    // 39 ASCII characters, then U+1F600 (a surrogate pair in UTF-16) as the 40th character.
    const QString text = QString(39, QLatin1Char('x')) + QString::fromUcs4(U"\U0001F600tail");
    const QString cut = shortened(text);
    QVERIFY2(!cut.at(cut.size() - 2).isHighSurrogate(), "the prefix must not end in half a pair");
    QCOMPARE(cut, QString(39, QLatin1Char('x')) + QString::fromUcs4(U"\U0001F600") + QChar(0x2026));
    // Control characters are spelled out, so a quoted label cannot drive the terminal.
    QCOMPARE(shortened(QStringLiteral("a\x1b[2Jb")), QStringLiteral("a\\u001b[2Jb"));
    QCOMPARE(shortened(QStringLiteral("short")), QStringLiteral("short"));
}

QTEST_GUILESS_MAIN(tst_HostileLabels)
#include "tst_hostile_labels.moc"
