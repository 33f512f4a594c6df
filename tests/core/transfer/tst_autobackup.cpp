// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpAuthUri.h"
#include "transfer/AutoBackup.h"
#include "transfer/Importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::transfer;

namespace {

vault::Vault vaultOf(int entries)
{
    vault::Vault vault;
    for (int i = 0; i < entries; ++i) {
        auto parameters = otp::otpauth::parse(
            QStringLiteral("otpauth://totp/Site%1:user?secret=JBSWY3DPEHPK3PXP&issuer=Site%1")
                .arg(i));
        Q_ASSERT(parameters.hasValue());
        vault.addEntry(vault::Entry(std::move(*parameters)));
    }
    return vault;
}

constexpr qint64 kStart = 1'735'787'045; // 2025-01-02 03:04:05 UTC

} // namespace

class TestAutoBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    const crypto::SecureBytes m_password{"backup password", 15};
    qint64 m_now = kStart;

    AutoBackup make(AutoBackup::Trigger trigger, int keep)
    {
        AutoBackup::Settings settings;
        settings.folder = m_directory.path();
        settings.trigger = trigger;
        settings.keep = keep;
        settings.password = &m_password;
        settings.kdf.scrypt = crypto::ScryptParameters{16, 1, 1};
        settings.kdf.allowWeakKdfForTests = true;
        return AutoBackup(std::move(settings), [this] { return m_now; });
    }

    // A one-entry vault file at `path`, with a KDF cheap enough for tests.
    static Expected<vault::VaultFile> createVault(const QString& path,
                                                  const crypto::SecureBytes& password)
    {
        vault::VaultCreateOptions cheap;
        cheap.scrypt = crypto::ScryptParameters{16, 1, 1};
        cheap.allowWeakKdfForTests = true;
        return vault::VaultFile::create(path, password, vaultOf(1), cheap);
    }

