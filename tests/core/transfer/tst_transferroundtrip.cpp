// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpAuthUri.h"
#include "scan/QrDecoder.h"
#include "scan/QrEncoder.h"
#include "transfer/Exporter.h"
#include "transfer/ImportPreview.h"
#include "transfer/Importer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::transfer;

namespace {

crypto::SecureBytes bytes(const char* text)
{
    return crypto::SecureBytes(text, std::strlen(text));
}

otp::OtpParameters parse(const char* uri)
{
    auto parameters = otp::otpauth::parse(QString::fromLatin1(uri));
    Q_ASSERT(parameters.hasValue());
    return std::move(*parameters);
}

// Entries that use every field the formats carry: each OTP type, each hash, odd digits/periods,
// a large counter, non-ASCII text and a colon in the account.
vault::Vault sampleVault()
{
    vault::Vault vault;
    for (const char* uri :
         {"otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
          "otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm="
          "SHA256&digits=7&period=20",
          "otpauth://hotp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&algorithm=SHA512&"
          "digits=8&counter=10300",
          "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing",
          "otpauth://totp/"
          "Z%C3%BCrich%20Bank:a%3Ab?secret=JBSWY3DPEHPK3PXP&issuer=Z%C3%BCrich%20Bank"}) {
        vault.addEntry(vault::Entry(parse(uri)));
    }
    return vault;
}

// What must survive a round trip, as one comparable line.
QString describe(const otp::OtpParameters& p)
{
    return QStringList{otp::typeName(p.type()),
                       p.issuer(),
                       p.account(),
                       otp::algorithmName(p.algorithm()),
                       QString::number(p.digits()),
                       QString::number(p.isTimeBased() ? p.period() : 0),
                       QString::number(p.counter()),
                       QString::fromLatin1(p.secret().view().toByteArray().toHex())}
        .join(QLatin1Char('|'));
}

QStringList describe(const vault::Vault& vault, bool googleOnly = false)
{
    QStringList lines;
    for (const vault::Entry& entry : vault.entries()) {
        const otp::OtpParameters& p = entry.parameters();
        if (googleOnly &&
            (p.type() == otp::OtpType::Steam || (p.digits() != 6 && p.digits() != 8) ||
             (p.isTimeBased() && p.period() != 30))) {
            continue;
        }
        lines.append(describe(p));
    }
    return lines;
}

QStringList describe(const ImportResult& result)
{
    QStringList lines;
    for (const ImportItem& item : result.items) {
        lines.append(item.ok() ? describe(*item.parameters)
                               : QStringLiteral("error: ") + item.error);
    }
    return lines;
}

vault::VaultCreateOptions weakKdf()
{
    vault::VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{16, 1, 1};
    options.allowWeakKdfForTests = true;
    return options;
}

} // namespace

class TestTransferRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<QString>("importedAs");
        QTest::newRow("tessera") << "tessera" << true << "tessera";
        QTest::newRow("aegis plain") << "aegis" << false << "aegis";
        QTest::newRow("aegis encrypted") << "aegis" << true << "aegis";
        QTest::newRow("uri list") << "uri-list" << false << "otpauth-list";
        QTest::newRow("google migration") << "google-migration" << false << "google-migration";
    }

    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(bool, withPassword);
        QFETCH(QString, importedAs);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const vault::Vault vault = sampleVault();
        const crypto::SecureBytes password = bytes("export password");
        ExportOptions options;
        options.password = withPassword ? &password : nullptr;
        options.aegisScrypt = crypto::ScryptParameters{1024, 8, 1};
        options.tessera = weakKdf();
        options.migrationBatchSize = 2;
        const QString path = directory.filePath(QStringLiteral("export"));
        const auto exported =
            Exporter::exportToFile(vault, *Exporter::formatFromName(format), path, options);
        QVERIFY2(exported.hasValue(), qPrintable(exported.error()));
        const bool google = format == QLatin1String("google-migration");
        QCOMPARE(exported->skipped.size(), google ? 2 : 0); // Steam, and 7 digits / 20 s
        if (withPassword) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("JBSWY3DPEHPK3PXP"), "the export is encrypted");
        }
        const ImportResult imported = Importer::importFile(path, ImportOptions{{}, &password});
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.format, importedAs);
        QCOMPARE(describe(imported), describe(vault, google));
        if (google) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll().count('\n'), 2); // 3 entries, 2 a code
        }
        if (withPassword) {
            const crypto::SecureBytes wrong = bytes("wrong");
            QCOMPARE(Importer::importFile(path, ImportOptions{{}, &wrong}).failure,
                     ImportFailure::WrongPassword);
        }
    }

    // The paper backup must give back every account: each inline SVG is turned back into a QR
    // module matrix, drawn, and read by ZXing, independently of how it was written.
    void htmlExportDecodesBack()
    {
        const vault::Vault vault = sampleVault();
        const auto exported = Exporter::exportData(vault, ExportFormat::Html, ExportOptions{});
        QVERIFY2(exported.hasValue(), qPrintable(exported.error()));
        const QString html = QString::fromUtf8(exported->data);
        QVERIFY2(html.contains(QLatin1String("anyone with this page can generate your codes")),
                 "the page opens with a warning");
        QVERIFY2(!html.contains(QLatin1String("<script")), "the page runs nothing");
        static const QRegularExpression card(
            QStringLiteral("<svg[^>]*viewBox=\"0 0 (\\d+) \\d+\"[^>]*>.*?<path fill=\"#000\" "
                           "d=\"([^\"]*)\"/>\\s*</svg>\\s*<div class=\"issuer\">([^<]*)</div>"
                           "<div class=\"account\">([^<]*)</div>"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression module(QStringLiteral("M(\\d+) (\\d+)h1v1h-1z"));
        QStringList decoded;
        QStringList captions;
        auto cards = card.globalMatch(html);
        while (cards.hasNext()) {
            const auto match = cards.next();
            const int border = 4;
            const int size = match.captured(1).toInt() - 2 * border;
            QVERIFY(size >= 21);
            std::vector<bool> dark(std::size_t(size * size), false);
            auto modules = module.globalMatch(match.captured(2));
            while (modules.hasNext()) {
                const auto m = modules.next();
                const int x = m.captured(1).toInt() - border;
                const int y = m.captured(2).toInt() - border;
                QVERIFY(x >= 0 && y >= 0 && x < size && y < size);
                dark[std::size_t(y * size + x)] = true;
            }
            const QImage image = scan::QrEncoder::toImage(scan::QrMatrix(size, std::move(dark)));
            const auto decodedTexts = scan::QrDecoder::decode(image);
            QVERIFY2(decodedTexts, qPrintable(decodedTexts.error()));
            const QStringList& texts = *decodedTexts;
            QCOMPARE(texts.size(), 1);
            auto parameters = otp::otpauth::parse(texts.first());
            QVERIFY2(parameters.hasValue(), qPrintable(parameters.error()));
            decoded.append(describe(*parameters));
            QCOMPARE(match.captured(3), parameters->issuer().toHtmlEscaped());
            QCOMPARE(match.captured(4), parameters->account().toHtmlEscaped());
            captions.append(match.captured(3));
        }
        QCOMPARE(decoded, describe(vault));
        QVERIFY(captions.contains(QStringLiteral("Zürich Bank")));
    }

    // A large move: 10,000 accounts through an encrypted Aegis export and the preview.
    void tenThousandEntries()
    {
        vault::Vault big;
        for (int i = 0; i < 10000; ++i) {
            otp::OtpSpec spec;
            spec.type = i % 10 == 0 ? otp::OtpType::Hotp : otp::OtpType::Totp;
            spec.secret = crypto::randomSecret(20);
            spec.issuer = QStringLiteral("Issuer %1").arg(i % 500);
            spec.account = QStringLiteral("user%1@example.com").arg(i);
            big.addEntry(vault::Entry(otp::OtpParameters::create(std::move(spec)).value()));
        }
        const crypto::SecureBytes password = bytes("big");
        ExportOptions options;
        options.password = &password;
        options.aegisScrypt = crypto::ScryptParameters{1024, 8, 1};
        const auto exported = Exporter::exportData(big, ExportFormat::Aegis, options);
        QVERIFY(exported.hasValue());
        std::vector<ImportResult> results;
        results.push_back(Importer::importData(exported->data, ImportOptions{{}, &password}));
        QVERIFY2(results.front().ok(), qPrintable(results.front().error));
        QCOMPARE(results.front().items.size(), std::size_t(10000));
        QCOMPARE(ImportPreview::build(vault::Vault(), results).newRows().size(),
                 std::size_t(10000));
        const ImportPreview again = ImportPreview::build(big, results);
        QVERIFY(again.newRows().empty());
        QCOMPARE(describe(results.front()), describe(big));
    }

    void exportRefusesToReplaceAFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("taken"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto exported =
            Exporter::exportToFile(sampleVault(), ExportFormat::UriList, path, ExportOptions{});
        QVERIFY(!exported.hasValue());
    }

    void previewClassifiesAndAppliesInOneSave()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("vault.tessera"));
        const crypto::SecureBytes password = bytes("vault password");
        vault::Vault start;
        start.addEntry(
            vault::Entry(parse("otpauth://totp/Old:one?secret=JBSWY3DPEHPK3PXP&issuer=Old")));
        auto created = vault::VaultFile::create(path, password, std::move(start), weakKdf());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        const QUuid existing = created->vault().entries().front().id();

        const QByteArray list =
            "otpauth://totp/Renamed:one?secret=JBSWY3DPEHPK3PXP\n" // same secret: duplicate
            "otpauth://hotp/Same:secret?secret=JBSWY3DPEHPK3PXP&counter=1\n" // other type: new
            "otpauth://totp/New:two?secret=JBSWY3DPEHPK3PXQ\n"               // new
            "otpauth://totp/Again:two?secret=JBSWY3DPEHPK3PXQ\n" // repeats the line above
            "otpauth://totp/Bad?secret=0\n";                     // error
        std::vector<ImportResult> results;
        results.push_back(Importer::importData(list));
        results.push_back(
            ImportResult::failed(ImportFailure::WrongPassword, QStringLiteral("wrong")));
        const ImportPreview preview = ImportPreview::build(
            created->vault(), results, {QStringLiteral("a"), QStringLiteral("b")});
        QList<PreviewStatus> statuses;
        for (const PreviewRow& row : preview.rows()) {
            statuses.append(row.status);
        }
        QCOMPARE(statuses, (QList<PreviewStatus>{PreviewStatus::Duplicate, PreviewStatus::New,
                                                 PreviewStatus::New, PreviewStatus::Duplicate,
                                                 PreviewStatus::Error, PreviewStatus::Error}));
        QCOMPARE(preview.rows()[0].duplicateOf, existing);
        QVERIFY(preview.rows()[3].duplicateOf.isNull());
        QCOMPARE(preview.rows()[5].file, QStringLiteral("b"));

        // A chosen row that is not new refuses the whole apply, and the vault stays as it was.
        QVERIFY(!preview.apply(*created, {1, 0}).hasValue());
        QCOMPARE(created->vault().size(), std::size_t(1));

        const auto added = preview.apply(*created, preview.newRows());
        QVERIFY2(added.hasValue(), qPrintable(added.error()));
        QCOMPARE(added->size(), 2);
        auto reopened = vault::VaultFile::open(path, password);
        QVERIFY(reopened.hasValue());
        QCOMPARE(reopened->vault().size(), std::size_t(3));
        QCOMPARE(reopened->backups().backups().size(), 1); // one save
    }
};

QTEST_GUILESS_MAIN(TestTransferRoundTrip)
#include "tst_transferroundtrip.moc"
