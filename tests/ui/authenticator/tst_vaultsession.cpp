// SPDX-License-Identifier: GPL-3.0-or-later
// VaultSession::apply as the page uses it: every change shows at once, is saved on a worker thread
// (the window keeps running while another program holds the vault's save lock), is taken back
// through the model when its save fails, and still reaches the disk when the vault is locked
// while it is being saved. The import and the keyring slot go the same way.
#include "TestVault.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/ImportDialog.h"
#include "authenticator/TokenDelegate.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "vault/InMemoryKeyring.h"
#include "vault/SaveLock.h"
#include "vault/VaultFile.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tessera;
using namespace tessera::test;
using ui::AuthenticatorPage;
using ui::TokenListModel;

namespace {

const QString kTotp = QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP");
const QString kHotp =
    QStringLiteral("otpauth://hotp/YubiCloud:alice?secret=GEZDGNBVGY3TQOJQ&counter=4");
const QString kOther = QStringLiteral("otpauth://totp/Proton:alice?secret=KRSXG5CTMVRXEZLU");

// Far below the save lock's wait: a call that took this long waited for the disk.
constexpr qint64 kBlockedMs = 1000;

bool unlock(AuthenticatorPage& page)
{
    page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return page.model() != nullptr; }, 10000);
}

bool unlockShown(AuthenticatorPage& page)
{
    if (!unlock(page)) {
        return false;
    }
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

// What another program saving the vault holds meanwhile; null if it could not be had.
std::unique_ptr<vault::SaveLock> anotherProgramSaving(const QString& path)
{
    auto lock = std::make_unique<vault::SaveLock>(path);
    return lock->lock(std::chrono::milliseconds(0)) ? std::move(lock) : nullptr;
}

bool saved(AuthenticatorPage& page)
{
    return QTest::qWaitFor([&] { return !page.session().isSaving(); }, 15000);
}

QString describe(const vault::Vault& vault)
{
    QStringList entries;
    for (const vault::Entry& entry : vault.entries()) {
        entries << QStringLiteral("%1 counter=%2%3")
                       .arg(entry.parameters().issuer())
                       .arg(entry.parameters().counter())
                       .arg(entry.isFavourite() ? QStringLiteral(" favourite") : QString());
    }
    return entries.join(QStringLiteral("; "));
}

QString onDisk(const QString& path)
{
    auto file = vault::VaultFile::open(path, bytes(kPassword));
    return file ? describe(file->vault()) : QStringLiteral("cannot open: ") + file.error();
}

// Clicks the reveal button of the HOTP row and says how long the click took.
qint64 clickReveal(AuthenticatorPage& page, int row)
{
    QListView* list = page.listView();
    const QRect button =
        ui::TokenDelegate::revealButtonRect(list->visualRect(list->model()->index(row, 0)));
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, button.center());
    return timer.elapsed();
}

// Another program saved the vault since `page` opened it: every save of the page is refused.
bool savedElsewhere(const QString& path)
{
    auto elsewhere = vault::VaultFile::open(path, bytes(kPassword));
    return elsewhere && elsewhere->save().ok();
}

// The page's import dialog with `uris` read into its preview, every row chosen.
ui::ImportDialog* importReady(AuthenticatorPage& page, const QStringList& uris)
{
    ui::ImportDialog* dialog = page.openImportDialog();
    if (dialog == nullptr) {
        return nullptr;
    }
    dialog->addText(uris.join(QLatin1Char('\n')), QStringLiteral("pasted"));
    return QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000) ? dialog : nullptr;
}

const ui::MessageBar* failureBar(AuthenticatorPage& page)
{
    return page.findChild<ui::MessageBar*>(QStringLiteral("saveFailureBar"));
}

} // namespace

class TestVaultSession : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void revealWaitsForAnotherProgramsSaveWithoutBlocking();
    void revealWhoseSaveFailsShowsNoCode();
    void changesDuringASaveGoIntoTheNextOne();
    void failedSaveRevertsEveryChangeItHeld();
    void lockWhileSavingStillSaves();
    void importWaitsForAnotherProgramsSaveWithoutBlocking();
    void importWhoseSaveFailsAddsNothing();
    void keyringSlotWhoseSaveFailsIsTakenBack();
    void forgettingTheKeyringLetsChangesGoOn();
};

void TestVaultSession::cleanup()
{
    QApplication::clipboard()->clear();
}

