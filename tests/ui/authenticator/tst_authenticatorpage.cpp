// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"
#include "TestVault.h"

#include "authenticator/AddEntryDialog.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/ClockCheckBar.h"
#include "authenticator/QrCodeDialog.h"
#include "authenticator/TokenDelegate.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/UndoBar.h"
#include "authenticator/VaultSession.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "scan/QrDecoder.h"
#include "scan/QrEncoder.h"
#include "widgets/ClipboardGuard.h"
#include "authenticator/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"
#include "time/SntpClient.h"
#include "authenticator/ExportDialog.h"
#include "authenticator/ImportDialog.h"
#include "vault/VaultFile.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using tessera::test::Screenshot;
using namespace tessera;
using ui::AuthenticatorPage;
using namespace tessera::test;

namespace {

const QStringList kSampleUris{
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP"),
    QStringLiteral("otpauth://totp/Google:alice.smith@gmail.com?secret=KRSXG5CTMVRXEZLU"),
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root?secret=MFRGGZDFMZTWQ2LK"),
    QStringLiteral("otpauth://hotp/YubiCloud:alice?secret=GEZDGNBVGY3TQOJQ&counter=4"),
    QStringLiteral("otpauth://totp/Proton:alice@proton.me?secret=JBSWY3DPEHPK3PXQ&digits=8"),
    QStringLiteral("otpauth://totp/Steam:alicegames?secret=KRSXG5CTMVRXEZLV&encoder=steam"),
};

bool unlock(AuthenticatorPage& page, const QString& password)
{
    auto* field = page.findChild<QLineEdit*>(QStringLiteral("password"));
    auto* submit = page.findChild<QPushButton*>(QStringLiteral("submit"));
    if (field == nullptr || submit == nullptr) {
        return false;
    }
    field->setText(password);
    QTest::mouseClick(submit, Qt::LeftButton);
    return true;
}

} // namespace

class TestAuthenticatorPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void firstStartCreatesVault();
    void unlockWrongThenRight();
    void addManually();
    void addRejectsBadSecretInline();
    void migrationLinkGoesToImport();
    void scanFromFile();
    void scanSeveralCodesOffersList();
    void copyMarksSecretAndClears();
    void clearLeavesOtherClipboardAlone();
    void hotpRevealSavesCounter();
    void hotpRevealThatCannotBeSavedShowsNoCode();
    void deleteAndUndo();
    void showQrNeedsConfirmation();
    void lockWipesModel();
    void lockClosesDialogsThatShowSecrets_data();
    void lockClosesDialogsThatShowSecrets();
    void idleLocks();
    void screenshots_data();
    void screenshots();

private:
    QPalette m_lightPalette;
};

void TestAuthenticatorPage::initTestCase()
{
    m_lightPalette = QApplication::palette();
}

void TestAuthenticatorPage::cleanup()
{
    QApplication::setPalette(m_lightPalette);
    QApplication::clipboard()->clear();
}

void TestAuthenticatorPage::firstStartCreatesVault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.tessera"));
    AuthenticatorPage page(path, [] { return kNow; });
    page.session().setCreateOptions(cheapKdf());
    auto* confirm = page.findChild<QLineEdit*>(QStringLiteral("confirmPassword"));
    auto* submit = page.findChild<QPushButton*>(QStringLiteral("submit"));
    auto* strength = page.findChild<QLabel*>(QStringLiteral("strength"));
    QVERIFY(confirm && submit && strength);
    QVERIFY2(!confirm->isHidden(), "a new vault asks for the password twice");
    page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("abc"));
    QVERIFY2(strength->text().startsWith(QStringLiteral("Weak")), qPrintable(strength->text()));
    confirm->setText(QStringLiteral("abd"));
    QVERIFY2(!submit->isEnabled(), "passwords that differ cannot create a vault");
    page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    confirm->setText(kPassword);
    QVERIFY(submit->isEnabled());
    QSignalSpy busy(&page.session(), &ui::VaultSession::busyChanged);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(page.model() != nullptr);
    QVERIFY2(busy.count() >= 2, "the KDF runs with a visible busy state");
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(page.findChild<QStackedWidget*>()->currentWidget()->objectName(),
             QStringLiteral("authenticatorEmpty"));
}