private slots:
    void init()
    {
        m_directory = QTemporaryDir();
        QVERIFY(m_directory.isValid());
        m_now = kStart;
    }

    void afterEachChangeKeepsTheNewestN()
    {
        AutoBackup backup = make(AutoBackup::Trigger::AfterEachChange, 3);
        QFile unrelated(m_directory.filePath(QStringLiteral("notes.txt")));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.close();
        for (int i = 1; i <= 5; ++i) {
            const auto written = backup.vaultChanged(vaultOf(i));
            QVERIFY2(written.hasValue(), qPrintable(written.error()));
            QVERIFY2(!written->isEmpty(), "every change is backed up");
            m_now += 60;
        }
        const QStringList kept = backup.backups();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(QFileInfo(kept.first()).fileName(),
                 AutoBackup::fileNameFor(kStart + 2 * 60)); // the two oldest were removed
        QVERIFY2(unrelated.exists(), "files the class did not write are never touched");
        // The newest backup is an encrypted Tessera backup of the newest vault.
        QFile newest(kept.last());
        QVERIFY(newest.open(QIODevice::ReadOnly));
        QVERIFY(!newest.readAll().contains("JBSWY3DPEHPK3PXP"));
        const ImportResult restored = Importer::importFile(kept.last(), {{}, &m_password});
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(restored.format, QStringLiteral("tessera"));
        QCOMPARE(restored.items.size(), std::size_t(5));
    }

    void twoChangesInOneSecondGiveTwoBackups()
    {
        AutoBackup backup = make(AutoBackup::Trigger::AfterEachChange, 10);
        QVERIFY(backup.vaultChanged(vaultOf(1)).hasValue());
        QVERIFY(backup.vaultChanged(vaultOf(2)).hasValue());
        const QStringList kept = backup.backups();
        QCOMPARE(kept.size(), 2);
        const ImportResult newest = Importer::importFile(kept.last(), {{}, &m_password});
        QCOMPARE(newest.items.size(), std::size_t(2));
    }

    void dailyWritesOncePerDay()
    {
        AutoBackup backup = make(AutoBackup::Trigger::Daily, 2);
        QVERIFY(!backup.tick(vaultOf(1))->isEmpty()); // none yet: due at once
        m_now += 3600;
        QVERIFY2(backup.vaultChanged(vaultOf(2))->isEmpty(), "not due again within the day");
        QVERIFY(backup.tick(vaultOf(2))->isEmpty());
        m_now = kStart + 24 * 3600;
        QVERIFY2(!backup.tick(vaultOf(2))->isEmpty(), "due after 24 hours");
        m_now += 24 * 3600;
        QVERIFY(!backup.vaultChanged(vaultOf(3))->isEmpty());
        QCOMPARE(backup.backups().size(), 2);
        // A clock set back before the newest backup counts as due rather than never.
        m_now = kStart - 3600;
        const auto early = backup.tick(vaultOf(3));
        QVERIFY(!early->isEmpty());
        QVERIFY2(QFile::exists(*early), "the newest backup is kept even if its name sorts first");
        QCOMPARE(backup.backups().size(), 2);
    }

    // The mode the app uses: each backup is the encrypted vault file as just saved, so it opens
    // with the vault's own password and needs no backup password.
    void vaultCopiesAreTheSavedFileKeepingTheNewestN()
    {
        QTemporaryDir vaultDirectory;
        const QString vaultPath = vaultDirectory.filePath(QStringLiteral("vault.tessera"));
        const crypto::SecureBytes vaultPassword("vault password", 14);
        auto file = createVault(vaultPath, vaultPassword);
        QVERIFY2(file.hasValue(), qPrintable(file.error()));

        const QString notes = m_directory.filePath(QStringLiteral("notes.txt"));
        const QString lookalike =
            m_directory.filePath(QStringLiteral("tessera-backup-old.tessera"));
        for (const QString& path : {notes, lookalike}) {
            QFile other(path);
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("not a backup");
        }
        AutoBackup::Settings settings;
        settings.folder = m_directory.path();
        settings.keep = 3;
        AutoBackup backup(settings, [this] { return m_now; });
        QString newest;
        for (int i = 2; i <= 6; ++i) {
            file->vault().addEntry(vaultOf(i).entries().back().clone());
            QVERIFY(file->save());
            const auto written = backup.vaultFileSaved(vaultPath);
            QVERIFY2(written.hasValue(), qPrintable(written.error()));
            QVERIFY2(!written->isEmpty(), "every save is backed up");
            newest = *written;
            m_now += 60;
        }
        const QStringList kept = backup.backups();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.last(), newest);
        QCOMPARE(QFileInfo(kept.first()).fileName(), AutoBackup::fileNameFor(kStart + 2 * 60));
        QFile vaultBytes(vaultPath);
        QFile newestBytes(newest);
        QVERIFY(vaultBytes.open(QIODevice::ReadOnly) && newestBytes.open(QIODevice::ReadOnly));
        QVERIFY2(newestBytes.readAll() == vaultBytes.readAll(),
                 "the backup is the vault file byte for byte");
        QCOMPARE(QFileInfo(newest).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto reopened = vault::VaultFile::open(newest, vaultPassword);
        QVERIFY2(reopened.hasValue(), qPrintable(reopened.error()));
        QCOMPARE(reopened->vault().size(), std::size_t(6));
        for (const QString& path : {notes, lookalike}) {
            QFile other(path);
            QVERIFY2(other.open(QIODevice::ReadOnly) && other.readAll() == "not a backup",
                     qPrintable(path + QStringLiteral(" was touched")));
        }
        QCOMPARE(QDir(m_directory.path()).entryList(QDir::Files | QDir::Hidden).size(), 5);
    }

    void vaultCopiesDaily()
    {
        QTemporaryDir vaultDirectory;
        const QString vaultPath = vaultDirectory.filePath(QStringLiteral("vault.tessera"));
        QVERIFY(createVault(vaultPath, m_password).hasValue());
        AutoBackup::Settings settings;
        settings.folder = m_directory.path();
        settings.trigger = AutoBackup::Trigger::Daily;
        AutoBackup backup(settings, [this] { return m_now; });
        QVERIFY(!backup.tickVaultFile(vaultPath)->isEmpty());
        m_now += 3600;
        QVERIFY2(backup.vaultFileSaved(vaultPath)->isEmpty(), "not due again within the day");
        QVERIFY(backup.tickVaultFile(vaultPath)->isEmpty());
        m_now += 24 * 3600;
        QVERIFY(!backup.tickVaultFile(vaultPath)->isEmpty());
        QCOMPARE(backup.backups().size(), 2);
    }

    void vaultCopyRefusesMissingFolderAndNonVaults()
    {
        QTemporaryDir vaultDirectory;
        const QString vaultPath = vaultDirectory.filePath(QStringLiteral("vault.tessera"));
        QVERIFY(createVault(vaultPath, m_password).hasValue());

        AutoBackup::Settings settings;
        settings.folder = m_directory.filePath(QStringLiteral("unplugged"));
        AutoBackup unplugged(settings, [this] { return m_now; });
        const auto failed = unplugged.vaultFileSaved(vaultPath);
        QVERIFY(!failed.hasValue());
        QVERIFY2(failed.error().contains(settings.folder) &&
                     failed.error().contains(QLatin1String("does not exist")),
                 qPrintable(failed.error()));
        QVERIFY2(!QFileInfo::exists(settings.folder), "a missing folder is not created");

        const QString plain = vaultDirectory.filePath(QStringLiteral("plain.txt"));
        QFile text(plain);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("otpauth://totp/A?secret=JBSWY3DPEHPK3PXP\n");
        text.close();
        settings.folder = m_directory.path();
        AutoBackup backup(settings, [this] { return m_now; });
        const auto refused = backup.vaultFileSaved(plain);
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().contains(QLatin1String("not a Tessera vault")),
                 qPrintable(refused.error()));
        const auto gone = backup.vaultFileSaved(vaultDirectory.filePath(QStringLiteral("gone")));
        QVERIFY(!gone.hasValue());
        QVERIFY(backup.backups().isEmpty());
        QVERIFY(QDir(m_directory.path()).isEmpty());
    }

    void missingFolderOrPasswordIsAnError()
    {
        AutoBackup::Settings settings;
        settings.folder = m_directory.filePath(QStringLiteral("unplugged"));
        settings.password = &m_password;
        AutoBackup noFolder(settings, [this] { return m_now; });
        const auto failed = noFolder.vaultChanged(vaultOf(1));
        QVERIFY(!failed.hasValue());
        QVERIFY2(failed.error().contains(QLatin1String("does not exist")),
                 qPrintable(failed.error()));
        settings.folder = m_directory.path();
        settings.password = nullptr;
        AutoBackup noPassword(settings, [this] { return m_now; });
        QVERIFY(!noPassword.vaultChanged(vaultOf(1)).hasValue());
        QVERIFY(noPassword.backups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
