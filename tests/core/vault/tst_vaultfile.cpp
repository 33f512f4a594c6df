// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultTestSupport.h"
#include "crypto/CryptoInit.h"
#include "otp/Base32.h"
#include "vault/InMemoryKeyring.h"
#include "vault/KdfCalibration.h"
#include "vault/PayloadCodec.h"
#include "vault/SaveLock.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::vault;
using namespace tessera::vault::test;

Q_DECLARE_METATYPE(tessera::vault::OpenError)

namespace {

const QString kGithub =
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");
const QString kBank =
    QStringLiteral("otpauth://hotp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&counter=41&digits=8"
                   "&algorithm=SHA256&issuer=Bank&image=https%3A%2F%2Fexample.com%2Fi.png");
const QString kSteam =
    QStringLiteral("otpauth://totp/Steam:carol?secret=KRSXG5CTMVRXEZLU&issuer=Steam&encoder=steam");

Vault sampleVault()
{
    Vault vault;
    Group work{QUuid::createUuid(), QStringLiteral("Work"), {}};
    Group home{QUuid::createUuid(), QStringLiteral("Zuhause ✓"), {}};
    vault.setGroups({work, home});
    Entry github = entryFromUri(kGithub);
    github.setGroups({work.id});
    github.setFavourite(true);
    github.setNote(QStringLiteral("recovery codes in the safe"));
    github.setIconReference(QStringLiteral("github"));
    github.setLastUsed(QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
    vault.addEntry(std::move(github));
    Entry bank = entryFromUri(kBank);
    bank.setGroups({home.id, work.id});
    vault.addEntry(std::move(bank));
    vault.addEntry(entryFromUri(kSteam));
    return vault;
}

void compareVaults(const Vault& actual, const Vault& expected)
{
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual.groups().size(), expected.groups().size());
    for (qsizetype i = 0; i < expected.groups().size(); ++i) {
        QCOMPARE(actual.groups()[i].id, expected.groups()[i].id);
        QCOMPARE(actual.groups()[i].name, expected.groups()[i].name);
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Entry& a = actual.entries()[i];
        const Entry& e = expected.entries()[i];
        QCOMPARE(a.id(), e.id());
        QCOMPARE(otp::otpauth::format(a.parameters()), otp::otpauth::format(e.parameters()));
        QVERIFY2(a.parameters().secret().equals(e.parameters().secret().span()),
                 "secrets must survive");
        QCOMPARE(a.groups(), e.groups());
        QCOMPARE(a.isFavourite(), e.isFavourite());
        QCOMPARE(a.note(), e.note());
        QCOMPARE(a.iconReference(), e.iconReference());
        QCOMPARE(a.created().toMSecsSinceEpoch(), e.created().toMSecsSinceEpoch());
        QCOMPARE(a.lastUsed().isValid(), e.lastUsed().isValid());
        if (e.lastUsed().isValid()) {
            QCOMPARE(a.lastUsed().toMSecsSinceEpoch(), e.lastUsed().toMSecsSinceEpoch());
        }
        QCOMPARE(a.unknownFields(), e.unknownFields());
    }
    QCOMPARE(actual.unknownFields(), expected.unknownFields());
}

} // namespace

class TestVaultFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("v%1/vault.tessera").arg(++m_counter));
    }

    VaultFile createSample(const QString& path, int keep = 10)
    {
        auto created =
            VaultFile::create(path, password("correct horse"), sampleVault(), weakOptions(keep));
        if (!created) {
            qFatal("cannot create a test vault: %s", qPrintable(created.error()));
        }
        return std::move(created).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(crypto::initialise().ok(), "the crypto self-test must pass");
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("entries");
        QTest::newRow("empty vault") << 0;
        QTest::newRow("one TOTP") << 1;
        QTest::newRow("TOTP, HOTP with extras, Steam, groups") << 3;
    }
    void roundTrip()
    {
        QFETCH(int, entries);
        Vault vault = sampleVault();
        while (int(vault.size()) > entries) {
            vault.removeEntry(vault.entries().back().id());
        }
        const Vault expected = vault.clone();
        const QString path = freshPath();
        auto created = VaultFile::create(path, password("pw"), std::move(vault), weakOptions());
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
        auto opened = VaultFile::open(path, password("pw"));
        QVERIFY2(opened.hasValue(), qPrintable(opened.error()));
        compareVaults(opened->vault(), expected);
        // And once more through a save of the opened file.
        QVERIFY(opened->save().ok());
        auto reopened = VaultFile::open(path, password("pw"));
        QVERIFY(reopened.hasValue());
        compareVaults(reopened->vault(), expected);
    }

    void unknownFieldsSurviveLoadAndSave()
    {
        auto encoded = payload::encode(sampleVault());
        QVERIFY(encoded.hasValue());
        QCborMap root = QCborValue::fromCbor(encoded->view().toByteArray()).toMap();
        root.insert(QStringLiteral("syncState"), QCborMap{{QStringLiteral("rev"), 7}});
        QCborArray entries = root.value(QStringLiteral("entries")).toArray();
        QCborMap first = entries.at(0).toMap();
        first.insert(QStringLiteral("passkeyHint"), QStringLiteral("yubikey 5"));
        entries[0] = first;
        root.insert(QStringLiteral("entries"), entries);
        QCborArray groups = root.value(QStringLiteral("groups")).toArray();
        QCborMap group = groups.at(0).toMap();
        group.insert(QStringLiteral("colour"), QStringLiteral("#336699"));
        groups[0] = group;
        root.insert(QStringLiteral("groups"), groups);

        auto decoded = payload::decode(root.toCborValue().toCbor());
        QVERIFY2(decoded.hasValue(), qPrintable(decoded.error()));
        const QString path = freshPath();
        QVERIFY(
            VaultFile::create(path, password("pw"), std::move(*decoded), weakOptions()).hasValue());
        auto opened = VaultFile::open(path, password("pw"));
        QVERIFY(opened.hasValue());
        const Vault& vault = opened->vault();
        QCOMPARE(vault.unknownFields()
                     .value(QStringLiteral("syncState"))
                     .toMap()
                     .value(QStringLiteral("rev"))
                     .toInteger(),
                 7);
        QCOMPARE(vault.entries()[0].unknownFields().value(QStringLiteral("passkeyHint")).toString(),
                 QStringLiteral("yubikey 5"));
        QCOMPARE(vault.groups()[0].unknownFields.value(QStringLiteral("colour")).toString(),
                 QStringLiteral("#336699"));
    }

    void damagedPayloadIsRefused_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        QTest::newRow("not a map") << QCborValue(42).toCbor();
        QTest::newRow("no entries list")
            << QCborMap{{QStringLiteral("groups"), QCborArray{}}}.toCborValue().toCbor();
        QTest::newRow("entry without secret")
            << QCborMap{{QStringLiteral("entries"),
                         QCborArray{QCborMap{{QStringLiteral("id"), QUuid::createUuid().toString()},
                                             {QStringLiteral("type"), QStringLiteral("totp")}}}}}
                   .toCborValue()
                   .toCbor();
        QTest::newRow("truncated")
            << payload::encode(sampleVault())->view().toByteArray().chopped(5);
    }
    void damagedPayloadIsRefused()
    {
        QFETCH(QByteArray, cbor);
        const auto decoded = payload::decode(cbor);
        QVERIFY2(!decoded.hasValue(), "a damaged payload must not decode");
        QVERIFY(decoded.error().contains(QStringLiteral("damaged")));
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<OpenError>("expected");
        QTest::newRow("missing file") << "delete" << OpenError::MissingFile;
        QTest::newRow("not a vault") << "text" << OpenError::NotAVault;
        QTest::newRow("empty file") << "empty" << OpenError::Damaged;
        QTest::newRow("newer version") << "version" << OpenError::NewerVersion;
        QTest::newRow("wrong password") << "password" << OpenError::WrongPassword;
        QTest::newRow("damaged ciphertext") << "ciphertext" << OpenError::Damaged;
        QTest::newRow("cut short") << "truncate" << OpenError::Damaged;
    }
    void openErrors()
    {
        QFETCH(QString, damage);
        QFETCH(OpenError, expected);
        const QString path = freshPath();
        createSample(path);
        QByteArray bytes = readAll(path);
        crypto::SecureBytes pw = password("correct horse");
        if (damage == QLatin1String("delete")) {
            QVERIFY(QFile::remove(path));
        } else if (damage == QLatin1String("text")) {
            QVERIFY(writeAll(path, "[secrets]\nthis is an ordinary text file\n"));
        } else if (damage == QLatin1String("empty")) {
            QVERIFY(writeAll(path, {}));
        } else if (damage == QLatin1String("version")) {
            bytes[9] = 2;
            QVERIFY(writeAll(path, bytes));
        } else if (damage == QLatin1String("password")) {
            pw = password("Correct horse");
        } else if (damage == QLatin1String("ciphertext")) {
            bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x40);
            QVERIFY(writeAll(path, bytes));
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(writeAll(path, bytes.first(bytes.size() / 2)));
        }
        const QByteArray before = readAll(path);
        const auto opened = VaultFile::open(path, pw);
        QVERIFY2(!opened.hasValue(), "a damaged or locked vault must not open");
        QCOMPARE(opened.failure().code, expected);
        QVERIFY2(!opened.error().isEmpty(), "each error says what is wrong");
        QVERIFY2(!opened.error().contains(QStringLiteral("horse")), "no password in messages");
        QCOMPARE(readAll(path), before); // a file that fails to open is never overwritten
    }

    void damagedVaultNamesNewestBackupThatOpens()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path);
        file.vault().addEntry(entryFromUri(kGithub));
        QVERIFY(file.save().ok());
        file.vault().addEntry(entryFromUri(kGithub));
        QVERIFY(file.save().ok());
        const QStringList backups = file.backups().backups();
        QCOMPARE(backups.size(), 2);
        QByteArray bytes = readAll(path);
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
        QVERIFY(writeAll(path, bytes));
        const auto opened = VaultFile::open(path, password("correct horse"));
        QCOMPARE(opened.failure().code, OpenError::Damaged);
        QCOMPARE(opened.failure().workingBackup, backups.first());
        QVERIFY2(opened.error().contains(backups.first()), qPrintable(opened.error()));
        auto restored = VaultFile::open(backups.first(), password("correct horse"));
        QVERIFY(restored.hasValue());
        QCOMPARE(restored->vault().size(), std::size_t(4));
    }

    void damagedVaultWithoutBackupsSaysSo()
    {
        const QString path = freshPath();
        createSample(path);
        QByteArray bytes = readAll(path);
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
        QVERIFY(writeAll(path, bytes));
        const auto opened = VaultFile::open(path, password("correct horse"));
        QCOMPARE(opened.failure().code, OpenError::Damaged);
        QVERIFY(opened.failure().workingBackup.isEmpty());
        QVERIFY(opened.error().contains(QStringLiteral("no backup")));
    }

    void everySingleByteChangeIsRefused()
    {
        const QString path = freshPath();
        Vault vault;
        vault.addEntry(entryFromUri(kGithub));
        QVERIFY(
            VaultFile::create(path, password("pw"), std::move(vault), weakOptions(0)).hasValue());
        const QByteArray original = readAll(path);
        QVERIFY(VaultFile::open(path, password("pw")).hasValue());
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (const char mask : {'\x01', '\x80', '\xff'}) {
                QByteArray changed = original;
                changed[i] = char(changed[i] ^ mask);
                QVERIFY(writeAll(path, changed));
                const auto opened = VaultFile::open(path, password("pw"));
                QVERIFY2(!opened.hasValue(),
                         qPrintable(QStringLiteral("byte %1 of %2 changed by %3 went unnoticed")
                                        .arg(i)
                                        .arg(original.size())
                                        .arg(int(quint8(mask)))));
            }
        }
    }

    void eachSaveUsesAFreshNonceAndNoKdf()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path);
        const VaultHeader before = file.header();
        QVERIFY(file.save().ok());
        const VaultHeader after = file.header();
        QVERIFY2(before.payloadNonce != after.payloadNonce,
                 "a nonce must never repeat under one key");
        // Saving reuses the wrapped master key: same salt, same wrapped bytes, so no scrypt ran.
        QCOMPARE(after.keySlots.size(), 1);
        QCOMPARE(after.keySlots[0].salt, before.keySlots[0].salt);
        QCOMPARE(after.keySlots[0].wrappedKey, before.keySlots[0].wrappedKey);
    }

    void weakKdfOnlyThroughTheTestOption()
    {
        VaultCreateOptions options;
        options.scrypt = crypto::ScryptParameters{1 << 14, 8, 1};
        const auto refused = VaultFile::create(freshPath(), password("pw"), {}, options);
        QVERIFY2(!refused.hasValue(), "N=2^14 is below the minimum");
        options.scrypt = kMinimumScrypt;
        QVERIFY(VaultFile::create(freshPath(), password("pw"), {}, options).hasValue());
    }

    void calibrationNeverGoesBelowTheMinimum()
    {
        const auto fast = calibrateScrypt(std::chrono::milliseconds(1));
        QVERIFY(isAtLeastMinimum(fast));
        const auto half = calibrateScrypt(std::chrono::milliseconds(500));
        QVERIFY(isAtLeastMinimum(half));
        QVERIFY(isWithinReadLimits(half));
        qInfo("calibrated for 0.5 s: N=2^%d r=%u p=%u", int(std::log2(double(half.n))), half.r,
              half.p);
    }

    void createRefusesAnExistingFile()
    {
        const QString path = freshPath();
        createSample(path);
        const QByteArray before = readAll(path);
        const auto again = VaultFile::create(path, password("other"), {}, weakOptions());
        QVERIFY(!again.hasValue());
        QCOMPARE(readAll(path), before);
    }

    void vaultIsPrivateToItsOwner()
    {
        const QString path = freshPath();
        createSample(path);
        const auto permissions = QFileInfo(path).permissions();
        QVERIFY2(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                 "only the owner may read");
    }

    void backupsKeepTheLastN()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path, 3);
        QVERIFY(file.backups().backups().isEmpty());
        QByteArray previous = readAll(path);
        for (int i = 0; i < 6; ++i) {
            file.vault().addEntry(entryFromUri(kSteam));
            QVERIFY(file.save().ok());
            QCOMPARE(readAll(file.backups().backups().first()), previous);
            previous = readAll(path);
        }
        QCOMPARE(file.backups().backups().size(), 3);
    }

    void saveRefusesAFileChangedByAnotherProgram()
    {
        const QString path = freshPath();
        createSample(path);
        auto first = VaultFile::open(path, password("correct horse"));
        auto second = VaultFile::open(path, password("correct horse"));
        QVERIFY(first.hasValue() && second.hasValue());
        first->vault().addEntry(entryFromUri(kGithub));
        QVERIFY(first->save().ok());
        const QByteArray afterFirst = readAll(path);
        second->vault().removeEntry(second->vault().entries()[0].id());
        const Status refused = second->save();
        QVERIFY2(!refused.ok(), "the second writer must not overwrite the first one's changes");
        QCOMPARE(readAll(path), afterFirst);
    }

    // While another process holds the save lock, save() waits, then gives up without writing.
    void saveWaitsForAnotherSaver()
    {
        const QString path = freshPath();
        createSample(path);
        auto opened = VaultFile::open(path, password("correct horse"));
        QVERIFY(opened.hasValue());
        const QByteArray before = readAll(path);
        {
            vault::SaveLock otherSaver(path);
            QVERIFY(otherSaver.lock(std::chrono::milliseconds(0)).ok());
            opened->setLockTimeout(std::chrono::milliseconds(200));
            opened->vault().addEntry(entryFromUri(kGithub));
            const Status refused = opened->save();
            QVERIFY2(!refused.ok(), "save must not write while another program holds the lock");
            QVERIFY2(refused.error().contains(QLatin1String("being saved by another program")),
                     qPrintable(refused.error()));
            QCOMPARE(readAll(path), before);
        }
        QVERIFY2(opened->save().ok(), "once the lock is free, save goes ahead");
    }

    void changePasswordRewrapsTheSameKey()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path);
        auto options = weakOptions();
        QVERIFY(file.changePassword(password("new secret"), options).ok());
        QCOMPARE(VaultFile::open(path, password("correct horse")).failure().code,
                 OpenError::WrongPassword);
        auto reopened = VaultFile::open(path, password("new secret"));
        QVERIFY(reopened.hasValue());
        compareVaults(reopened->vault(), file.vault());
    }

    void rotateMasterKeyReencrypts()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path);
        const QByteArray oldWrapped = file.header().keySlots[0].wrappedKey;
        QVERIFY2(!file.rotateMasterKey(password("wrong")).ok(), "rotation needs the password");
        QVERIFY(file.rotateMasterKey(password("correct horse")).ok());
        QVERIFY(file.header().keySlots[0].wrappedKey != oldWrapped);
        auto reopened = VaultFile::open(path, password("correct horse"));
        QVERIFY(reopened.hasValue());
        compareVaults(reopened->vault(), file.vault());
        // The old header's wrapped key no longer opens the new ciphertext.
        const QString previous = file.backups().backups().first();
        QVERIFY(VaultFile::open(previous, password("correct horse")).hasValue());
    }

    void keyringSlot()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path);
        InMemoryKeyring keyring;
        QCOMPARE(VaultFile::openWithKeyring(path, keyring).failure().code,
                 OpenError::KeyringFailed);
        QVERIFY(file.addKeyringSlot(keyring).ok());
        QVERIFY(file.hasKeyringSlot());
        QCOMPARE(keyring.size(), std::size_t(1));
        {
            auto opened = VaultFile::openWithKeyring(path, keyring);
            QVERIFY2(opened.hasValue(), qPrintable(opened.error()));
            compareVaults(opened->vault(), file.vault());
        }
        QVERIFY2(VaultFile::open(path, password("correct horse")).hasValue(),
                 "the password still opens it");

        keyring.setAvailable(false);
        const auto locked = VaultFile::openWithKeyring(path, keyring);
        QCOMPARE(locked.failure().code, OpenError::KeyringFailed);
        keyring.setAvailable(true);

        QVERIFY(file.rotateMasterKey(password("correct horse"), &keyring).ok());
        QVERIFY2(VaultFile::openWithKeyring(path, keyring).hasValue(),
                 "rotation re-wraps the keyring slot");

        QVERIFY(file.removeKeyringSlots(keyring).ok());
        QVERIFY(!file.hasKeyringSlot());
        QCOMPARE(keyring.size(), std::size_t(0));
        QCOMPARE(VaultFile::openWithKeyring(path, keyring).failure().code,
                 OpenError::KeyringFailed);
        QVERIFY(VaultFile::open(path, password("correct horse")).hasValue());
    }

    void keyringItemFromAnotherVaultDoesNotOpen()
    {
        const QString path = freshPath();
        VaultFile file = createSample(path);
        InMemoryKeyring keyring;
        QVERIFY(file.addKeyringSlot(keyring).ok());
        const QString key = file.header().keySlots.back().keyringKey;
        QVERIFY(keyring.writeSecret(key, crypto::randomSecret(32)).ok());
        QCOMPARE(VaultFile::openWithKeyring(path, keyring).failure().code,
                 OpenError::KeyringFailed);
    }

    void findByName()
    {
        Vault vault = sampleVault();
        vault.addEntry(entryFromUri(
            QStringLiteral("otpauth://totp/GitLab:alice@example.com?secret=JBSWY3DPEHPK3PXP")));
        const QUuid github = vault.entries()[0].id();
        QCOMPARE(vault.find(u"GitHub:alice@example.com"), QList<QUuid>{github});
        QCOMPARE(vault.find(github.toString()), QList<QUuid>{github});
        QCOMPARE(vault.find(github.toString(QUuid::WithoutBraces)), QList<QUuid>{github});
        QCOMPARE(vault.find(u"alice@example.com").size(), 2);
        QCOMPARE(vault.find(u"nobody").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVaultFile)
#include "tst_vaultfile.moc"