void TestAuthenticatorPage::unlockWrongThenRight()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir, kSampleUris), [] { return kNow; });
    page.show();
    auto* error = page.findChild<QLabel*>(QStringLiteral("error"));
    auto* busyBar = page.findChild<QProgressBar*>(QStringLiteral("busy"));
    QVERIFY(error && busyBar);
    QVERIFY2(page.findChild<QLineEdit*>(QStringLiteral("confirmPassword"))->isHidden(),
             "unlocking asks once");
    QVERIFY(unlock(page, QStringLiteral("wrong password")));
    QVERIFY2(busyBar->isVisible(), "the busy bar shows while the KDF runs");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Wrong password")), qPrintable(error->text()));
    QVERIFY(page.model() == nullptr);
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    QCOMPARE(page.model()->rowCount(), kSampleUris.size());
    QCOMPARE(page.listView()->model()->rowCount(), kSampleUris.size());
}

void TestAuthenticatorPage::addManually()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    ui::AddEntryDialog* dialog = page.openAddDialog();
    QVERIFY(dialog);
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addButton"));
    QVERIFY(add);
    QVERIFY2(!add->isEnabled(), "an empty form cannot be added");
    dialog->findChild<QLineEdit*>(QStringLiteral("issuer"))->setText(QStringLiteral("Example"));
    dialog->findChild<QLineEdit*>(QStringLiteral("account"))->setText(QStringLiteral("bob"));
    dialog->findChild<QLineEdit*>(QStringLiteral("secret"))
        ->setText(QStringLiteral("jbsw y3dp ehpk 3pxp"));
    QVERIFY2(add->isEnabled(), qPrintable(dialog->validationMessage()));
    QCOMPARE(page.model()->rowCount(), 0);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0).data(ui::TokenListModel::IssuerRole).toString(),
             QStringLiteral("Example"));
    // Saved: a fresh open of the file sees it.
    QTRY_VERIFY(!page.session().isSaving());
    page.lock();
    auto reopened = vault::VaultFile::open(path, bytes(kPassword));
    QVERIFY(reopened);
    QCOMPARE(reopened->vault().size(), std::size_t(1));
}

void TestAuthenticatorPage::addRejectsBadSecretInline()
{
    ui::AddEntryDialog dialog;
    dialog.findChild<QLineEdit*>(QStringLiteral("secret"))->setText(QStringLiteral("ABCDEF1"));
    QVERIFY(!dialog.parameters());
    QVERIFY2(dialog.validationMessage().contains(QStringLiteral("'1' at position 7")),
             qPrintable(dialog.validationMessage()));
    dialog.findChild<QLineEdit*>(QStringLiteral("uri"))
        ->setText(QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=2"));
    QVERIFY2(dialog.validationMessage().contains(QStringLiteral("digits")),
             qPrintable(dialog.validationMessage()));
}

void TestAuthenticatorPage::migrationLinkGoesToImport()
{
    ui::AddEntryDialog dialog;
    QSignalSpy found(&dialog, &ui::AddEntryDialog::migrationFound);
    const QString link = QStringLiteral("otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8");
    dialog.findChild<QLineEdit*>(QStringLiteral("uri"))->setText(link);
    QVERIFY(!dialog.parameters());
    QVERIFY2(found.count() == 1 && found.at(0).at(0).toString() == link,
             "the export is handed on to the import wizard");
    QVERIFY2(dialog.validationMessage().contains(QStringLiteral("import")),
             qPrintable(dialog.validationMessage()));
}

void TestAuthenticatorPage::scanFromFile()
{
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("code.png"));
    QVERIFY(scan::QrEncoder::toImage(kSampleUris[0])->save(image));
    AuthenticatorPage page(makeVault(dir, {}), [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    ui::AddEntryDialog* dialog = page.openAddDialog(image);
    QVERIFY(dialog);
    QVERIFY2(dialog->isScanning(), "decoding runs off the UI thread");
    QTRY_VERIFY2(dialog->parameters(), qPrintable(dialog->validationMessage()));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("issuer"))->text(),
             QStringLiteral("GitHub"));
    QCOMPARE(page.model()->rowCount(), 0); // nothing saved before confirming
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestAuthenticatorPage::scanSeveralCodesOffersList()
{
    ui::AddEntryDialog dialog;
    dialog.offerTexts({kSampleUris[0], kSampleUris[1]});
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("foundCodes"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QVERIFY2(!list->item(0)->text().contains(QStringLiteral("JBSW")), "never list a secret");
    QVERIFY(!dialog.parameters());
    list->setCurrentRow(1);
    QVERIFY(dialog.parameters());
    QCOMPARE(dialog.parameters()->issuer(), QStringLiteral("Google"));
}

void TestAuthenticatorPage::copyMarksSecretAndClears()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir, kSampleUris), [] { return kNow; });
    page.clipboard().setClearDelay(std::chrono::milliseconds(200));
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView* list = page.listView();
    const QModelIndex first = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    const QString expected = first.data(ui::TokenListModel::CodeRole).toString();
    QCOMPARE(QApplication::clipboard()->text(), expected);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    for (const auto& [format, value] : ui::ClipboardGuard::secretMarkers()) {
        QCOMPARE(mime->data(format), value);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);

    // Enter copies too.
    list->setCurrentIndex(list->model()->index(1, 0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(),
             list->model()->index(1, 0).data(ui::TokenListModel::CodeRole).toString());
}

