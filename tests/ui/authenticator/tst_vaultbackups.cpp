// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups in the app: the settings that turn them on, the copy written after each save
// (through the page and through the import wizard), the daily one at unlock, and the banner that
// says when the folder cannot be written or the vault's own folder is not private.
#include "TestVault.h"

#include "otp/OtpAuthUri.h"

#include "authenticator/AppSettings.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/BackupBanner.h"
#include "authenticator/ImportDialog.h"
#include "authenticator/SettingsDialog.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "transfer/AutoBackup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;
using ui::AuthenticatorPage;

namespace {

const QString kGitHub =
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP");

bool unlock(AuthenticatorPage& page)
{
    page.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return page.model() != nullptr; }, 10000);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("tessera-backup-*.tessera")}, QDir::Files,
                                  QDir::Name);
}

bool add(AuthenticatorPage& page, const QString& uri)
{
    auto parameters = otp::otpauth::parse(uri);
    return parameters.hasValue() && page.addAccount(std::move(*parameters));
}

// A temporary folder with a vault holding `uris` and a backup folder beside it (which
// `plugged` false leaves missing, as an unplugged drive). Not `backups`: that is the vault's own
// folder of previous versions, which its first save creates.
struct Place
{
    explicit Place(const QStringList& uris, bool plugged = true)
        : folder(dir.filePath(QStringLiteral("usb-drive"))), vaultPath(makeVault(dir, uris))
    {
        if (plugged) {
            QDir().mkpath(folder);
        }
    }

    QTemporaryDir dir;
    QString folder;
    QString vaultPath;
};

bool idle(ui::VaultSession& session)
{
    // Saves run on a worker too, and each one that lands asks for a backup.
    return QTest::qWaitFor([&] { return !session.isSaving() && !session.isBackingUp(); }, 10000);
}

// Settings as the app stores them, in an INI file of the test's own: the user's real settings
// are never read or written.
ui::AppSettings storedSettings(const QTemporaryDir& dir, const QString& folder, bool daily,
                               int keep)
{
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        ui::AppSettings settings;
        settings.backupEnabled = true;
        settings.backupFolder = folder;
        settings.backupDaily = daily;
        settings.backupKeep = keep;
        settings.save(store);
    }
    const QSettings store(path, QSettings::IniFormat);
    return ui::AppSettings::load(store);
}

} // namespace

