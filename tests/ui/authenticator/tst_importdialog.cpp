// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"
#include "TestVault.h"

#include "authenticator/AddEntryDialog.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/ImportDialog.h"
#include "authenticator/ImportPreviewModel.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "scan/QrEncoder.h"
#include "shell/MainWindow.h"
#include "transfer/GoogleMigration.h"
#include "vault/VaultFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;
using tessera::test::Screenshot;
using ui::ImportDialog;
using ui::ImportPreviewModel;

namespace {

const QStringList kListUris{
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP"),
    QStringLiteral("otpauth://totp/Google:alice.smith@gmail.com?secret=KRSXG5CTMVRXEZLU"),
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QString writeList(const QTemporaryDir& dir, const QStringList& uris)
{
    return writeFile(dir, QStringLiteral("codes.txt"),
                     (QStringLiteral("# exported by hand\n\n") + uris.join(QLatin1Char('\n')) +
                      QLatin1Char('\n'))
                         .toUtf8());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::size_t entriesOnDisk(const QString& path)
{
    auto reopened = vault::VaultFile::open(path, bytes(kPassword));
    return reopened ? reopened->vault().size() : std::size_t(-1);
}

int countStatus(const ImportPreviewModel& model, transfer::PreviewStatus status)
{
    int count = 0;
    for (const auto& row : model.preview().rows()) {
        count += row.status == status ? 1 : 0;
    }
    return count;
}

QPushButton* importButton(const ImportDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
}

QString aegisFixture(const QString& name)
{
    return QStringLiteral(TESSERA_TESTDATA_DIR "/interop/aegis/importers/") + name;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void importsOwnListThenSeesDuplicates();
    void encryptedAegisAsksAgainAfterWrongPassword();
    void badFileImportsNothing_data();
    void badFileImportsNothing();
    void cancelLeavesVaultUnchanged();
    void pageOpensImportWhenUnlocked();
    void migrationLinkOpensPreview();
    void accountsMenuOffersImport();
    void droppedFilesLoadIntoPreview();
    void droppedWebLinkIsRefused();

private:
    // A session open on a fresh vault under `dir` holding `uris`.
    static bool openSession(ui::VaultSession& session)
    {
        session.open(bytes(kPassword));
        return QTest::qWaitFor([&] { return session.isOpen() && !session.isBusy(); }, 10000);
    }
};

void TestImportDialog::importsOwnListThenSeesDuplicates()
{
    QTemporaryDir dir;
    const QString vaultPath = makeVault(dir, {});
    const QString list = writeList(dir, kListUris);
    ui::VaultSession session(vaultPath);
    QVERIFY(openSession(session));

    ui::TokenListModel tokens(*session.vault(), [] { return kNow; });

    ImportDialog dialog(session, tokens);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    dialog.addFiles({list});
    QTRY_VERIFY(!dialog.isBusy());
    ImportPreviewModel& model = *dialog.model();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY2(countStatus(model, transfer::PreviewStatus::New) == 2, "both entries are new");
    QCOMPARE(model.index(0, ImportPreviewModel::IssuerColumn).data().toString(),
             QStringLiteral("GitHub"));
    QCOMPARE(model.index(1, ImportPreviewModel::ChosenColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QVERIFY2(importButton(dialog)->isEnabled() &&
                 importButton(dialog)->text().contains(QStringLiteral("2")),
             qPrintable(importButton(dialog)->text()));
    QCOMPARE(entriesOnDisk(vaultPath), std::size_t(0));

    const QImage shot = Screenshot::grab(&dialog);
    QVERIFY2(Screenshot::distinctColours(shot) > 8, "the preview was painted");
    QVERIFY(Screenshot::saveIfAsked(shot, QStringLiteral("import-preview-light.png")));

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(entriesOnDisk(vaultPath), std::size_t(2));
    QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("summary"))
                 ->text()
                 .contains(QStringLiteral("2 accounts imported.")),
             qPrintable(dialog.findChild<QLabel*>(QStringLiteral("summary"))->text()));

    // The same file again: both are already there, so nothing is chosen.
    ImportDialog again(session, tokens);
    again.addFiles({list});
    QTRY_VERIFY(!again.isBusy());
    QCOMPARE(again.model()->rowCount(), 2);
    QVERIFY2(countStatus(*again.model(), transfer::PreviewStatus::Duplicate) == 2,
             "a second import finds duplicates");
    QCOMPARE(again.model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(again.model()->chosenRows().empty());
    QVERIFY2(!importButton(again)->isEnabled(), "nothing chosen, nothing to import");
}

void TestImportDialog::encryptedAegisAsksAgainAfterWrongPassword()
{
    const QString fixture = aegisFixture(QStringLiteral("aegis_encrypted.json"));
    if (!QFile::exists(fixture)) {
        QSKIP("the shared Aegis fixtures are not here");
    }
    QTemporaryDir dir;
    const QString vaultPath = makeVault(dir, {});
    ui::VaultSession session(vaultPath);
    QVERIFY(openSession(session));

    ui::TokenListModel tokens(*session.vault(), [] { return kNow; });

    ImportDialog dialog(session, tokens);
    dialog.addFiles({fixture});
    QTRY_VERIFY(dialog.isWaitingForPassword());
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("passwordMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("encrypted")), qPrintable(message->text()));
    QCOMPARE(dialog.model()->rowCount(), 0);

    dialog.submitPassword(QStringLiteral("not the password"));
    QVERIFY2(dialog.isBusy(), "the KDF runs off the UI thread");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QVERIFY2(dialog.isWaitingForPassword(), "a wrong password can be retried");
    QVERIFY2(message->text().contains(QStringLiteral("password does not open")),
             qPrintable(message->text()));

    // From EXPECTED.md.
    dialog.submitPassword(QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QVERIFY(!dialog.isWaitingForPassword());
    QCOMPARE(dialog.model()->rowCount(), 7);
    QCOMPARE(countStatus(*dialog.model(), transfer::PreviewStatus::New), 7);
    QVERIFY(dialog.importChosen());
    QTRY_VERIFY(!session.isSaving());
    QCOMPARE(entriesOnDisk(vaultPath), std::size_t(7));
}

void TestImportDialog::badFileImportsNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("unrecognised text") << QByteArray("Dear diary, today I set up two-factor.\n");
    QTest::newRow("broken otpauth line")
        << QByteArray("otpauth://totp/Broken:bob?secret=1not-base32\n");
}

void TestImportDialog::badFileImportsNothing()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString vaultPath = makeVault(dir, {kListUris[0]});
    const QByteArray before = fileBytes(vaultPath);
    const QString bad = writeFile(dir, QStringLiteral("bad.txt"), content);
    ui::VaultSession session(vaultPath);
    QVERIFY(openSession(session));

    ui::TokenListModel tokens(*session.vault(), [] { return kNow; });

    ImportDialog dialog(session, tokens);
    dialog.addFiles({bad});
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY2(!dialog.isWaitingForPassword(), "a bad file is not taken for an encrypted one");
    ImportPreviewModel& model = *dialog.model();
    QVERIFY2(
        model.rowCount() >= 1 &&
            countStatus(model, transfer::PreviewStatus::Error) == model.rowCount(),
        qPrintable(QStringLiteral("every row should be an error; %1 rows").arg(model.rowCount())));
    const QModelIndex status = model.index(0, ImportPreviewModel::StatusColumn);
    QVERIFY2(status.data().toString().startsWith(QStringLiteral("Error: ")) &&
                 status.data().toString().size() > 8,
             qPrintable(status.data().toString()));
    QVERIFY2(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable),
             "an error cannot be chosen");
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(!dialog.importChosen());
    QCOMPARE(fileBytes(vaultPath), before);
}

void TestImportDialog::cancelLeavesVaultUnchanged()
{
    QTemporaryDir dir;
    const QString vaultPath = makeVault(dir, {});
    const QByteArray before = fileBytes(vaultPath);
    const QString list = writeList(dir, kListUris);
    ui::VaultSession session(vaultPath);
    QVERIFY(openSession(session));

    ui::TokenListModel tokens(*session.vault(), [] { return kNow; });

    ImportDialog dialog(session, tokens);
    dialog.show();
    dialog.addFiles({list});
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(dialog.model()->chosenRows().size(), std::size_t(2));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(session.vault()->size(), std::size_t(0));
    QCOMPARE(fileBytes(vaultPath), before);
}

void TestImportDialog::pageOpensImportWhenUnlocked()
{
    QTemporaryDir dir;
    ui::AuthenticatorPage page(makeVault(dir, {}), [] { return kNow; });
    QAction* action = page.findChild<QAction*>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY2(!action->isEnabled() && page.openImportDialog() == nullptr,
             "no import while the vault is locked");
    QVERIFY(openSession(page.session()));
    QTRY_VERIFY(page.model() != nullptr);
    QVERIFY2(action->isEnabled(), "the empty vault offers import");

    page.findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    auto* dialog = page.findChild<ImportDialog*>();
    QVERIFY2(dialog && dialog->isVisible(), "the empty state's Import button opens the wizard");
    dialog->addFiles({writeList(dir, kListUris)});
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->importChosen());
    QVERIFY2(page.model()->rowCount() == 2, "the list shows the imported accounts at once");
}

void TestImportDialog::migrationLinkOpensPreview()
{
    QTemporaryDir dir;
    ui::AuthenticatorPage page(makeVault(dir, {}), [] { return kNow; });
    QVERIFY(openSession(page.session()));
    QTRY_VERIFY(page.model() != nullptr);

    std::vector<otp::OtpParameters> accounts;
    for (const QString& uri : kListUris) {
        auto parsed = otp::otpauth::parse(uri);
        QVERIFY(parsed);
        accounts.push_back(std::move(*parsed));
    }
    const auto encoded = transfer::GoogleMigration::encode({&accounts[0], &accounts[1]});
    QCOMPARE(encoded.uris.size(), 1);

    const QPointer<ui::AddEntryDialog> add = page.openAddDialog();
    QVERIFY(add);
    add->findChild<QLineEdit*>(QStringLiteral("uri"))->setText(encoded.uris.constFirst());
    ImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<ImportDialog*>()) != nullptr);
    QTRY_VERIFY(!dialog->isBusy() && dialog->model()->rowCount() == 2);
    QCOMPARE(countStatus(*dialog->model(), transfer::PreviewStatus::New), 2);
    QVERIFY2(add.isNull() || !add->isVisible(), "the add dialog gives way to the wizard");
}

