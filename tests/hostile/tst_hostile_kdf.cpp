// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile key-derivation parameters: a file names its own KDF cost, so each test crafts one that
// asks for minutes to hours of work (or gigabytes) and checks that Tessera refuses it before any
// derivation runs, with a message that says why. Issue 19, items 3 and 4.
#include "crypto/KdfCost.h"
#include "crypto/Random.h"
#include "transfer/Importer.h"
#include "vault/KdfCalibration.h"
#include "vault/VaultFile.h"
#include "vault/VaultHeader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace tessera;

namespace {

// Refusal happens before any derivation, so it takes well under this even on a loaded machine;
// the parameters below would take from tens of seconds to hours.
constexpr qint64 kRefusalBudgetMs = 3000;

crypto::SecureBytes password(const char* text)
{
    return crypto::SecureBytes::fromView(QByteArrayView(text));
}

QByteArray randomBytes(qsizetype size)
{
    const crypto::SecureBytes bytes = crypto::randomSecret(std::size_t(size));
    return bytes.view().toByteArray();
}

QString interopFile(const QString& name)
{
    return QStringLiteral(TESSERA_TESTDATA_DIR) + QStringLiteral("/interop/aegis/importers/") +
           name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An encrypted Aegis export whose header holds `slotCount` password slots with these parameters.
// Nothing in it can be decrypted: it is refused before that, or the test fails on time.
QByteArray aegisExport(const crypto::ScryptParameters& parameters, int slotCount)
{
    QJsonArray slotArray;
    for (int i = 0; i < slotCount; ++i) {
        slotArray.append(QJsonObject{
            {QStringLiteral("type"), 1},
            {QStringLiteral("uuid"), QStringLiteral("01234567-89ab-cdef-0123-456789abcdef")},
            {QStringLiteral("key"), QString::fromLatin1(randomBytes(32).toHex())},
            {QStringLiteral("key_params"),
             QJsonObject{{QStringLiteral("nonce"), QString::fromLatin1(randomBytes(12).toHex())},
                         {QStringLiteral("tag"), QString::fromLatin1(randomBytes(16).toHex())}}},
            {QStringLiteral("n"), qint64(parameters.n)},
            {QStringLiteral("r"), qint64(parameters.r)},
            {QStringLiteral("p"), qint64(parameters.p)},
            {QStringLiteral("salt"), QString::fromLatin1(randomBytes(32).toHex())},
        });
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("header"),
         QJsonObject{
             {QStringLiteral("slots"), slotArray},
             {QStringLiteral("params"),
              QJsonObject{{QStringLiteral("nonce"), QString::fromLatin1(randomBytes(12).toHex())},
                          {QStringLiteral("tag"), QString::fromLatin1(randomBytes(16).toHex())}}}}},
        {QStringLiteral("db"), QString::fromLatin1(randomBytes(64).toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void verifyRefusal(const transfer::ImportResult& result, qint64 elapsedMs, const char* expected)
{
    QVERIFY2(result.failure == transfer::ImportFailure::TooCostly,
             qPrintable(QStringLiteral("the file should be refused as too costly, not: ") +
                        result.error));
    QVERIFY2(result.error.contains(QLatin1String(expected)),
             qPrintable(QStringLiteral("the message should say what the file asks for (%1): %2")
                            .arg(QLatin1String(expected), result.error)));
    QVERIFY2(result.error.contains(QLatin1String("Tessera refuses more than")) &&
                 result.error.contains(QLatin1String("hostile file")),
             qPrintable(QStringLiteral("the message should give the limit and the reason: ") +
                        result.error));
    QVERIFY2(
        elapsedMs < kRefusalBudgetMs,
        qPrintable(
            QStringLiteral("refusing should take no derivation, but took %1 ms").arg(elapsedMs)));
}

} // namespace

class tst_HostileKdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whatTesseraWritesIsAlwaysAllowed();
    void calibrationStaysInsideTheCap();
    void costAddsUpOverDerivations();
    void vaultWithCostlySlotsIsRefusedBeforeDeriving();
    void aegisWithCostlySlotsIsRefused_data();
    void aegisWithCostlySlotsIsRefused();
    void andOtpWithCostlyIterationsIsRefused();
    void freeOtpWithCostlyIterationsIsRefused();
    void authyWithTooManyTokensIsRefused();
};

void tst_HostileKdf::initTestCase()
{
    // The messages group digits as the locale does; the expectations are written in English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HostileKdf::whatTesseraWritesIsAlwaysAllowed()
{
    // Allowed without measuring this machine, so these never depend on its speed.
    QVERIFY2(crypto::KdfCost::scrypt(crypto::kStrongestScrypt).isAlwaysAllowed(),
             "Tessera's strongest scrypt must open on any machine");
    QVERIFY2(crypto::KdfCost::scrypt(vault::kMinimumScrypt).isAlwaysAllowed(),
             "Aegis's own N=2^15, r=8, p=1 (and Tessera's minimum) must be allowed");
    QVERIFY(crypto::KdfCost::pbkdf2(crypto::HashAlgorithm::Sha1, 160'000).isAlwaysAllowed());
    QVERIFY(crypto::KdfCost::pbkdf2(crypto::HashAlgorithm::Sha512, 100'000).isAlwaysAllowed());
    QVERIFY(crypto::checkKdfCost(crypto::KdfCost::scrypt(crypto::kStrongestScrypt)).ok());
    // Creating a vault never writes what opening it would refuse.
    QTemporaryDir dir;
    vault::VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{std::uint64_t(1) << 18, 8, 16};
    const auto refused = vault::VaultFile::create(dir.filePath(QStringLiteral("v.tessera")),
                                                  password("pw"), {}, options);
    QVERIFY2(!refused.hasValue(), "N=2^18, r=8, p=16 is beyond what Tessera writes");
    QVERIFY2(refused.error().contains(QLatin1String("N=2^18, r=8, p=4")),
             qPrintable(QStringLiteral("the refusal should name the strongest setting: ") +
                        refused.error()));
}

void tst_HostileKdf::calibrationStaysInsideTheCap()
{
    // Even a target far above the default ends at the ceiling, which every machine opens.
    const crypto::ScryptParameters strongest = vault::calibrateScrypt(std::chrono::seconds(600));
    QVERIFY2(crypto::KdfCost::scrypt(strongest).isAlwaysAllowed(),
             qPrintable(QStringLiteral("calibration gave N=%1 r=%2 p=%3, beyond the cap")
                            .arg(strongest.n)
                            .arg(strongest.r)
                            .arg(strongest.p)));
    const crypto::ScryptParameters usual = vault::calibrateScrypt(std::chrono::milliseconds(500));
    const double seconds = crypto::KdfCost::scrypt(usual).estimatedSeconds();
    qInfo("this machine: %.0f scrypt units/s; the default calibration N=%llu r=%u p=%u takes "
          "about %.2f s",
          crypto::measuredScryptSpeed(), static_cast<unsigned long long>(usual.n), usual.r, usual.p,
          seconds);
    QVERIFY2(seconds < crypto::kMaxKdfSeconds / 2.0,
             "the default calibration should stay well inside the time cap");
}

void tst_HostileKdf::costAddsUpOverDerivations()
{
    const crypto::ScryptParameters heavy{std::uint64_t(1) << 16, 64, 64};
    crypto::KdfCost cost;
    for (int i = 0; i < 32; ++i) {
        cost += crypto::KdfCost::scrypt(heavy);
    }
    QCOMPARE(cost.peakMemory(), heavy.memoryBytes());
    const Status checked = crypto::checkKdfCost(cost);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(
                 QLatin1String("scrypt N=2^16, r=64, p=64 in each of 32 key derivations")),
             qPrintable(checked.error()));
    // Parameters from a file must not wrap round to something cheap.
    const auto absurd = crypto::KdfCost::scrypt({std::uint64_t(1) << 62, 0xffffffffU, 0xffffffffU});
    QVERIFY(!absurd.isAlwaysAllowed());
    QVERIFY(!crypto::checkKdfCost(absurd).ok());
    QVERIFY(!crypto::checkKdfCost(crypto::KdfCost::pbkdf2(crypto::HashAlgorithm::Sha1,
                                                          std::uint64_t(1) << 40, 1ULL << 40))
                 .ok());
}

void tst_HostileKdf::vaultWithCostlySlotsIsRefusedBeforeDeriving()
{
    // A real vault (cheap KDF), whose header is then rewritten with 32 slots at N=2^16, r=64,
    // p=64: about 512 MiB and a minute and a half each, 50 minutes in all, before the fix.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.tessera"));
    vault::VaultCreateOptions options;
    options.scrypt = crypto::ScryptParameters{16, 1, 1};
    options.allowWeakKdfForTests = true;
    QVERIFY(vault::VaultFile::create(path, password("pw"), {}, options).hasValue());
    const QByteArray original = readFile(path);
    const auto parsed = vault::parseVaultFile(original);
    QVERIFY(parsed.hasValue());
    vault::VaultHeader header = parsed->header;
    vault::KeySlot slot = header.keySlots.first();
    slot.scrypt = {std::uint64_t(1) << 16, 64, 64};
    header.keySlots.clear();
    for (int i = 0; i < vault::kMaxSlots; ++i) {
        header.keySlots.append(slot);
    }
    const QByteArray hostile =
        vault::serializeAuthenticatedPart(header) + parsed->ciphertext.toByteArray();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(hostile), hostile.size());
    file.close();
    QVERIFY2(vault::parseVaultFile(hostile).hasValue(),
             "the crafted header is well formed: only its cost is hostile");

    QElapsedTimer timer;
    timer.start();
    const auto opened = vault::VaultFile::open(path, password("pw"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!opened.hasValue(), "a vault asking for 50 minutes of scrypt must not open");
    QVERIFY2(opened.failure().code == vault::OpenError::TooCostly, qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(
                 QLatin1String("scrypt N=2^16, r=64, p=64 in each of 32 key derivations")),
             qPrintable(QStringLiteral("the message should say what the file asks for: ") +
                        opened.error()));
    QVERIFY2(opened.error().contains(QLatin1String("hostile file")), qPrintable(opened.error()));
    qInfo("refused in %lld ms: %s", elapsed, qPrintable(opened.error()));
    QVERIFY2(elapsed < kRefusalBudgetMs,
             qPrintable(QStringLiteral("refusing took %1 ms: a derivation ran").arg(elapsed)));
    QCOMPARE(readFile(path), hostile); // nothing written
    QVERIFY2(!QDir(dir.filePath(QStringLiteral("backups"))).exists() ||
                 QDir(dir.filePath(QStringLiteral("backups")))
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .isEmpty(),
             "a refused vault leaves no backup behind");

    // The same through import of a Tessera backup.
    timer.restart();
    const crypto::SecureBytes pw = password("pw");
    const auto imported = transfer::Importer::importData(hostile, {QString(), &pw});
    verifyRefusal(imported, timer.elapsed(), "N=2^16, r=64, p=64");
}

void tst_HostileKdf::aegisWithCostlySlotsIsRefused_data()
{
    QTest::addColumn<int>("log2N");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<QString>("expected");
    // 4 GB of memory and about 15 s per slot before the fix.
    QTest::newRow("N=2^20 r=31: 4 GiB")
        << 20 << 31U << 1U << 1 << QStringLiteral("of memory for one derivation");
    // 512 MiB and about half a minute per slot here before the fix.
    QTest::newRow("N=2^17 r=32 p=16, 4 slots")
        << 17 << 32U << 16U << 4 << QStringLiteral("p=16 in each of 4 key derivations");
    // Aegis's own parameters, but as many slots as the file likes: a minute and a half here.
    QTest::newRow("1000 slots at Aegis's own cost")
        << 15 << 8U << 1U << 1000
        << QStringLiteral("scrypt N=2^15, r=8, p=1 in each of 1000 key derivations");
}

void tst_HostileKdf::aegisWithCostlySlotsIsRefused()
{
    QFETCH(int, log2N);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(int, slotCount);
    QFETCH(QString, expected);
    const QByteArray exportBytes = aegisExport({std::uint64_t(1) << log2N, r, p}, slotCount);
    const crypto::SecureBytes pw = password("test");
    QElapsedTimer timer;
    timer.start();
    const auto result = transfer::Importer::importData(exportBytes, {QString(), &pw});
    verifyRefusal(result, timer.elapsed(), qPrintable(expected));
}

void tst_HostileKdf::andOtpWithCostlyIterationsIsRefused()
{
    // [u32 BE iterations][salt 12][nonce 12][ciphertext][tag 16]; andOTP writes 140,000 to
    // 160,000 iterations. 10,000,000 took 5 to 10 s here before the fix, then "wrong password".
    QByteArray data(4, '\0');
    qToBigEndian(quint32(10'000'000), data.data());
    data += randomBytes(12 + 12 + 64 + 16);
    const crypto::SecureBytes pw = password("test");
    QElapsedTimer timer;
    timer.start();
    const auto result = transfer::Importer::importData(data, {QStringLiteral("andotp"), &pw});
    verifyRefusal(result, timer.elapsed(), "PBKDF2-SHA-1 with 10,000,000 iterations");
}

void tst_HostileKdf::freeOtpWithCostlyIterationsIsRefused()
{
    const QByteArray sample = readFile(interopFile(QStringLiteral("freeotp_v2_api27.xml")));
    if (sample.isEmpty()) {
        QSKIP("interop test data not found (set TESSERA_TESTDATA_DIR to ../shared/testdata)");
    }
    // The masterKey JSON is one Java serialized string: 't', a 16-bit length, the text. Rewrite
    // its iteration count (FreeOTP writes 100,000) and the length with it.
    const QByteArray from = "\"mIterations\":100000";
    const QByteArray to = "\"mIterations\":9000000";
    const qsizetype json = sample.indexOf("{\"mAlgorithm\"");
    QVERIFY(json > 3 && sample.at(json - 3) == 't' && sample.indexOf(from) > json);
    QByteArray hostile = sample;
    hostile.replace(from, to);
    const quint16 length = qFromBigEndian<quint16>(sample.constData() + json - 2);
    qToBigEndian(quint16(length + to.size() - from.size()), hostile.data() + json - 2);
    const crypto::SecureBytes pw = password("test");
    QElapsedTimer timer;
    timer.start();
    const auto result = transfer::Importer::importData(hostile, {QString(), &pw});
    verifyRefusal(result, timer.elapsed(), "PBKDF2-SHA-512 with 9,000,000 iterations");
    // The untouched sample still opens: the cap does not touch what FreeOTP writes.
    const auto honest = transfer::Importer::importData(sample, {QString(), &pw});
    QVERIFY2(honest.ok(), qPrintable(honest.error));
}

void tst_HostileKdf::authyWithTooManyTokensIsRefused()
{
    const QByteArray sample = readFile(interopFile(QStringLiteral("authy_encrypted.xml")));
    if (sample.isEmpty()) {
        QSKIP("interop test data not found (set TESSERA_TESTDATA_DIR to ../shared/testdata)");
    }
    // Authy derives a key per token (PBKDF2-SHA1, 1,000 iterations): 2,000 copies of one token
    // ask for 2,000,000 iterations, more than the 1,600,000 allowed.
    const qsizetype open = sample.indexOf("[{");
    const qsizetype close = sample.indexOf("}]", open);
    const qsizetype firstEnd = sample.indexOf("},{", open);
    QVERIFY(open > 0 && close > open);
    const QByteArray token = sample.mid(open + 1, (firstEnd > 0 ? firstEnd : close) - open);
    QByteArray tokens;
    for (int i = 0; i < 2000; ++i) {
        tokens += (i == 0 ? "" : ",") + token;
    }
    const QByteArray hostile = sample.left(open + 1) + tokens + sample.mid(close + 1);
    const crypto::SecureBytes pw = password("testtest");
    QElapsedTimer timer;
    timer.start();
    const auto result = transfer::Importer::importData(hostile, {QString(), &pw});
    verifyRefusal(result, timer.elapsed(),
                  "PBKDF2-SHA-1 with 1,000 iterations in each of 2000 key derivations");
    const auto honest = transfer::Importer::importData(sample, {QString(), &pw});
    QVERIFY2(honest.ok(), qPrintable(honest.error));
}

QTEST_GUILESS_MAIN(tst_HostileKdf)
#include "tst_hostile_kdf.moc"