class TestVaultBackups : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const ui::AppSettings loaded =
            storedSettings(dir, dir.filePath(QStringLiteral("b")), true, 7);
        QVERIFY(loaded.backupEnabled);
        QCOMPARE(loaded.backupFolder, dir.filePath(QStringLiteral("b")));
        QVERIFY(loaded.backupDaily);
        QCOMPARE(loaded.backupKeep, 7);
        const auto backup = loaded.autoBackup();
        QVERIFY(backup.has_value());
        QCOMPARE(backup->trigger, transfer::AutoBackup::Trigger::Daily);
        QCOMPARE(backup->keep, 7);
        QVERIFY2(backup->password == nullptr, "the app's backups need no password of their own");
        QVERIFY2(!fileBytes(dir.filePath(QStringLiteral("settings.ini"))).contains("password"),
                 "no secret in the settings file");

        ui::AppSettings noFolder = loaded;
        noFolder.backupFolder.clear();
        QVERIFY2(!noFolder.autoBackup(), "no folder, no backups");
        ui::AppSettings off = loaded;
        off.backupEnabled = false;
        QVERIFY(!off.autoBackup());
    }

    void settingsDialogBackupSection()
    {
        QTemporaryDir dir;
        ui::SettingsDialog dialog(ui::AppSettings(), false, false);
        auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("backupEnabled"));
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("backupFolder"));
        auto* choose = dialog.findChild<QPushButton*>(QStringLiteral("backupChooseFolder"));
        auto* trigger = dialog.findChild<QComboBox*>(QStringLiteral("backupTrigger"));
        auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("backupKeep"));
        auto* about = dialog.findChild<QLabel*>(QStringLiteral("backupAbout"));
        QVERIFY(enabled && folder && choose && trigger && keep && about);
        QVERIFY2(about->text().contains(QLatin1String("vault password")),
                 "the section says what a backup is and how to open it");
        QVERIFY2(!enabled->isChecked() && !folder->isEnabled(), "off by default");
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);

        enabled->setChecked(true);
        QVERIFY2(folder->isEnabled() && !ok->isEnabled(), "backups on need a folder first");
        QTest::mouseClick(choose, Qt::LeftButton);
        auto* picker = dialog.findChild<QFileDialog*>(QStringLiteral("backupFolderPicker"));
        QVERIFY2(picker && picker->isVisible(), "Choose… opens a folder picker");
        QCOMPARE(picker->fileMode(), QFileDialog::Directory);
        emit picker->fileSelected(dir.path());
        picker->close();
        QCOMPARE(folder->text(), dir.path());
        QVERIFY(ok->isEnabled());
        trigger->setCurrentIndex(1);
        keep->setValue(4);

        const ui::AppSettings chosen = dialog.settings();
        QVERIFY(chosen.backupEnabled);
        QCOMPARE(chosen.backupFolder, dir.path());
        QVERIFY(chosen.backupDaily);
        QCOMPARE(chosen.backupKeep, 4);
        ui::SettingsDialog again(chosen, false, false);
        QCOMPARE(again.settings(), chosen);
    }

    void saveWritesACopyOfTheVault()
    {
        const Place place({});
        const QString& folder = place.folder;
        const QString& vaultPath = place.vaultPath;
        AuthenticatorPage page(vaultPath, [] { return kNow; });
        page.session().setBackupClock([] { return kNow; });
        page.applySettings(storedSettings(place.dir, folder, false, 2));
        QVERIFY(unlock(page));
        QSignalSpy written(&page.session(), &ui::VaultSession::backupWritten);

        QVERIFY(add(page, kGitHub));
        QVERIFY2(written.wait(10000), "a save is followed by a backup");
        const QString backup = written.takeFirst().at(0).toString();
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(fileBytes(backup), fileBytes(vaultPath));
        auto reopened = vault::VaultFile::open(backup, bytes(kPassword));
        QVERIFY2(reopened.hasValue(), qPrintable(reopened.error()));
        QCOMPARE(reopened->vault().size(), std::size_t(1));

        // Two more saves in the same (fixed) second: names do not collide and only 2 stay.
        QVERIFY(add(page, QStringLiteral("otpauth://totp/B:b?secret=KRSXG5CTMVRXEZLU")));
        QVERIFY(add(page, QStringLiteral("otpauth://totp/C:c?secret=MFRGGZDFMZTWQ2LK")));
        QVERIFY(idle(page.session()));
        QCOMPARE(backupsIn(folder).size(), 2);
        QCOMPARE(fileBytes(QDir(folder).filePath(backupsIn(folder).last())), fileBytes(vaultPath));
        QVERIFY(!page.findChild<ui::BackupBanner*>()->isVisibleTo(&page));
    }

    void importSaveIsBackedUp()
    {
        const Place place({});
        const QString& folder = place.folder;
        const QString& vaultPath = place.vaultPath;
        AuthenticatorPage page(vaultPath, [] { return kNow; });
        page.applySettings(storedSettings(place.dir, folder, false, 5));
        QVERIFY(unlock(page));
        QSignalSpy written(&page.session(), &ui::VaultSession::backupWritten);
        ui::ImportDialog* dialog = page.openImportDialog();
        QVERIFY(dialog);
        dialog->addText(kGitHub, QStringLiteral("pasted"));
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->importChosen());
        QVERIFY2(written.wait(10000), "the import's save is followed by a backup");
        QCOMPARE(fileBytes(written.takeFirst().at(0).toString()), fileBytes(vaultPath));
    }

    void unwritableFolderShowsBannerAndKeepsTheSave()
    {
        const Place place({}, false);
        const QString& folder = place.folder;
        const QString& vaultPath = place.vaultPath;
        AuthenticatorPage page(vaultPath, [] { return kNow; });
        page.applySettings(storedSettings(place.dir, folder, false, 3));
        QVERIFY(unlock(page));
        QSignalSpy failed(&page.session(), &ui::VaultSession::backupFailed);
        QVERIFY2(add(page, kGitHub), "the save itself goes through");
        QVERIFY(failed.wait(10000));
        auto* banner = page.findChild<ui::BackupBanner*>();
        QVERIFY(banner);
        QVERIFY2(banner->isVisibleTo(&page), "the failure is shown in the page, not in a dialog");
        QVERIFY2(banner->text().contains(folder) &&
                     banner->text().contains(QLatin1String("does not exist")),
                 qPrintable(banner->text()));
        auto reopened = vault::VaultFile::open(vaultPath, bytes(kPassword));
        QVERIFY(reopened.hasValue());
        QCOMPARE(reopened->vault().size(), std::size_t(1));
        QVERIFY2(!QFileInfo::exists(folder), "a missing folder is not created");

        // The drive is back: the next save is backed up and the banner goes.
        QVERIFY(QDir().mkpath(folder));
        QSignalSpy written(&page.session(), &ui::VaultSession::backupWritten);
        QVERIFY(add(page, QStringLiteral("otpauth://totp/B:b?secret=KRSXG5CTMVRXEZLU")));
        QVERIFY(written.wait(10000));
        QVERIFY(!banner->isVisibleTo(&page));
        QCOMPARE(backupsIn(folder).size(), 1);
    }

    void sharedVaultFolderShowsWarning()
    {
        const Place place({kGitHub});
        QVERIFY(QFile::setPermissions(place.dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::WriteOther |
                                          QFileDevice::ExeOther));
        AuthenticatorPage page(place.vaultPath, [] { return kNow; });
        QSignalSpy unsafe(&page.session(), &ui::VaultSession::folderUnsafe);
        QVERIFY(unlock(page));
        QCOMPARE(unsafe.size(), 1);
        auto* banner = page.findChild<ui::BackupBanner*>();
        QVERIFY(banner);
        QVERIFY2(banner->isVisibleTo(&page), "a vault in a folder others can write is warned of");
        QVERIFY2(banner->text().contains(QLatin1String("not private")) &&
                     banner->text().contains(QLatin1String("every user")),
                 qPrintable(banner->text()));
        QVERIFY(QFile::setPermissions(place.dir.path(), QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner));
    }

    void dailyBacksUpAtUnlockOnce()
    {
        const Place place({kGitHub});
        const QString& folder = place.folder;
        const QString& vaultPath = place.vaultPath;
        AuthenticatorPage page(vaultPath, [] { return kNow; });
        qint64 now = kNow;
        page.session().setBackupClock([&now] { return now; });
        page.applySettings(storedSettings(place.dir, folder, true, 3));
        QSignalSpy written(&page.session(), &ui::VaultSession::backupWritten);
        QVERIFY2(backupsIn(folder).isEmpty(), "nothing is backed up while locked");
        QVERIFY(unlock(page));
        QVERIFY2(written.wait(10000), "the day's backup is made at unlock");
        QVERIFY(add(page, QStringLiteral("otpauth://totp/B:b?secret=KRSXG5CTMVRXEZLU")));
        QVERIFY(idle(page.session()));
        QCOMPARE(backupsIn(folder).size(), 1);
        QCOMPARE(written.count(), 1);

        now += 25 * 3600;
        QVERIFY(add(page, QStringLiteral("otpauth://totp/C:c?secret=MFRGGZDFMZTWQ2LK")));
        QVERIFY(written.wait(10000));
        QCOMPARE(backupsIn(folder).size(), 2);
    }
};

QTEST_MAIN(TestVaultBackups)
#include "tst_vaultbackups.moc"
