// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded translations: English plural forms ("1 account", not "1 accounts"), and for each
// language a sample of core, ui and CLI messages (plurals among them) that must translate, both
// as the .qm file holds them and as the code asks for them (the context it translates under is
// the one lupdate recorded). Fails while a language's translation is unfinished.
#include "crypto/KdfCost.h"
#include "scan/QrEncoder.h"
#include "transfer/HtmlFormat.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace {

// Languages with one plural form: their .qm holds one text for every count.
bool hasPluralOneForm(const QString& language)
{
    return language != QLatin1String("ja") && language != QLatin1String("zh_CN");
}

struct Sample
{
    const char* context;
    const char* source;
    bool plural;
};

// What the code under each layer asks for; contexts as lupdate records them.
const Sample kSamples[] = {
    {"tessera::transfer::HtmlFormat", "Tessera paper backup", false},
    {"tessera::transfer::HtmlFormat",
     "%n account(s). To restore, scan a code with any authenticator app.", true},
    {"tessera::crypto::KdfCost", "about %n minutes", true},
    {"tessera::vault::VaultFile", "the password is wrong", false},
    {"Base32", "secret is empty", false},
    {"tessera::scan::QrEncoder", "the text is too long for a QR code (%n bytes; at most 2953 fit)",
     true},
    {"tessera::ui::MainWindow", "Pool console", false},
    {"tessera::ui::AuthenticatorPage", "No accounts yet", false},
    {"tessera::ui::SettingsDialog", "Lock when the screen locks", false},
    {"tessera::ui::ImportDialog", "Import %n accounts", true},
    {"tessera::ui::console::DeletePoolDialog",
     "Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that "
     "sign in to it stop working.",
     true},
    {"tessera::ui::TrayIcon", "&Lock", false},
    {"tessera::cli::CliApplication", "Show help.", false},
    {"tessera::cli::PoolCommand", "The request was cancelled.", false},
    {"tessera::cli::VaultCommands", "create takes no arguments; name the file with --vault", false},
};