void TestAuthenticatorPage::clearLeavesOtherClipboardAlone()
{
    ui::ClipboardGuard guard;
    guard.setClearDelay(std::chrono::milliseconds(100));
    guard.copySecret(QStringLiteral("123456"));
    QApplication::clipboard()->setText(QStringLiteral("something the user copied"));
    QSignalSpy cleared(&guard, &ui::ClipboardGuard::cleared);
    QTest::qWait(300);
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something the user copied"));
}

void TestAuthenticatorPage::hotpRevealSavesCounter()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kSampleUris[3]});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView* list = page.listView();
    const QModelIndex row = list->model()->index(0, 0);
    QVERIFY(row.data(ui::TokenListModel::NeedsRevealRole).toBool());
    // A click outside the button copies nothing: there is no code yet.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(row).topLeft() + QPoint(5, 5));
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    const QRect button = ui::TokenDelegate::revealButtonRect(list->visualRect(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, button.center());
    const auto parameters = otp::otpauth::parse(kSampleUris[3]);
    // Shown once the counter is on disk.
    QTRY_COMPARE(row.data(ui::TokenListModel::CodeRole).toString(),
                 otp::hotp(parameters->secret(), parameters->algorithm(), 4, 6));
    QCOMPARE(QApplication::clipboard()->text(), row.data(ui::TokenListModel::CodeRole).toString());
    page.lock();
    auto reopened = vault::VaultFile::open(path, bytes(kPassword));
    QVERIFY(reopened);
    QCOMPARE(reopened->vault().entries()[0].parameters().counter(), quint64(5));
}

