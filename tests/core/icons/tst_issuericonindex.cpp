// SPDX-License-Identifier: GPL-3.0-or-later
// Which bundled issuer icon an issuer name means: the rule in icons::IssuerIconIndex, run over the
// real index that scripts/update-issuer-icons wrote, and over small hand-made ones for the data
// checks.
#include "icons/BundledIssuerIcons.h"
#include "icons/IssuerIconIndex.h"

#include <QFile>
#include <QTest>

using tessera::icons::IssuerIcon;
using tessera::icons::IssuerIconIndex;

class TestIssuerIconIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledIndexIsComplete();
    void compiledInSetIsTheIndex();
    void matches_data();
    void matches();
    void iconReferenceWins();
    void rejectsBadData_data();
    void rejectsBadData();

private:
    IssuerIconIndex m_bundled;
};

void TestIssuerIconIndex::initTestCase()
{
    QFile file(QStringLiteral(TESSERA_ISSUER_ICONS_DIR "/index.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    auto index = IssuerIconIndex::fromJson(file.readAll());
    QVERIFY2(index.hasValue(), qPrintable(index.error()));
    m_bundled = std::move(index).value();
}

void TestIssuerIconIndex::bundledIndexIsComplete()
{
    QVERIFY2(m_bundled.size() >= 80 && m_bundled.size() <= 150,
             qPrintable(QStringLiteral("%1 icons").arg(m_bundled.size())));
    for (const IssuerIcon& icon : m_bundled.icons()) {
        QVERIFY2(QFile::exists(QStringLiteral(TESSERA_ISSUER_ICONS_DIR "/%1.svg").arg(icon.key)),
                 qPrintable(icon.key + QStringLiteral(" is indexed but has no SVG")));
        QVERIFY2(m_bundled.match(icon.title) == &icon,
                 qPrintable(icon.title + QStringLiteral(" should match its own icon")));
    }
    QVERIFY2(!m_bundled.version().isEmpty(), "the index names the package version it came from");
    const IssuerIcon* github = m_bundled.icon(u"github");
    QVERIFY(github != nullptr);
    QCOMPARE(github->rgb, 0x181717U);
}

// The set compiled into tessera_core (what the window and the CLI read) is the index on disk, SVGs
// included: nothing above core needs to bundle it again.
void TestIssuerIconIndex::compiledInSetIsTheIndex()
{
    const IssuerIconIndex& compiled = tessera::icons::bundledIssuerIcons();
    QCOMPARE(compiled.size(), m_bundled.size());
    QCOMPARE(compiled.version(), m_bundled.version());
    for (const IssuerIcon& icon : m_bundled.icons()) {
        QVERIFY2(QFile::exists(QStringLiteral(":/issuer-icons/%1.svg").arg(icon.key)),
                 qPrintable(icon.key + QStringLiteral(" is not compiled in")));
    }
}

void TestIssuerIconIndex::matches_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("key"); // empty: no icon, initials

    QTest::newRow("exact") << "GitHub"
                           << "github";
    QTest::newRow("case and spaces") << "  gItHuB "
                                     << "github";
    QTest::newRow("alias") << "Gmail"
                           << "google";
    QTest::newRow("simple-icons' own alias") << "Twitter"
                                             << "x";
    QTest::newRow("one-letter brand") << "X"
                                      << "x";
    QTest::newRow("punctuation in the name") << "Battle.net"
                                             << "battledotnet";
    QTest::newRow("punctuation left out") << "battlenet"
                                          << "battledotnet";
    QTest::newRow("digits") << "1Password"
                            << "1password";
    QTest::newRow("two words") << "Epic Games"
                               << "epicgames";
    QTest::newRow("host name") << "google.com"
                               << "google";
    QTest::newRow("sub-domain") << "accounts.google.com"
                                << "google";
    QTest::newRow("country domain") << "google.co.uk"
                                    << "google";
    QTest::newRow("URL") << "https://id.atlassian.com/login"
                         << "atlassian";
    QTest::newRow("mail address") << "alice@gmail.com"
                                  << "google";
    QTest::newRow("domain as the title") << "GOG.com"
                                         << "gogdotcom";
    QTest::newRow("company suffix") << "GitHub, Inc."
                                    << "github";
    QTest::newRow("company suffix AG") << "Proton AG"
                                       << "proton";
    QTest::newRow("product word") << "Google Workspace"
                                  << "google";
    QTest::newRow("enterprise") << "GitHub Enterprise"
                                << "github";
    QTest::newRow("Apple ID") << "Apple ID"
                              << "apple";
    QTest::newRow("mail product") << "Proton Mail"
                                  << "proton";
    QTest::newRow("qualifier in brackets") << "Discord (work)"
                                           << "discord";
    QTest::newRow("withdrawn brand: AWS") << "Amazon Web Services"
                                          << "";
    QTest::newRow("withdrawn brand: aws") << "aws"
                                          << "";
    QTest::newRow("withdrawn brand: Microsoft") << "Microsoft"
                                                << "";
    QTest::newRow("brand then a non-qualifier") << "Box Hill Bank"
                                                << "";
    QTest::newRow("brand inside a longer word") << "Steampunk Forum"
                                                << "";
    QTest::newRow("unknown") << "Example Corp"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only punctuation") << "--"
                                      << "";
    QTest::newRow("unknown host") << "login.example.org"
                                  << "";
    QTest::newRow("non-Latin") << "Ελληνικά"
                               << "";
}

void TestIssuerIconIndex::matches()
{
    QFETCH(QString, issuer);
    QFETCH(QString, key);
    const IssuerIcon* icon = m_bundled.match(issuer);
    QCOMPARE(icon != nullptr ? icon->key : QString(), key);
}

void TestIssuerIconIndex::iconReferenceWins()
{
    QCOMPARE(m_bundled.forEntry(u"gitlab", u"GitHub")->key, QStringLiteral("gitlab"));
    QVERIFY2(m_bundled.forEntry(u"https://example.com/i.png", u"GitHub")->key ==
                 QLatin1String("github"),
             "a reference the set does not know falls back to the issuer");
    QCOMPARE(m_bundled.forEntry(u"", u"Steam")->key, QStringLiteral("steam"));
    QVERIFY(m_bundled.forEntry(u"", u"Unknown Bank") == nullptr);
}

void TestIssuerIconIndex::rejectsBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
    QTest::newRow("no icons") << QByteArray("{}") << "no \"icons\"";
    QTest::newRow("bad key") << QByteArray(R"({"icons":[{"key":"Git Hub","hex":"000000"}]})")
                             << "lower-case";
    QTest::newRow("bad colour") << QByteArray(R"({"icons":[{"key":"a","hex":"12345"}]})")
                                << "hex colour";
    QTest::newRow("one name, two icons")
        << QByteArray(R"({"icons":[{"key":"a","hex":"000000","aliases":["same"]},)"
                      R"({"key":"b","hex":"000000","aliases":["Same!"]}]})")
        << "means both 'a' and 'b'";
}

void TestIssuerIconIndex::rejectsBadData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto index = IssuerIconIndex::fromJson(json);
    QVERIFY2(!index.hasValue(), "bad data must be refused, not half read");
    QVERIFY2(index.error().contains(error), qPrintable(index.error()));
}

QTEST_GUILESS_MAIN(TestIssuerIconIndex)
#include "tst_issuericonindex.moc"
