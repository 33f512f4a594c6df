// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "authenticator/IssuerIcons.h"
#include "core/Version.h"
#include "shell/AboutDialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

#include <openssl/crypto.h>

using tessera::test::Screenshot;
using tessera::ui::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsVersion();
    void showsLicence();
    void listsLinkedLibraries_data();
    void listsLinkedLibraries();
    void listsOnlyLinkedLibraries();
    void notesTrademarks();
    void screenshot_data();
    void screenshot();

private:
    static QTreeWidgetItem* rowNamed(QTreeWidget* table, const QString& name);
};

QTreeWidgetItem* TestAboutDialog::rowNamed(QTreeWidget* table, const QString& name)
{
    const auto found = table->findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

void TestAboutDialog::showsVersion()
{
    AboutDialog dialog;
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY2(version->text().contains(QString::fromLatin1(tessera::kVersion)),
             qPrintable(version->text()));
}

void TestAboutDialog::showsLicence()
{
    AboutDialog dialog;
    auto* licence = dialog.findChild<QLabel*>(QStringLiteral("licenceLabel"));
    QVERIFY(licence);
    QVERIFY2(licence->text().contains(QStringLiteral("GPL-3.0-or-later")),
             qPrintable(licence->text()));
}

void TestAboutDialog::listsLinkedLibraries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("licence");

    QTest::newRow("Qt, the running version")
        << "Qt" << QString::fromLatin1(qVersion()) << "LGPL-3.0-only";
    QTest::newRow("OpenSSL, the running version")
        << "OpenSSL" << QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))
        << "Apache-2.0";
    QTest::newRow("Simple Icons, the bundled set's version")
        << "Simple Icons (issuer icons)" << tessera::ui::bundledIssuerIcons().version()
        << "CC0-1.0";
}

void TestAboutDialog::listsLinkedLibraries()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, licence);

    AboutDialog dialog;
    auto* table = dialog.findChild<QTreeWidget*>(QStringLiteral("componentTable"));
    QVERIFY(table);
    QTreeWidgetItem* row = rowNamed(table, name);
    QVERIFY2(row, qPrintable(name + " should be listed"));
    QVERIFY2(!version.isEmpty(), "the library should report its version");
    QCOMPARE(row->text(1), version);
    QCOMPARE(row->text(2), licence);
}

void TestAboutDialog::notesTrademarks()
{
    AboutDialog dialog;
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("trademarkLabel"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("trademarks")), qPrintable(note->text()));
}

void TestAboutDialog::listsOnlyLinkedLibraries()
{
    AboutDialog dialog;
    auto* table = dialog.findChild<QTreeWidget*>(QStringLiteral("componentTable"));
    QVERIFY(table);
    // When a library is linked, add it to the dialog and here together.
    QCOMPARE(table->topLevelItemCount(), 3);
}

void TestAboutDialog::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("light") << false << "about.png";
    QTest::newRow("dark") << true << "about-dark.png";
}

void TestAboutDialog::screenshot()
{
    QFETCH(bool, dark);
    QFETCH(QString, fileName);

    const QPalette original = QApplication::palette();
    // Set before the dialog exists: QApplication only passes a new palette on to existing
    // widgets once its event loop runs, which a Qt Test function does not start.
    if (dark) {
        QApplication::setPalette(Screenshot::darkPalette());
    }
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* table = dialog.findChild<QTreeWidget*>(QStringLiteral("componentTable"));
    const int rowsHeight =
        table->visualItemRect(table->topLevelItem(table->topLevelItemCount() - 1)).bottom();
    QVERIFY2(rowsHeight < table->viewport()->height(),
             "every library row should be visible without scrolling");

    const QImage image = Screenshot::grab(&dialog);
    const int colours = Screenshot::distinctColours(image);
    QApplication::setPalette(original);
    QVERIFY2(colours > 32,
             qPrintable(QStringLiteral("only %1 colours: is anything drawn?").arg(colours)));
    QVERIFY2(Screenshot::saveIfAsked(image, fileName), qPrintable(fileName));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