void TestAuthenticatorPage::hotpRevealThatCannotBeSavedShowsNoCode()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kSampleUris[3]});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Another program saves the vault meanwhile (the same accounts, but a fresh nonce makes
    // other bytes), so the page's next save is refused as a change it has not seen.
    {
        auto other = vault::VaultFile::open(path, bytes(kPassword));
        QVERIFY(other);
        QVERIFY(other->save().ok());
    }
    QListView* list = page.listView();
    const QModelIndex row = list->model()->index(0, 0);
    const QRect button = ui::TokenDelegate::revealButtonRect(list->visualRect(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_VERIFY(!page.session().isSaving());
    auto* failure = page.findChild<ui::MessageBar*>(QStringLiteral("saveFailureBar"));
    QVERIFY2(failure && failure->isVisible() && failure->text().contains(QStringLiteral("another")),
             "the failed save is reported, with its reason");
    QVERIFY2(row.data(ui::TokenListModel::CodeRole).toString().isEmpty(),
             "no code on screen for a counter that is not on disk");
    QVERIFY(row.data(ui::TokenListModel::NeedsRevealRole).toBool());
    QVERIFY2(QApplication::clipboard()->text().isEmpty(), "nothing was copied");
    QCOMPARE(page.model()->entryAt(0)->parameters().counter(), quint64(4));
    auto onDisk = vault::VaultFile::open(path, bytes(kPassword));
    QVERIFY(onDisk);
    QCOMPARE(onDisk->vault().entries()[0].parameters().counter(), quint64(4));
}

void TestAuthenticatorPage::deleteAndUndo()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, kSampleUris);
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    QListView* list = page.listView();
    list->setCurrentIndex(list->model()->index(1, 0));
    auto* deleteAction = page.findChild<QAction*>(QStringLiteral("actionDeleteAccount"));
    auto* undoAction = page.findChild<QAction*>(QStringLiteral("actionUndoDelete"));
    QVERIFY(deleteAction && undoAction);
    deleteAction->trigger();
    QCOMPARE(page.model()->rowCount(), kSampleUris.size() - 1);
    // Undo is offered once the deletion is on disk.
    QTRY_VERIFY(undoAction->isEnabled());
    auto* undoBar = page.findChild<ui::UndoBar*>();
    QVERIFY(undoBar && !undoBar->isHidden());
    // As a screen reader finds it: the bar by its message, the button by its name.
    QAccessibleInterface* barAccessible = QAccessible::queryAccessibleInterface(undoBar);
    QVERIFY(barAccessible);
    QVERIFY2(barAccessible->text(QAccessible::Name).startsWith(QStringLiteral("Deleted ")),
             qPrintable(barAccessible->text(QAccessible::Name)));
    bool undoFound = false;
    for (int i = 0; i < barAccessible->childCount(); ++i) {
        QAccessibleInterface* child = barAccessible->child(i);
        undoFound = undoFound || (child->role() == QAccessible::Button &&
                                  child->text(QAccessible::Name) == QStringLiteral("Undo"));
    }
    QVERIFY2(undoFound, "the Undo button is found by its accessible name");
    {
        auto onDisk = vault::VaultFile::open(path, bytes(kPassword));
        QCOMPARE(onDisk->vault().size(), std::size_t(kSampleUris.size() - 1));
    }
    undoAction->trigger();
    QCOMPARE(page.model()->rowCount(), kSampleUris.size());
    QCOMPARE(page.model()->index(1).data(ui::TokenListModel::IssuerRole).toString(),
             QStringLiteral("Google"));
    QVERIFY(!undoAction->isEnabled());
    QTRY_VERIFY(!page.session().isSaving());
    page.lock();
    auto onDisk = vault::VaultFile::open(path, bytes(kPassword));
    QCOMPARE(onDisk->vault().size(), std::size_t(kSampleUris.size()));
    QVERIFY(!onDisk->vault().find(QStringLiteral("Google:alice.smith@gmail.com")).isEmpty());
}

void TestAuthenticatorPage::showQrNeedsConfirmation()
{
    ui::ClipboardGuard clipboard;
    ui::QrCodeDialog dialog(kSampleUris[0], QStringLiteral("GitHub:alice"), clipboard);
    QVERIFY(!dialog.isCodeShown());
    auto* image = dialog.findChild<QLabel*>(QStringLiteral("qrImage"));
    QVERIFY(image->pixmap().isNull());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmShow")),
                      Qt::LeftButton);
    QVERIFY(dialog.isCodeShown());
    QVERIFY(!image->pixmap().isNull());
    const auto decoded = scan::QrDecoder::decode(image->pixmap().toImage());
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, QStringList{kSampleUris[0]});
}

void TestAuthenticatorPage::lockWipesModel()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir, kSampleUris), [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.copyCode(page.listView()->model()->index(0, 0));
    QVERIFY(!QApplication::clipboard()->text().isEmpty());
    QTest::keyClick(&page, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(page.model() == nullptr);
    QVERIFY(!page.session().isOpen());
    QVERIFY(page.session().vault() == nullptr);
    QCOMPARE(page.listView()->model()->rowCount(), 0);
    QVERIFY2(QApplication::clipboard()->text().isEmpty(), "locking clears a copied code");
    QCOMPARE(page.findChild<QStackedWidget*>()->currentWidget()->objectName(),
             QStringLiteral("unlockView"));
}

void TestAuthenticatorPage::lockClosesDialogsThatShowSecrets_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("add") << QStringLiteral("add");
    QTest::newRow("show as QR code") << QStringLiteral("qr");
    QTest::newRow("edit") << QStringLiteral("edit");
    QTest::newRow("import") << QStringLiteral("import");
    QTest::newRow("export") << QStringLiteral("export");
}

