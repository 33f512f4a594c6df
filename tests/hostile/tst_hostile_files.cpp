// SPDX-License-Identifier: GPL-3.0-or-later
// What another user of the same computer can do to the files Tessera writes: read a secret
// while a file is being written, plant a link under a name Tessera uses, own the folder its
// backups go to. Each case is set up here; the cases that need a second user run when the test
// runs as root (it then acts as `nobody` through seteuid) and skip, saying so, otherwise.
#include "VaultTestSupport.h"
#include "transfer/AutoBackup.h"
#include "transfer/Exporter.h"
#include "vault/FolderSafety.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tessera;
using vault::test::password;
using vault::test::weakOptions;

namespace {

constexpr uid_t kNobody = 65534;
// Enough exports that a file widened for a moment is seen: the old code showed 0644 to the
// watcher in a few of every 20.
constexpr int kExports = 60;

vault::Vault sampleVault()
{
    vault::Vault result;
    result.addEntry(vault::test::entryFromUri(
        QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example")));
    return result;
}

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode : 0;
}

// Watches a folder with inotify and, the moment a name appears in it, records that name's mode:
// what another user polling the folder would find.
class CreationWatcher
{
public:
    explicit CreationWatcher(const QString& folder) : m_folder(folder)
    {
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0) {
            ::inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                IN_CREATE | IN_MOVED_TO | IN_MODIFY | IN_CLOSE_WRITE);
        }
        m_thread = std::thread([this] { run(); });
    }
    ~CreationWatcher() { stop(); }
    CreationWatcher(const CreationWatcher&) = delete;
    CreationWatcher& operator=(const CreationWatcher&) = delete;

    bool valid() const { return m_fd >= 0; }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    // Every (name, mode) seen whose mode let group or others read.
    QStringList exposed() const { return m_exposed; }
    int events() const { return m_events; }

private:
    void run()
    {
        alignas(inotify_event) char buffer[16 * 1024];
        while (!m_stop) {
            pollfd descriptor{m_fd, POLLIN, 0};
            if (::poll(&descriptor, 1, 20) <= 0) {
                continue;
            }
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            for (ssize_t at = 0; at < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                if (event->len > 0) {
                    const QString path =
                        m_folder + QLatin1Char('/') + QFile::decodeName(event->name);
                    const mode_t mode = modeOf(path);
                    ++m_events;
                    if (mode != 0 && S_ISREG(mode) && (mode & (S_IRGRP | S_IROTH)) != 0) {
                        m_exposed << QStringLiteral("%1 (mode %2)")
                                         .arg(QFileInfo(path).fileName())
                                         .arg(mode & 0777, 4, 8, QLatin1Char('0'));
                    }
                }
                at += qsizetype(sizeof(inotify_event)) + event->len;
            }
        }
    }

    QString m_folder;
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    QStringList m_exposed;
    int m_events = 0;
};

