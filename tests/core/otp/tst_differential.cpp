// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test: Tessera's HOTP/TOTP codes against two independent implementations, pyotp
// (through tests/tools/pyotp_codes.py) and oathtool, over randomly drawn parameter sets.
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpParameters.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace tessera;
using otp::HashAlgorithm;
using otp::OtpType;

namespace {

constexpr int kRandomCases = 1000;
// Steam cases are drawn in addition; they only reach a peer when pyotp has pyotp.contrib.Steam.
constexpr int kSteamCases = 100;
constexpr qint64 kMaxTime = qint64(1) << 34;
// Debian's python3-pyotp is installed for the system interpreter, not whatever is first on PATH.
const QString kPython = QStringLiteral("/usr/bin/python3");
// oathtool is started once per case; this many run at a time to use both cores.
constexpr int kOathtoolParallel = 4;
constexpr int kMaxListedFailures = 20;

// A missing peer skips, unless CI said the peers must be there (TESSERA_REQUIRE_PEERS=1).
#define SKIP_OR_FAIL_WITHOUT_PEER(why)                                                             \
    do {                                                                                           \
        if (qEnvironmentVariableIntValue("TESSERA_REQUIRE_PEERS") == 1) {                          \
            QFAIL(qPrintable(QStringLiteral("TESSERA_REQUIRE_PEERS=1 but ") + (why)));             \
        }                                                                                          \
        QSKIP(qPrintable(why));                                                                    \
    } while (false)

struct Case
{
    QString name; // how failure messages and the RFC rows refer to it
    OtpType type = OtpType::Totp;
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6;
    int period = 30;
    qint64 time = 0;
    quint64 counter = 0;
    QByteArray secret;
    QString secretBase32; // Tessera's encoding, which the peers decode themselves
    QString tessera;      // Tessera's code
    QString expected;     // the published answer, for the RFC vectors only
};

QString typeLabel(OtpType type)
{
    return otp::typeName(type).toUpper();
}

// Everything needed to recompute a case by hand.
QString describe(const Case& c)
{
    QString text = QStringLiteral("%1 [%2 %3 digits=%4")
                       .arg(c.name, typeLabel(c.type), otp::algorithmName(c.algorithm))
                       .arg(c.digits);
    if (c.type == OtpType::Hotp) {
        text += QStringLiteral(" counter=%1").arg(c.counter);
    } else {
        text += QStringLiteral(" period=%1 time=%2").arg(c.period).arg(c.time);
    }
    return text + QStringLiteral(" secret(hex)=%1 secret(base32)=%2]")
                      .arg(QString::fromLatin1(c.secret.toHex()), c.secretBase32);
}

bool oathtoolSupports(const Case& c)
{
    // oathtool 2.6 prints 6 to 8 digits; its HOTP mode is SHA1 only; it knows nothing of Steam.
    if (c.digits < 6 || c.digits > 8) {
        return false;
    }
    return c.type == OtpType::Totp ||
           (c.type == OtpType::Hotp && c.algorithm == HashAlgorithm::Sha1);
}

QStringList oathtoolArguments(const Case& c)
{
    QStringList arguments;
    if (c.type == OtpType::Hotp) {
        arguments << QStringLiteral("--hotp") << QStringLiteral("-c") << QString::number(c.counter);
    } else {
        arguments << QStringLiteral("--totp=%1").arg(otp::algorithmName(c.algorithm))
                  << QStringLiteral("-s") << QStringLiteral("%1s").arg(c.period)
                  << QStringLiteral("-N") << QStringLiteral("@%1").arg(c.time);
    }
    arguments << QStringLiteral("-d") << QString::number(c.digits) << QStringLiteral("-b")
              << c.secretBase32;
    return arguments;
}

// Fills in the Base32 form and Tessera's own code; false (with `why`) if Tessera refuses the case.
bool computeWithTessera(Case& c, QString& why)
{
    otp::OtpSpec spec;
    spec.type = c.type;
    spec.algorithm = c.algorithm;
    spec.digits = c.digits;
    spec.period = c.period;
    spec.counter = c.counter;
    spec.secret = crypto::SecureBytes::fromView(c.secret);
    c.secretBase32 = otp::base32::encode(spec.secret.span());
    auto parameters = otp::OtpParameters::create(std::move(spec));
    if (!parameters) {
        why = parameters.error();
        return false;
    }
    c.tessera = otp::code(parameters.value(), c.time);
    return !c.tessera.isEmpty();
}

HashAlgorithm randomAlgorithm(QRandomGenerator& random)
{
    static constexpr HashAlgorithm kAll[] = {HashAlgorithm::Sha1, HashAlgorithm::Sha256,
                                             HashAlgorithm::Sha512};
    return kAll[random.bounded(3)];
}

// Counters across the whole 64-bit range, with extra weight on the places a 32-bit or signed
// slip would show: small values, either side of 2^32, and either side of 2^63.
quint64 randomCounter(QRandomGenerator& random)
{
    switch (random.bounded(4)) {
    case 0:
        return random.bounded(1U << 16);
    case 1:
        return (quint64(1) << 32) - 512 + random.bounded(1024U);
    case 2:
        return (quint64(1) << 63) - 512 + random.bounded(1024U);
    default:
        return random.generate64();
    }
}

// Times anywhere in [0, 2^34], and a quarter of them on or next to a step boundary.
qint64 randomTime(QRandomGenerator& random, int period)
{
    const qint64 time = random.bounded(kMaxTime + 1);
    if (random.bounded(4) != 0) {
        return time;
    }
    const qint64 boundary = time - time % period;
    return qBound(qint64(0), boundary + qint64(random.bounded(3)) - 1, kMaxTime);
}

int randomPeriod(QRandomGenerator& random)
{
    // Mostly uniform over Tessera's whole range; some of the limits and the periods in real use.
    static constexpr int kNotable[] = {1, 15, 30, 60, otp::kMaxPeriod};
    if (random.bounded(5) == 0) {
        return kNotable[random.bounded(int(std::size(kNotable)))];
    }
    return random.bounded(otp::kMinPeriod, otp::kMaxPeriod + 1);
}

struct PyotpRun
{
    QString problem; // empty when it ran; otherwise why pyotp could not be asked
    bool peerMissing = false;
    QString version;
    bool hasSteam = false;
    QJsonArray results;
};

PyotpRun runPyotp(const std::vector<Case>& cases)
{
    PyotpRun run;
    const QString script =
        QDir::cleanPath(QStringLiteral(TESSERA_TEST_DATA "/../tools/pyotp_codes.py"));
    QJsonArray input;
    for (const Case& c : cases) {
        input.append(QJsonObject{
            {QStringLiteral("type"), otp::typeName(c.type)},
            {QStringLiteral("algorithm"), otp::algorithmName(c.algorithm)},
            {QStringLiteral("digits"), c.digits},
            {QStringLiteral("period"), c.period},
            {QStringLiteral("time"), QString::number(c.time)},
            {QStringLiteral("counter"), QString::number(c.counter)},
            {QStringLiteral("secret"), c.secretBase32},
            {QStringLiteral("secret_hex"), QString::fromLatin1(c.secret.toHex())},
        });
    }
    QProcess python;
    python.start(kPython, {script});
    if (!python.waitForStarted()) {
        run.peerMissing = true;
        run.problem = QStringLiteral("%1 cannot be started: %2").arg(kPython, python.errorString());
        return run;
    }
    python.write(QJsonDocument(QJsonObject{{QStringLiteral("cases"), input}})
                     .toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    if (!python.waitForFinished(60000)) {
        python.kill();
        python.waitForFinished();
        run.problem = QStringLiteral("%1 did not finish within 60 s").arg(script);
        return run;
    }
    const QByteArray errors = python.readAllStandardError();
    const QJsonObject output = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == 3) {
        run.peerMissing = true;
        run.problem = output.value(QStringLiteral("error")).toString();
        return run;
    }
    run.results = output.value(QStringLiteral("results")).toArray();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0 ||
        run.results.size() != qsizetype(cases.size())) {
        run.problem = QStringLiteral("%1 failed (exit code %2, %3 results for %4 cases): %5")
                          .arg(script)
                          .arg(python.exitCode())
                          .arg(run.results.size())
                          .arg(cases.size())
                          .arg(QString::fromUtf8(errors));
        return run;
    }
    run.version = output.value(QStringLiteral("pyotp")).toString();
    run.hasSteam = output.value(QStringLiteral("steam")).toBool();
    return run;
}

