// SPDX-License-Identifier: GPL-3.0-or-later
// The OS keyring slot against a real Secret Service: ctest starts a private D-Bus session with
// gnome-keyring (tests/tools/with_keyring.sh). Run by hand without one, the test skips.
#include "VaultTestSupport.h"
#include "vault/SystemKeyring.h"
#include "vault/VaultFile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tessera;

class TestSystemKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!vault::SystemKeyring::isCompiledIn()) {
            QSKIP("built without QtKeychain (qtkeychain-qt6-dev)");
        }
        // Probe: a keyring that cannot even be asked means no Secret Service is running here.
        vault::SystemKeyring keyring;
        const QString probe = QStringLiteral("tessera-test-probe-") +
                              QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Status written = keyring.writeSecret(probe, crypto::SecureBytes::fromView("probe"));
        if (!written.ok()) {
            if (qEnvironmentVariableIntValue("TESSERA_REQUIRE_KEYRING") == 1) {
                QFAIL(qPrintable(QStringLiteral("no usable Secret Service: ") + written.error()));
            }
            QSKIP(qPrintable(QStringLiteral("no usable Secret Service: ") + written.error()));
        }
        QVERIFY(keyring.removeSecret(probe).ok());
    }

    void roundTrip()
    {
        vault::SystemKeyring keyring;
        const QString key =
            QStringLiteral("tessera-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto secret =
            crypto::SecureBytes::fromView(QByteArray("\x00\x01\xfe\xff binary", 11));
        QVERIFY(keyring.writeSecret(key, secret).ok());
        const auto read = keyring.readSecret(key);
        QVERIFY2(read.hasValue(), qPrintable(read.error()));
        QCOMPARE(read->view(), secret.view());
        QVERIFY(keyring.removeSecret(key).ok());
        const auto gone = keyring.readSecret(key);
        QVERIFY(!gone.hasValue());
        QVERIFY2(gone.error().contains(QLatin1String("unlock with the password")),
                 qPrintable(gone.error()));
        QVERIFY2(keyring.removeSecret(key).ok(), "removing an absent item is not an error");
    }

    // The whole slot: add it, open the vault without the password, remove it again.
    void vaultUnlocksThroughKeyring()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.tessera"));
        const auto password = crypto::SecureBytes::fromView("pw");
        auto created =
            vault::VaultFile::create(path, password, vault::Vault(), vault::test::weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        vault::SystemKeyring keyring;
        QVERIFY(created->addKeyringSlot(keyring).ok());
        QVERIFY(created->hasKeyringSlot());

        auto opened = vault::VaultFile::openWithKeyring(path, keyring);
        QVERIFY2(opened.hasValue(), qPrintable(opened.error()));

        QVERIFY(created->removeKeyringSlots(keyring).ok());
        auto refused = vault::VaultFile::openWithKeyring(path, keyring);
        QVERIFY(!refused.hasValue());
    }
};

QTEST_GUILESS_MAIN(TestSystemKeyring)
#include "tst_systemkeyring.moc"