void TestImportDialog::accountsMenuOffersImport()
{
    QTemporaryDir dir;
    ui::MainWindow window(new ui::AuthenticatorPage(makeVault(dir, {}), [] { return kNow; }));
    QMenu* accounts = nullptr;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* menu : menus) {
        if (menu->text() == QStringLiteral("&Accounts")) {
            accounts = menu->menu();
        }
    }
    QVERIFY(accounts);
    auto* import = window.findChild<QAction*>(QStringLiteral("actionImport"));
    QVERIFY2(import && accounts->actions().contains(import), "Accounts holds Import…");
}

// Files dragged from a file manager onto the wizard (here onto its preview table, whose parent
// takes the drop) are read into the preview, an image of QR codes included; nothing is saved yet.
void TestImportDialog::droppedFilesLoadIntoPreview()
{
    QTemporaryDir dir;
    const QString vaultPath = makeVault(dir, {});
    const QByteArray before = fileBytes(vaultPath);
    const QString list = writeList(dir, kListUris);
    const auto code = scan::QrEncoder::toImage(
        QStringLiteral("otpauth://totp/Bank:bob?secret=MFRGGZDFMZTWQ2LK&issuer=Bank"), 6);
    QVERIFY(code.hasValue());
    const QString image = dir.filePath(QStringLiteral("code.png"));
    QVERIFY(code->save(image, "PNG"));
    ui::VaultSession session(vaultPath);
    QVERIFY(openSession(session));

    ui::TokenListModel tokens(*session.vault(), [] { return kNow; });

    ImportDialog dialog(session, tokens);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget* target = dialog.findChild<QTableView*>(QStringLiteral("previewTable"))->viewport();
    const QPoint at = target->rect().center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(list), QUrl::fromLocalFile(image)});

    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY2(enter.isAccepted(), "the wizard accepts dragged files");
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY2(drop.isAccepted(), "the wizard takes the dropped files");

    QTRY_VERIFY(!dialog.isBusy() && dialog.model()->rowCount() == 3);
    ImportPreviewModel& model = *dialog.model();
    QCOMPARE(countStatus(model, transfer::PreviewStatus::New), 3);
    QStringList issuers;
    for (int row = 0; row < model.rowCount(); ++row) {
        issuers.append(model.index(row, ImportPreviewModel::IssuerColumn).data().toString());
    }
    QCOMPARE(issuers, (QStringList{"GitHub", "Google", "Bank"}));
    QCOMPARE(fileBytes(vaultPath), before);
    QVERIFY(dialog.importChosen());
    QTRY_VERIFY(!session.isSaving());
    QCOMPARE(entriesOnDisk(vaultPath), std::size_t(3));
}

void TestImportDialog::droppedWebLinkIsRefused()
{
    QTemporaryDir dir;
    ui::VaultSession session(makeVault(dir, {}));
    QVERIFY(openSession(session));
    ui::TokenListModel tokens(*session.vault(), [] { return kNow; });
    ImportDialog dialog(session, tokens);
    dialog.show();
    QMimeData mime;
    mime.setUrls({QUrl(QStringLiteral("https://example.com/export.json"))});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    QVERIFY2(!drop.isAccepted(), "only local files are read");
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.model()->rowCount(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