// Runs oathtool on every case it supports; returns the disagreements, counting comparisons.
QStringList compareWithOathtool(const QString& oathtool, const std::vector<Case>& cases,
                                const QString& context, int& compared)
{
    QStringList failures;
    std::vector<const Case*> pending;
    for (const Case& c : cases) {
        if (oathtoolSupports(c)) {
            pending.push_back(&c);
        }
    }
    for (std::size_t first = 0; first < pending.size(); first += kOathtoolParallel) {
        const std::size_t end = qMin(first + std::size_t(kOathtoolParallel), pending.size());
        std::vector<std::unique_ptr<QProcess>> batch;
        for (std::size_t i = first; i < end; ++i) {
            batch.push_back(std::make_unique<QProcess>());
            batch.back()->start(oathtool, oathtoolArguments(*pending[i]));
        }
        for (std::size_t i = first; i < end; ++i) {
            QProcess& process = *batch[i - first];
            const Case& c = *pending[i];
            process.waitForFinished(10000);
            const QString answer = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
            ++compared;
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                failures
                    << QStringLiteral("%1: oathtool %2 failed (exit code %3): %4%5")
                           .arg(describe(c), oathtoolArguments(c).join(QLatin1Char(' ')))
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed(),
                                context);
            } else if (answer != c.tessera) {
                failures << QStringLiteral("%1: Tessera says %2, oathtool says %3%4")
                                .arg(describe(c), c.tessera, answer, context);
            }
        }
    }
    return failures;
}

