// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultTestSupport.h"
#include "crypto/CryptoInit.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tessera;
using namespace tessera::vault;
using namespace tessera::vault::test;

// A process killed at any instant of a save leaves a vault that opens with the old or the new
// content: vault_save_loop saves in a loop and is SIGKILLed at random moments, 200 times.
class TestVaultCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialise().ok()); }

    void killedSaveLeavesOldOrNewContent()
    {
        constexpr int kKills = 200;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("vault.tessera"));
        Vault vault;
        Entry entry =
            entryFromUri(QStringLiteral("otpauth://totp/Crash:test?secret=JBSWY3DPEHPK3PXP"));
        entry.setNote(QStringLiteral("0"));
        vault.addEntry(std::move(entry));
        QVERIFY(
            VaultFile::create(path, password("pw"), std::move(vault), weakOptions(3)).hasValue());

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        qint64 lastSaved = 0;
        int killsMidLoop = 0;
        QElapsedTimer total;
        total.start();
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess helper;
            helper.start(QStringLiteral(TESSERA_VAULT_SAVE_LOOP), {path, QStringLiteral("pw")});
            QVERIFY2(helper.waitForStarted(5000), "the helper must start");
            // Half the kills land during start-up and the first save, half deep in the loop.
            if (kill % 2 == 1 && helper.waitForReadyRead(5000)) {
                ++killsMidLoop;
            }
            // The delay is the experiment: it picks the instant of the kill, not a wait for time.
            QThread::usleep(random.bounded(20000u));
            helper.kill();
            QVERIFY(helper.waitForFinished(5000));
            QVERIFY2(helper.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("the helper stopped by itself: %1")
                                    .arg(QString::fromLocal8Bit(helper.readAllStandardError()))));
            qint64 printed = lastSaved;
            for (const QByteArray& line : helper.readAllStandardOutput().split('\n')) {
                if (line.startsWith("saved ")) {
                    printed = line.mid(6).toLongLong();
                }
            }
            auto opened = VaultFile::open(path, password("pw"));
            QVERIFY2(opened.hasValue(),
                     qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(opened.error())));
            const qint64 onDisk = opened->vault().entries().front().note().toLongLong();
            // The save after the last one reported may have completed before the kill.
            QVERIFY2(onDisk == printed || onDisk == printed + 1,
                     qPrintable(
                         QStringLiteral("after kill %1 the vault holds save %2, expected %3 or %4")
                             .arg(kill)
                             .arg(onDisk)
                             .arg(printed)
                             .arg(printed + 1)));
            lastSaved = onDisk;
        }
        qInfo("%d kills (%d mid-loop), %lld saves, %lld ms", kKills, killsMidLoop, lastSaved,
              total.elapsed());
        QVERIFY2(lastSaved > kKills / 2, "most helpers must have got to save before being killed");
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