// Acts as another user for the lifetime of the object (root only).
class ActAs
{
public:
    explicit ActAs(uid_t uid) : m_ok(::setegid(gid_t(uid)) == 0 && ::seteuid(uid) == 0) {}
    ~ActAs()
    {
        if (::seteuid(0) != 0 || ::setegid(0) != 0) {
            qFatal("could not return to root after acting as another user");
        }
    }
    ActAs(const ActAs&) = delete;
    ActAs& operator=(const ActAs&) = delete;
    bool ok() const { return m_ok; }

private:
    bool m_ok;
};

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A permissive umask is what exposes files that are narrowed only after creation.
        ::umask(022);
    }

    void exportsAreOwnerOnlyFromTheFirstByte_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("otpauth list") << int(transfer::ExportFormat::UriList);
        QTest::newRow("Aegis plain") << int(transfer::ExportFormat::Aegis);
        QTest::newRow("HTML page") << int(transfer::ExportFormat::Html);
        QTest::newRow("Google migration") << int(transfer::ExportFormat::GoogleMigration);
        QTest::newRow("Tessera backup") << int(transfer::ExportFormat::Tessera);
    }
    void exportsAreOwnerOnlyFromTheFirstByte()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const vault::Vault vault = sampleVault();
        const auto secret = password("backup password");
        transfer::ExportOptions options;
        options.tessera = weakOptions();
        options.password =
            transfer::ExportFormat(format) == transfer::ExportFormat::Tessera ? &secret : nullptr;
        CreationWatcher watcher(dir.path());
        QVERIFY(watcher.valid());
        for (int i = 0; i < kExports; ++i) {
            const QString path = dir.filePath(QStringLiteral("export-%1.txt").arg(i));
            const auto written = transfer::Exporter::exportToFile(
                vault, transfer::ExportFormat(format), path, options);
            QVERIFY2(written.hasValue(), qPrintable(written.error()));
            QCOMPARE(modeOf(path) & 0777, mode_t(0600));
        }
        watcher.stop();
        QVERIFY2(watcher.events() > 0, "the watcher saw the export files appear");
        QVERIFY2(watcher.exposed().isEmpty(),
                 qPrintable(QStringLiteral("readable by others while being written: ") +
                            watcher.exposed().join(QStringLiteral(", "))));
        // Nothing left behind but the exports.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), kExports);
    }

    void exportNeverReplacesAFileThatAppeared()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.txt"));
        const QString link = dir.filePath(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(path, link)); // a dangling link planted under the export's name
        const auto written = transfer::Exporter::exportToFile(
            sampleVault(), transfer::ExportFormat::UriList, link, {});
        QVERIFY2(!written.hasValue(), "an export refuses a name that is taken, even by a link");
        QVERIFY2(written.error().contains(QLatin1String("already exists")),
                 qPrintable(written.error()));
        QVERIFY2(!QFile::exists(path), "nothing was written through the planted link");
    }

    void vaultAndBackupsAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        CreationWatcher watcher(dir.path());
        auto created = vault::VaultFile::create(path, password("pw"), sampleVault(), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        QVERIFY2(created->save().ok(), "a second save makes a backup");
        watcher.stop();
        QVERIFY2(watcher.exposed().isEmpty(), qPrintable(watcher.exposed().join(u',')));
        QCOMPARE(modeOf(path) & 0777, mode_t(0600));
        QCOMPARE(modeOf(created->backups().directory()) & 0777, mode_t(0700));
        const QStringList backups = created->backups().backups();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(modeOf(backups.first()) & 0777, mode_t(0600));
    }

    void foldersMadeForAVaultAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/deeper/v.tessera"));
        auto created = vault::VaultFile::create(path, password("pw"), sampleVault(), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        // Under umask 022 a plain mkpath gives 0755: other users could list the vault's folder.
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))) & 0777, mode_t(0700));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new/deeper"))) & 0777, mode_t(0700));
        QCOMPARE(modeOf(path) & 0777, mode_t(0600));
    }

    void symlinkedVault_data()
    {
        QTest::addColumn<bool>("relative");
        QTest::newRow("absolute link") << false;
        QTest::newRow("relative link") << true;
    }
    void symlinkedVault()
    {
        QFETCH(bool, relative);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString real = dir.filePath(QStringLiteral("real/v.tessera"));
        const QString link = dir.filePath(QStringLiteral("v.tessera"));
        {
            auto created =
                vault::VaultFile::create(real, password("pw"), sampleVault(), weakOptions());
            QVERIFY2(created.hasValue(), qPrintable(created.error()));
        }
        QVERIFY(QFile::link(relative ? QStringLiteral("real/v.tessera") : real, link));
        auto opened = vault::VaultFile::open(link, password("pw"));
        QVERIFY2(opened.hasValue(), qPrintable(opened.error()));
        vault::VaultFile file = std::move(opened).value();
        QCOMPARE(file.path(), QFileInfo(real).canonicalFilePath());
        QVERIFY(file.save().ok());
        QVERIFY(file.save().ok());
        QVERIFY2(QFileInfo(link).isSymLink(), "the link stays a link");
        QCOMPARE(QFileInfo(link).canonicalFilePath(), QFileInfo(real).canonicalFilePath());
        QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))),
                 "no backups beside the link");
        const QStringList backups = file.backups().backups();
        QCOMPARE(backups.size(), 2);
        for (const QString& backup : backups) {
            QVERIFY2(backup.startsWith(QFileInfo(real).canonicalPath()), qPrintable(backup));
            QVERIFY2(!QFileInfo(backup).isSymLink() && S_ISREG(modeOf(backup)),
                     qPrintable(backup + QStringLiteral(" is a real file, not a link")));
            auto reopened = vault::VaultFile::open(backup, password("pw"));
            QVERIFY2(reopened.hasValue(), qPrintable(reopened.error()));
            QCOMPARE(reopened->vault().entries().size(), std::size_t(1));
        }
    }

    void plantedLockLinkIsNotFollowed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto created = vault::VaultFile::create(path, password("pw"), sampleVault(), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        QFile::remove(path + QStringLiteral(".lock"));
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QFile::link(target, path + QStringLiteral(".lock")));
        const Status saved = created->save();
        QVERIFY2(!saved.ok(), "a save refuses a lock file that is a symbolic link");
        QVERIFY2(saved.error().contains(QLatin1String("symbolic link")), qPrintable(saved.error()));
        QVERIFY2(!QFileInfo::exists(target), "no file was created where the link points");
    }

    void unsafeBackupFolderIsRefused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("backups is a link") << "link"
                                           << "symbolic link";
        QTest::newRow("backups writable by all") << "0777"
                                                 << "can be written by other users";
        QTest::newRow("backups owned by another user") << "nobody"
                                                       << "belongs to another user";
    }
    void unsafeBackupFolderIsRefused()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        if (setup == QLatin1String("nobody") && ::geteuid() != 0) {
            QSKIP("needs root to give a folder to another user");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto created = vault::VaultFile::create(path, password("pw"), sampleVault(), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        if (setup == QLatin1String("link")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
            QVERIFY(QFile::link(elsewhere, backups));
        } else {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("backups")));
            if (setup == QLatin1String("0777")) {
                QVERIFY(::chmod(QFile::encodeName(backups).constData(), 0777) == 0);
            } else {
                QVERIFY(::chown(QFile::encodeName(backups).constData(), kNobody, kNobody) == 0);
            }
        }
        const QByteArray before = vault::test::readAll(path);
        const Status saved = created->save();
        QVERIFY2(!saved.ok(), "the save refuses to keep backups in that folder");
        QVERIFY2(saved.error().contains(expected), qPrintable(saved.error()));
        QCOMPARE(vault::test::readAll(path), before);
        QVERIFY2(QDir(setup == QLatin1String("link") ? elsewhere : backups)
                     .entryList(QDir::Files)
                     .isEmpty(),
                 "no backup was written there");
    }

    void sharedFolderIsWarnedAbout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto created = vault::VaultFile::create(path, password("pw"), sampleVault(), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        QVERIFY2(created->folderWarning().isEmpty(), qPrintable(created->folderWarning()));
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 01777) == 0);
        QVERIFY2(created->folderWarning().contains(QLatin1String("every user")),
                 qPrintable(created->folderWarning()));
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0770) == 0);
        QVERIFY2(created->folderWarning().contains(QLatin1String("group")),
                 qPrintable(created->folderWarning()));
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0);
    }

    void readOnlyFolderSaysSo()
    {
        if (::geteuid() != 0) {
            QSKIP("root writes in any folder; as a plain user the folder below is made read-only "
                  "the same way, but the save would then run as that user: run as root to test");
        }
        QTemporaryDir dir;
        // The folder and vault belong to `nobody`, who then cannot write in the folder.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ro")));
        const QString path = folder + QStringLiteral("/v.tessera");
        auto created = vault::VaultFile::create(path, password("pw"), sampleVault(), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        QFile::remove(path + QStringLiteral(".lock"));
        QVERIFY(::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0);
        QVERIFY(::chown(QFile::encodeName(folder).constData(), kNobody, kNobody) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
        const QByteArray before = vault::test::readAll(path);
        Status saved;
        {
            ActAs nobody(kNobody);
            QVERIFY(nobody.ok());
            saved = created->save();
        }
        ::chmod(QFile::encodeName(folder).constData(), 0700);
        QVERIFY2(!saved.ok(), "nothing can be saved in a read-only folder");
        QVERIFY2(saved.error().contains(QLatin1String("read-only")) &&
                     !saved.error().contains(QLatin1String("another program")),
                 qPrintable(saved.error()));
        QCOMPARE(vault::test::readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