QString summarise(const QStringList& failures, int compared)
{
    for (const QString& failure : failures) {
        qWarning().noquote() << failure;
    }
    QStringList shown = failures.mid(0, kMaxListedFailures);
    if (failures.size() > kMaxListedFailures) {
        shown << QStringLiteral("... and %1 more (all are logged above)")
                     .arg(failures.size() - kMaxListedFailures);
    }
    return QStringLiteral(
               "Tessera should agree with the peer on every case; %1 of %2 disagree:\n%3")
        .arg(failures.size())
        .arg(compared)
        .arg(shown.join(QLatin1Char('\n')));
}

} // namespace

class tst_Differential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rfcVectors_data();
    void rfcVectors();
    void randomAgainstPyotp();
    void randomAgainstOathtool();
    void steamAgainstPyotp();
    void cleanupTestCase();

private:
    QString replayHint() const
    {
        return QStringLiteral("\n(replay with TESSERA_DIFF_SEED=%1)").arg(m_seed);
    }

    quint32 m_seed = 0;
    std::vector<Case> m_rfc;    // published vectors, proving the peers are driven correctly
    std::vector<Case> m_random; // TOTP and HOTP
    std::vector<Case> m_steam;
    PyotpRun m_pyotp;   // for m_rfc, then m_random, then m_steam, in that order
    QString m_oathtool; // empty if it is not installed
    int m_pyotpCompared = 0;
    int m_oathtoolCompared = 0;
    int m_steamCompared = 0;
};

