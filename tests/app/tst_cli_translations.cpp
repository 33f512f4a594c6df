// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli in the user's language: the usage text and an error message come out as the
// embedded .qm translates them, chosen by LANGUAGE, LC_ALL, LC_MESSAGES and LANG in that order.
#include "CliRun.h"
#include "util/Translations.h"

#include <QTest>
#include <QTranslator>

namespace {

const char* const kContext = "tessera::cli::CliApplication";

QProcessEnvironment environment(const QList<std::pair<QString, QString>>& variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        env.remove(QString::fromLatin1(name));
    }
    for (const auto& [name, value] : variables) {
        env.insert(name, value);
    }
    return env;
}

// The first line of the usage text in `language`, as the embedded translation holds it.
QString usageLine(const QString& language)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language))) {
        return {};
    }
    // The usage text is one message; the CLI prints it whole.
    const CliRun english = runCli(QStringLiteral(TESSERA_CLI), {QStringLiteral("--help")},
                                  environment({{QStringLiteral("LANG"), QStringLiteral("C")}}));
    const QString source = QString::fromUtf8(english.out);
    return translator.translate(kContext, source.toUtf8().constData())
        .section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishUnderTheCLocale()
    {
        const CliRun run = runCli(QStringLiteral(TESSERA_CLI), {QStringLiteral("--help")},
                                  environment({{QStringLiteral("LANG"), QStringLiteral("C")}}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: tessera-cli"), qPrintable(run.describe()));
    }

    void followsTheEnvironment_data()
    {
        QTest::addColumn<QString>("variables"); // NAME=VALUE;NAME=VALUE
        QTest::addColumn<QString>("language");
        for (const QString& language : tessera::availableLanguages()) {
            if (language == QLatin1String("en")) {
                continue;
            }
            QTest::addRow("LANG=%s", qPrintable(language))
                << QStringLiteral("LANG=%1.UTF-8").arg(language) << language;
        }
        QTest::newRow("LC_MESSAGES-over-LANG") << "LANG=de_DE.UTF-8;LC_MESSAGES=fr_FR.UTF-8"
                                               << "fr";
        QTest::newRow("LC_ALL-over-LC_MESSAGES") << "LC_MESSAGES=fr_FR.UTF-8;LC_ALL=es_ES.UTF-8"
                                                 << "es";
        QTest::newRow("LANGUAGE-list") << "LANG=de_DE.UTF-8;LANGUAGE=xx:ja:fr"
                                       << "ja";
        QTest::newRow("region-falls-back") << "LANG=de_AT.UTF-8"
                                           << "de";
    }

    void followsTheEnvironment()
    {
        QFETCH(QString, variables);
        QFETCH(QString, language);
        QList<std::pair<QString, QString>> pairs;
        for (const QString& assignment : variables.split(QLatin1Char(';'))) {
            pairs.append({assignment.section(QLatin1Char('='), 0, 0),
                          assignment.section(QLatin1Char('='), 1)});
        }
        const QString expected = usageLine(language);
        QVERIFY2(!expected.isEmpty() && !expected.startsWith(QLatin1String("Usage: tessera-cli")),
                 qPrintable(QStringLiteral("the usage text has no %1 translation").arg(language)));

        // No command: the usage text on stdout, "no command given" on stderr.
        const CliRun run = runCli(QStringLiteral(TESSERA_CLI), {}, environment(pairs));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.out).startsWith(expected), qPrintable(run.describe()));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language)));
        const QString noCommand = translator.translate(kContext, "no command given");
        QVERIFY2(!noCommand.isEmpty(), "\"no command given\" has no translation");
        QVERIFY2(QString::fromUtf8(run.err).contains(noCommand), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