void TestVaultSession::revealWaitsForAnotherProgramsSaveWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kHotp});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlockShown(page));
    auto other = anotherProgramSaving(path);
    QVERIFY(other);

    const qint64 took = clickReveal(page, 0);
    QVERIFY2(took < kBlockedMs,
             qPrintable(QStringLiteral("the click waited %1 ms for the disk").arg(took)));
    QVERIFY(page.session().isSaving());
    const QModelIndex row = page.model()->index(0);
    QTest::qWait(200);
    QVERIFY2(row.data(TokenListModel::CodeRole).toString().isEmpty(),
             "no code on screen while its counter is not on disk");

    other.reset();
    QVERIFY(saved(page));
    const auto parameters = otp::otpauth::parse(kHotp);
    QCOMPARE(row.data(TokenListModel::CodeRole).toString(),
             otp::hotp(parameters->secret(), parameters->algorithm(), 4, 6));
    QCOMPARE(QApplication::clipboard()->text(), row.data(TokenListModel::CodeRole).toString());
    QCOMPARE(onDisk(path), QStringLiteral("YubiCloud counter=5"));
}

void TestVaultSession::revealWhoseSaveFailsShowsNoCode()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kHotp});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlockShown(page));
    page.session().file()->setLockTimeout(std::chrono::milliseconds(1500));
    // The other program holds the lock longer than the page waits: the page's save fails.
    const auto other = anotherProgramSaving(path);
    QVERIFY(other);

    const qint64 took = clickReveal(page, 0);
    QVERIFY2(took < kBlockedMs,
             qPrintable(QStringLiteral("the click waited %1 ms for the disk").arg(took)));
    QVERIFY(saved(page));
    const QModelIndex row = page.model()->index(0);
    QVERIFY2(row.data(TokenListModel::CodeRole).toString().isEmpty(),
             "no code on screen for a counter that is not on disk");
    QVERIFY(row.data(TokenListModel::NeedsRevealRole).toBool());
    QVERIFY2(QApplication::clipboard()->text().isEmpty(), "nothing was copied");
    QCOMPARE(describe(*page.session().vault()), QStringLiteral("YubiCloud counter=4"));
    QCOMPARE(onDisk(path), QStringLiteral("YubiCloud counter=4"));
    QVERIFY2(failureBar(page) && failureBar(page)->isVisible(), "the failed save is reported");
}

void TestVaultSession::changesDuringASaveGoIntoTheNextOne()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp, kHotp, kOther});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    auto other = anotherProgramSaving(path);
    QVERIFY(other);

    TokenListModel* model = page.model();
    QElapsedTimer timer;
    timer.start();
    page.toggleFavourite(model->index(0)); // saved at once: waits for the lock
    page.toggleFavourite(model->index(2)); // these three wait for that save
    page.deleteAccount(model->index(1));
    QVERIFY(page.addAccount(
        otp::otpauth::parse(QStringLiteral("otpauth://totp/Added:bob?secret=MFRGGZDFMZTWQ2LK"))
            .value()));
    QVERIFY2(timer.elapsed() < kBlockedMs, "four changes never wait for the disk");
    QCOMPARE(page.model()->rowCount(), 3);

    other.reset();
    QVERIFY(saved(page));
    QCOMPARE(onDisk(path), describe(*page.session().vault()));
    QCOMPARE(onDisk(path), QStringLiteral("GitHub counter=0 favourite; Proton counter=0 favourite; "
                                          "Added counter=0"));
    // Each save keeps the file it replaced: two saves, in order, not four.
    const QStringList backups =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
    QCOMPARE(backups.size(), 2);
}

void TestVaultSession::failedSaveRevertsEveryChangeItHeld()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp, kHotp, kOther});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    const QString before = describe(*page.session().vault());
    // Another program saved since the page opened the vault: every save of the page is refused.
    {
        auto elsewhere = vault::VaultFile::open(path, bytes(kPassword));
        QVERIFY(elsewhere);
        QVERIFY(elsewhere->save().ok());
    }
    TokenListModel* model = page.model();
    page.deleteAccount(model->index(0));
    page.toggleFavourite(model->index(0));
    page.toggleFavourite(model->index(1));
    QVERIFY(saved(page));
    QCOMPARE(describe(*page.session().vault()), before);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->index(0).data(TokenListModel::IssuerRole).toString(),
             QStringLiteral("GitHub"));
    QCOMPARE(onDisk(path), before);
    QVERIFY(failureBar(page) && !failureBar(page)->isHidden());
    QVERIFY2(failureBar(page)->text().contains(QStringLiteral("another program")),
             qPrintable(failureBar(page)->text()));
    QVERIFY2(!page.findChild<QAction*>(QStringLiteral("actionUndoDelete"))->isEnabled(),
             "no undo is offered for a deletion that did not happen");
}

void TestVaultSession::lockWhileSavingStillSaves()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp, kHotp});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    auto other = anotherProgramSaving(path);
    QVERIFY(other);

    page.toggleFavourite(page.listView()->model()->index(1, 0));   // being saved
    QVERIFY(page.addAccount(otp::otpauth::parse(kOther).value())); // waiting to be
    QElapsedTimer timer;
    timer.start();
    page.lock();
    QVERIFY2(timer.elapsed() < kBlockedMs, "locking does not wait for the disk");
    QVERIFY2(page.session().vault() == nullptr, "the secrets are wiped at once");
    QVERIFY(page.session().isSaving());

    other.reset();
    QVERIFY(saved(page));
    QCOMPARE(onDisk(path), QStringLiteral("GitHub counter=0; YubiCloud counter=4 favourite; "
                                          "Proton counter=0"));
    QVERIFY(unlock(page));
    QCOMPARE(page.model()->rowCount(), 3);
}