void tst_Differential::initTestCase()
{
    // A fresh seed each run widens the search over time; printing it makes any failure replayable.
    if (qEnvironmentVariableIsSet("TESSERA_DIFF_SEED")) {
        bool ok = false;
        m_seed = qEnvironmentVariable("TESSERA_DIFF_SEED").toUInt(&ok);
        QVERIFY2(ok, "TESSERA_DIFF_SEED should be an unsigned 32-bit decimal number");
    } else {
        m_seed = quint32(QDateTime::currentMSecsSinceEpoch());
    }
    qInfo().noquote()
        << QStringLiteral("TESSERA_DIFF_SEED=%1 (set it to replay this run)").arg(m_seed);
    QRandomGenerator random(m_seed);
    const crypto::RandomSource seeded = [&random](std::span<std::uint8_t> out) {
        for (std::uint8_t& byte : out) {
            byte = std::uint8_t(random.bounded(256U));
        }
        return true;
    };

    // RFC 4226 appendix D (HOTP, SHA1, 6 digits) and RFC 6238 appendix B (TOTP, 8 digits, 30 s).
    const QByteArray rfcKey20 = QByteArrayLiteral("12345678901234567890");
    const QByteArray rfcKey32 = QByteArrayLiteral("12345678901234567890123456789012");
    const QByteArray rfcKey64 =
        QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
    const char* hotpCodes[] = {"755224", "287082", "359152", "969429", "338314",
                               "254676", "287922", "162583", "399871", "520489"};
    for (quint64 counter = 0; counter < std::size(hotpCodes); ++counter) {
        Case c;
        c.name = QStringLiteral("rfc4226-counter%1").arg(counter);
        c.type = OtpType::Hotp;
        c.counter = counter;
        c.secret = rfcKey20;
        c.expected = QString::fromLatin1(hotpCodes[counter]);
        m_rfc.push_back(c);
    }
    struct TotpVector
    {
        qint64 time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    const TotpVector totpVectors[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const TotpVector& vector : totpVectors) {
        const std::pair<HashAlgorithm, const char*> perAlgorithm[] = {
            {HashAlgorithm::Sha1, vector.sha1},
            {HashAlgorithm::Sha256, vector.sha256},
            {HashAlgorithm::Sha512, vector.sha512}};
        for (const auto& [algorithm, expected] : perAlgorithm) {
            Case c;
            c.name = QStringLiteral("rfc6238-%1-t%2")
                         .arg(otp::algorithmName(algorithm))
                         .arg(vector.time);
            c.algorithm = algorithm;
            c.digits = 8;
            c.time = vector.time;
            c.secret = algorithm == HashAlgorithm::Sha1     ? rfcKey20
                       : algorithm == HashAlgorithm::Sha256 ? rfcKey32
                                                            : rfcKey64;
            c.expected = QString::fromLatin1(expected);
            m_rfc.push_back(c);
        }
    }

    for (int i = 0; i < kRandomCases; ++i) {
        Case c;
        c.name = QStringLiteral("case %1").arg(i);
        c.type = random.bounded(2) == 0 ? OtpType::Totp : OtpType::Hotp;
        c.algorithm = randomAlgorithm(random);
        c.digits = random.bounded(otp::kMinDigits, otp::kMaxDigits + 1);
        if (c.type == OtpType::Totp) {
            c.period = randomPeriod(random);
            c.time = randomTime(random, c.period);
        } else {
            c.counter = randomCounter(random);
        }
        const crypto::SecureBytes secret =
            crypto::randomSecret(std::size_t(random.bounded(10, 65)), seeded);
        c.secret = secret.view().toByteArray();
        m_random.push_back(c);
    }
    for (int i = 0; i < kSteamCases; ++i) {
        Case c;
        c.name = QStringLiteral("steam %1").arg(i);
        c.type = OtpType::Steam;
        c.digits = otp::kSteamDigits;
        c.time = randomTime(random, c.period);
        c.secret = crypto::randomSecret(20, seeded).view().toByteArray();
        m_steam.push_back(c);
    }

    for (std::vector<Case>* cases : {&m_rfc, &m_random, &m_steam}) {
        for (Case& c : *cases) {
            QString why;
            QVERIFY2(computeWithTessera(c, why),
                     qPrintable(QStringLiteral("Tessera should accept and compute %1: %2%3")
                                    .arg(describe(c), why, replayHint())));
        }
    }

    std::vector<Case> all = m_rfc;
    all.insert(all.end(), m_random.begin(), m_random.end());
    all.insert(all.end(), m_steam.begin(), m_steam.end());
    m_pyotp = runPyotp(all);
    m_oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
}

void tst_Differential::rfcVectors_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < m_rfc.size(); ++i) {
        QTest::newRow(qPrintable(m_rfc[i].name)) << int(i);
    }
}