void TestAuthenticatorPage::lockClosesDialogsThatShowSecrets()
{
    QFETCH(QString, dialog);
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir, kSampleUris), [] { return kNow; });
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QModelIndex first = page.listView()->model()->index(0, 0);
    page.listView()->setCurrentIndex(first);
    QPointer<QDialog> open;
    if (dialog == QLatin1String("add")) {
        open = page.openAddDialog();
    } else if (dialog == QLatin1String("qr")) {
        page.findChild<QAction*>(QStringLiteral("actionShowQr"))->trigger();
        open = page.findChild<ui::QrCodeDialog*>();
    } else if (dialog == QLatin1String("edit")) {
        open = page.editAccount(first);
    } else if (dialog == QLatin1String("import")) {
        open = page.openImportDialog();
    } else {
        open = page.openExportDialog();
    }
    QVERIFY(open);
    QTRY_VERIFY(open->isVisible());
    page.lock();
    QVERIFY2(!open || !open->isVisible(), "a dialog over the vault's accounts closes on lock");
    QTRY_VERIFY2(open.isNull(), "and is deleted, with what it held");
}

void TestAuthenticatorPage::idleLocks()
{
    QTemporaryDir dir;
    AuthenticatorPage page(makeVault(dir, kSampleUris), [] { return kNow; });
    page.idleWatcher().setTimeout(std::chrono::milliseconds(150));
    QVERIFY(unlock(page, kPassword));
    QTRY_VERIFY(page.model() != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!page.session().isOpen(), 3000);
    QVERIFY(page.model() == nullptr);
}

void TestAuthenticatorPage::screenshots_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        for (const QString& screen :
             {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("scan"),
              QStringLiteral("unlock"), QStringLiteral("settings"), QStringLiteral("clock")}) {
            QTest::newRow(qPrintable(screen + suffix)) << screen << dark;
        }
    }
}

void TestAuthenticatorPage::screenshots()
{
    QFETCH(QString, screen);
    QFETCH(bool, dark);
    if (dark) {
        QApplication::setPalette(Screenshot::darkPalette());
    }
    QTemporaryDir dir;
    ui::MainWindow window(new AuthenticatorPage(makeVault(dir, kSampleUris), [] { return kNow; }));
    AuthenticatorPage& page = *window.authenticator();
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QImage image;
    if (screen != QLatin1String("unlock")) {
        QVERIFY(unlock(page, kPassword));
        QTRY_VERIFY(page.model() != nullptr);
        page.listView()->setCurrentIndex(page.listView()->model()->index(0, 0));
    }
    if (screen != QLatin1String("unlock")) {
        // A favourite with a group, as a vault in use has.
        page.model()->setFavourite(1, true);
        page.model()->setTicking(false);
    }
    if (screen == QLatin1String("add")) {
        ui::AddEntryDialog* dialog = page.openAddDialog();
        dialog->findChild<QLineEdit*>(QStringLiteral("uri"))->setText(kSampleUris[0]);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        image = Screenshot::grab(dialog);
    } else if (screen == QLatin1String("scan")) {
        ui::AddEntryDialog* dialog = page.openAddDialog();
        dialog->offerTexts({kSampleUris[0], kSampleUris[1], kSampleUris[4]});
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        image = Screenshot::grab(dialog);
    } else if (screen == QLatin1String("settings")) {
        QDialog* dialog = page.openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        image = Screenshot::grab(dialog);
    } else if (screen == QLatin1String("clock")) {
        time::ClockOffset offset;
        offset.offset = std::chrono::seconds(100);
        page.clockCheck().startChecks(QString());
        page.clockCheck().handleOffset(offset);
        QTest::qWait(20);
        image = Screenshot::grab(&window);
    } else {
        image = Screenshot::grab(&window);
    }
    const int colours = Screenshot::distinctColours(image);
    QVERIFY2(colours > 32, qPrintable(QStringLiteral("only %1 colours: blank?").arg(colours)));
    const QString fileName =
        QStringLiteral("authenticator-%1-%2.png")
            .arg(screen, dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QVERIFY2(Screenshot::saveIfAsked(image, fileName), qPrintable(fileName));
}

QTEST_MAIN(TestAuthenticatorPage)
#include "tst_authenticatorpage.moc"
