// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the command line find the same data folder whatever names they give Qt, and a
// file an earlier version kept elsewhere is still found there.
#include "util/DataFolder.h"
#include "vault/VaultLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestDataFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static void touch(const QString& path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
    }

    void windowAndCommandLineShareOneFolder()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
        const QString window = dataFolder();
        const QString windowVault = vault::defaultVaultPath();
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
        QCOMPARE(dataFolder(), window);
        QCOMPARE(vault::defaultVaultPath(), windowVault);
        QCOMPARE(window, m_home.filePath(QStringLiteral("Tessera/tessera")));
        // The caller's names are put back.
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("tessera-cli"));
        QCOMPARE(QCoreApplication::organizationName(), QString());
    }

    void earlierPlaceIsUsedUntilTheSharedOneHasTheFile()
    {
        const QList<LegacyLocation> legacy{{QString(), QStringLiteral("tessera")}};
        const QString shared = m_home.filePath(QStringLiteral("Tessera/tessera/vault.tessera"));
        const QString earlier = m_home.filePath(QStringLiteral("tessera/vault.tessera"));
        QCOMPARE(dataFile(QStringLiteral("vault.tessera"), legacy), shared);
        touch(earlier);
        QCOMPARE(dataFile(QStringLiteral("vault.tessera"), legacy), earlier);
        QCOMPARE(vault::defaultVaultPath(), earlier);
        touch(shared);
        QCOMPARE(dataFile(QStringLiteral("vault.tessera"), legacy), shared);
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