void tst_Differential::rfcVectors()
{
    QFETCH(int, index);
    const Case& c = m_rfc[std::size_t(index)];
    QVERIFY2(c.tessera == c.expected,
             qPrintable(QStringLiteral("Tessera should give the RFC's %1 for %2, not %3")
                            .arg(c.expected, describe(c), c.tessera)));

    // The peers must reproduce the RFC too; otherwise the random comparisons below prove nothing.
    if (m_pyotp.peerMissing) {
        SKIP_OR_FAIL_WITHOUT_PEER(m_pyotp.problem);
    }
    QVERIFY2(m_pyotp.problem.isEmpty(), qPrintable(m_pyotp.problem));
    const QJsonObject result = m_pyotp.results.at(index).toObject();
    const QString pyotpCode = result.value(QStringLiteral("code")).toString();
    QVERIFY2(pyotpCode == c.expected,
             qPrintable(QStringLiteral("pyotp should give the RFC's %1 for %2, not %3")
                            .arg(c.expected, describe(c), pyotpCode)));

    if (m_oathtool.isEmpty()) {
        SKIP_OR_FAIL_WITHOUT_PEER(
            QStringLiteral("oathtool is not installed (Debian package oathtool)"));
    }
    int compared = 0;
    const QStringList failures = compareWithOathtool(m_oathtool, {c}, QString(), compared);
    QVERIFY2(compared == 1, "oathtool should support every RFC vector");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void tst_Differential::randomAgainstPyotp()
{
    if (m_pyotp.peerMissing) {
        SKIP_OR_FAIL_WITHOUT_PEER(m_pyotp.problem);
    }
    QVERIFY2(m_pyotp.problem.isEmpty(), qPrintable(m_pyotp.problem));
    QStringList failures;
    const qsizetype offset = qsizetype(m_rfc.size());
    for (std::size_t i = 0; i < m_random.size(); ++i) {
        const Case& c = m_random[i];
        const QJsonObject result = m_pyotp.results.at(offset + qsizetype(i)).toObject();
        const QString answer = result.value(QStringLiteral("code")).toString();
        ++m_pyotpCompared;
        if (!result.value(QStringLiteral("secret_matches")).toBool()) {
            failures << QStringLiteral(
                            "%1: Python's Base32 decoder reads Tessera's encoding as other bytes%2")
                            .arg(describe(c), replayHint());
        } else if (answer != c.tessera) {
            failures << QStringLiteral("%1: Tessera says %2, pyotp %3 says %4%5")
                            .arg(describe(c), c.tessera, m_pyotp.version, answer, replayHint());
        }
    }
    QVERIFY2(m_pyotpCompared == kRandomCases,
             "every random case should have been compared with pyotp");
    QVERIFY2(failures.isEmpty(), qPrintable(summarise(failures, m_pyotpCompared)));
}

void tst_Differential::randomAgainstOathtool()
{
    if (m_oathtool.isEmpty()) {
        SKIP_OR_FAIL_WITHOUT_PEER(
            QStringLiteral("oathtool is not installed (Debian package oathtool)"));
    }
    const QStringList failures =
        compareWithOathtool(m_oathtool, m_random, replayHint(), m_oathtoolCompared);
    // About 40% of the draws fit oathtool (6-8 digits; SHA1 only for HOTP); none would mean the
    // filter is broken and the comparison vacuous.
    QVERIFY2(
        m_oathtoolCompared > kRandomCases / 5,
        qPrintable(
            QStringLiteral("a good share of the random cases should suit oathtool, but only %1 did")
                .arg(m_oathtoolCompared)));
    QVERIFY2(failures.isEmpty(), qPrintable(summarise(failures, m_oathtoolCompared)));
}

void tst_Differential::steamAgainstPyotp()
{
    if (m_pyotp.peerMissing) {
        SKIP_OR_FAIL_WITHOUT_PEER(m_pyotp.problem);
    }
    QVERIFY2(m_pyotp.problem.isEmpty(), qPrintable(m_pyotp.problem));
    // Not a required peer: pyotp.contrib.Steam arrived after pyotp 2.6, which Debian 12 ships.
    if (!m_pyotp.hasSteam) {
        QSKIP(qPrintable(
            QStringLiteral("pyotp %1 has no pyotp.contrib.Steam; Steam codes not compared")
                .arg(m_pyotp.version)));
    }
    QStringList failures;
    const qsizetype offset = qsizetype(m_rfc.size() + m_random.size());
    for (std::size_t i = 0; i < m_steam.size(); ++i) {
        const Case& c = m_steam[i];
        const QString answer = m_pyotp.results.at(offset + qsizetype(i))
                                   .toObject()
                                   .value(QStringLiteral("code"))
                                   .toString();
        ++m_steamCompared;
        if (answer != c.tessera) {
            failures << QStringLiteral("%1: Tessera says %2, pyotp.contrib.Steam says %3%4")
                            .arg(describe(c), c.tessera, answer, replayHint());
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(summarise(failures, m_steamCompared)));
}

void tst_Differential::cleanupTestCase()
{
    qInfo().noquote()
        << QStringLiteral(
               "compared %1 random cases with pyotp %2, %3 with oathtool, %4 Steam cases "
               "with pyotp.contrib.Steam (seed %5)")
               .arg(m_pyotpCompared)
               .arg(m_pyotp.version.isEmpty() ? QStringLiteral("(unavailable)") : m_pyotp.version)
               .arg(m_oathtoolCompared)
               .arg(m_steamCompared)
               .arg(m_seed);
}

QTEST_GUILESS_MAIN(tst_Differential)
#include "tst_differential.moc"
