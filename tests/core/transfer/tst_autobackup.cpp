// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpAuthUri.h"
#include "transfer/AutoBackup.h"
#include "transfer/Importer.h"

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