void TestVaultSession::importWaitsForAnotherProgramsSaveWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    ui::ImportDialog* dialog = importReady(page, {kHotp, kOther});
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ui::ImportDialog::imported);
    auto other = anotherProgramSaving(path);
    QVERIFY(other);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(dialog->importChosen());
    QVERIFY2(
        timer.elapsed() < kBlockedMs,
        qPrintable(QStringLiteral("importing waited %1 ms for the disk").arg(timer.elapsed())));
    QVERIFY2(page.model()->rowCount() == 3, "the list shows the imported accounts at once");
    QCOMPARE(imported.count(), 0);

    other.reset();
    QVERIFY(saved(page));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.first().at(0).value<QList<QUuid>>().size(), 2);
    QCOMPARE(onDisk(path),
             QStringLiteral("GitHub counter=0; YubiCloud counter=4; Proton counter=0"));
}

void TestVaultSession::importWhoseSaveFailsAddsNothing()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp});
    AuthenticatorPage page(path, [] { return kNow; });
    QVERIFY(unlock(page));
    ui::ImportDialog* dialog = importReady(page, {kHotp, kOther});
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ui::ImportDialog::imported);
    QSignalSpy failed(dialog, &ui::ImportDialog::importFailed);
    QVERIFY(savedElsewhere(path));

    QVERIFY(dialog->importChosen());
    QVERIFY(saved(page));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("another program")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY2(!dialog->isSaving(), "the dialog can be used again");
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(describe(*page.session().vault()), QStringLiteral("GitHub counter=0"));
    QCOMPARE(onDisk(path), QStringLiteral("GitHub counter=0"));
    QVERIFY2(failureBar(page) && !failureBar(page)->isHidden(), "the failed save is reported");
}

void TestVaultSession::keyringSlotWhoseSaveFailsIsTakenBack()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp});
    AuthenticatorPage page(path, [] { return kNow; });
    auto keyring = std::make_shared<vault::InMemoryKeyring>();
    page.session().setKeyring(keyring);
    QVERIFY(unlock(page));
    QSignalSpy failed(&page.session(), &ui::VaultSession::keyringFailed);
    QSignalSpy remembered(&page.session(), &ui::VaultSession::rememberedChanged);
    QVERIFY(savedElsewhere(path));

    page.session().setRemembered(true);
    QVERIFY(QTest::qWaitFor([&] { return !page.session().isBusy(); }, 10000));
    QVERIFY(saved(page));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(remembered.count(), 0);
    QVERIFY2(!page.session().isRemembered(), "the slot left the header with its failed save");
    QVERIFY2(!page.session().fileHasKeyringSlot(), "nothing was written");
    QTRY_VERIFY2(keyring->size() == 0, "the keyring does not keep a key that opens nothing");
}

void TestVaultSession::forgettingTheKeyringLetsChangesGoOn()
{
    QTemporaryDir dir;
    const QString path = makeVault(dir, {kTotp, kOther});
    AuthenticatorPage page(path, [] { return kNow; });
    auto keyring = std::make_shared<vault::InMemoryKeyring>();
    page.session().setKeyring(keyring);
    QVERIFY(unlock(page));
    QSignalSpy remembered(&page.session(), &ui::VaultSession::rememberedChanged);
    page.session().setRemembered(true);
    QVERIFY(remembered.wait(10000));
    QVERIFY(page.session().fileHasKeyringSlot());
    QCOMPARE(keyring->size(), std::size_t(1));

    // Forgetting is a change like any other: while its save waits for another program, the
    // vault takes the next change instead of refusing it as busy.
    auto other = anotherProgramSaving(path);
    QVERIFY(other);
    QSignalSpy saveFailed(&page.session(), &ui::VaultSession::saveFailed);
    page.session().setRemembered(false);
    page.toggleFavourite(page.model()->index(1));
    QCOMPARE(saveFailed.count(), 0);
    QVERIFY2(!page.session().isBusy(), "no keyring call is needed to forget");

    other.reset();
    QVERIFY(saved(page));
    QCOMPARE(saveFailed.count(), 0);
    QCOMPARE(remembered.count(), 2);
    QCOMPARE(remembered.last().at(0).toBool(), false);
    QVERIFY(!page.session().fileHasKeyringSlot());
    QCOMPARE(onDisk(path), QStringLiteral("GitHub counter=0; Proton counter=0 favourite"));
    QTRY_COMPARE(keyring->size(), std::size_t(0));
}

QTEST_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"