QString translate(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tessera::installTranslations(QStringLiteral("en")); }
    void cleanupTestCase() { tessera::installTranslations(QStringLiteral("en")); }

    void languagesAreEmbedded()
    {
        const QStringList expected = {QStringLiteral("de"),   QStringLiteral("en"),
                                      QStringLiteral("es"),   QStringLiteral("fr"),
                                      QStringLiteral("ja"),   QStringLiteral("pt_BR"),
                                      QStringLiteral("zh_CN")};
        QCOMPARE(tessera::availableLanguages(), expected);
    }

    void englishPluralForms_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one-account") << "tessera::ui::ImportDialog"
                                     << "Import %n accounts" << 1 << "Import 1 account";
        QTest::newRow("two-accounts") << "tessera::ui::ImportDialog"
                                      << "Import %n accounts" << 2 << "Import 2 accounts";
        QTest::newRow("one-second") << "tessera::ui::QrCodeDialog"
                                    << "Hides in %n seconds" << 1 << "Hides in 1 second";
        QTest::newRow("core-one-byte")
            << "tessera::scan::QrEncoder"
            << "the text is too long for a QR code (%n bytes; at most 2953 fit)" << 1
            << "the text is too long for a QR code (1 byte; at most 2953 fit)";
        QTest::newRow("kdf-one-minute") << "tessera::crypto::KdfCost"
                                        << "about %n minutes" << 1 << "about 1 minute";
        QTest::newRow("kdf-two-hours") << "tessera::crypto::KdfCost"
                                       << "about %n hours" << 2 << "about 2 hours";
        QTest::newRow("qr-one-character")
            << "tessera::transfer::QrImageFormat"
            << "this QR code holds %n characters of text that is not an account (an account's "
               "code starts with otpauth:// or otpauth-migration://)"
            << 1
            << "this QR code holds 1 character of text that is not an account (an account's code "
               "starts with otpauth:// or otpauth-migration://)";
        QTest::newRow("delete-one-user")
            << "tessera::ui::console::DeletePoolDialog"
            << "Deleting pool %1 deletes its %n user(s), their factors and devices, for good. "
               "Apps that sign in to it stop working."
            << 1
            << "Deleting pool %1 deletes its 1 user, their factors and devices, for good. Apps "
               "that sign in to it stop working.";
    }

    void englishPluralForms()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(),
                                             source.toUtf8().constData(), nullptr, count),
                 expected);
    }

    // Every sample message has a translation in the language's .qm, under the context the code
    // uses; a plural message has one for a single item and for several.
    void samplesTranslate_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : tessera::availableLanguages()) {
            if (language != QLatin1String("en")) {
                QTest::newRow(qPrintable(language)) << language;
            }
        }
    }

    void samplesTranslate()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language)),
                 qPrintable(QStringLiteral("tessera_%1.qm is not embedded").arg(language)));
        QStringList missing;
        for (const Sample& sample : kSamples) {
            const QList<int> counts = sample.plural ? QList<int>{1, 2} : QList<int>{-1};
            for (int n : counts) {
                const QString text =
                    translator.translate(sample.context, sample.source, nullptr, n);
                if (text.isEmpty() || text == QString::fromUtf8(sample.source)) {
                    missing << QStringLiteral("%1 \"%2\"%3")
                                   .arg(QString::fromLatin1(sample.context),
                                        QString::fromUtf8(sample.source),
                                        n >= 0 ? QStringLiteral(" (n=%1)").arg(n) : QString());
                }
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in %1:\n  ").arg(language) +
                            missing.join(QStringLiteral("\n  "))));
    }

    // The code asks for the messages the .qm holds: the text it produces in the language is the
    // .qm's translation, not the English one. (This failed when core's contexts were typed by
    // hand and differed from what lupdate recorded.)
    void codeSpeaksTheLanguage_data() { samplesTranslate_data(); }

    void codeSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        const QString englishHtml =
            QString::fromUtf8(tessera::transfer::HtmlFormat::write({}).value());
        const QString englishCost = kdfCost().description();
        const QString englishTooLong = tooLongForQr();
        const QString chosen = tessera::installTranslations(language);
        QVERIFY2(chosen == language,
                 qPrintable(QStringLiteral("tessera_%1.qm holds no translation (got \"%2\")")
                                .arg(language, chosen)));

        const QString html = QString::fromUtf8(tessera::transfer::HtmlFormat::write({}).value());
        const QString title = translate("tessera::transfer::HtmlFormat", "Tessera paper backup");
        QVERIFY2(title != QLatin1String("Tessera paper backup"),
                 "the paper backup's title has no translation");
        QVERIFY2(html.contains(title.toHtmlEscaped()),
                 qPrintable(QStringLiteral("HtmlFormat does not use its translated title: ") +
                            html.left(300)));
        QVERIFY(html != englishHtml);

        const QString cost = kdfCost().description();
        QVERIFY2(cost != englishCost,
                 qPrintable(QStringLiteral("KdfCost still says \"%1\"").arg(cost)));
        const QString tooLong = tooLongForQr();
        QVERIFY2(tooLong != englishTooLong,
                 qPrintable(QStringLiteral("QrEncoder still says \"%1\"").arg(tooLong)));
        QVERIFY2(tooLong.contains(QLocale(language).toString(3000)) ||
                     tooLong.contains(QStringLiteral("3000")),
                 qPrintable(QStringLiteral("the count is lost in \"%1\"").arg(tooLong)));
        if (hasPluralOneForm(language)) {
            const char* minutes = "about %n minutes";
            QVERIFY2(translate("tessera::crypto::KdfCost", minutes, 1) !=
                         translate("tessera::crypto::KdfCost", minutes, 2)
                             .replace(QLatin1Char('2'), QLatin1Char('1')),
                     "one and two minutes read alike: the plural forms are missing");
        }
        tessera::installTranslations(QStringLiteral("en"));
    }

    void unknownLanguageFallsBack()
    {
        // A language Tessera lacks (a hand-edited setting) means the system's languages.
        const QString system = tessera::installTranslations();
        QCOMPARE(tessera::installTranslations(QStringLiteral("xx_YY")), system);
        tessera::installTranslations(QStringLiteral("en"));
        QCOMPARE(translate("tessera::ui::ImportDialog", "Import %n accounts", 1),
                 QStringLiteral("Import 1 account"));
    }

private:
    static tessera::crypto::KdfCost kdfCost()
    {
        // Three derivations: "PBKDF2-SHA256 … in each of 3 key derivations", a plural message.
        return tessera::crypto::KdfCost::pbkdf2(tessera::crypto::HashAlgorithm::Sha256, 100000, 3);
    }

    static QString tooLongForQr()
    {
        const auto encoded = tessera::scan::QrEncoder::encode(QString(3000, QLatin1Char('a')));
        return encoded ? QString() : encoded.error();
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
