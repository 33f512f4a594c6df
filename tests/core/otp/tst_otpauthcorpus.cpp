// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of ../shared/testdata/otp/otpauth_cases.tsv (207 URIs from public test suites, each
// with its project's verdict) against Tessera's policy in docs/otpauth-policy.md. Where the policy
// differs from a project's verdict, the row is listed below with the policy section that decides
// it.
#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace tessera;

namespace {

const QString kCorpus = QStringLiteral(TESSERA_TESTDATA_DIR "/otp/otpauth_cases.tsv");

// A row whose verdict under our policy differs from the verdict its source project gave.
struct Deviation
{
    const char* verdict;       // "accept" or "reject"
    const char* policy;        // the section of docs/otpauth-policy.md
    const char* errorFragment; // for rejections: what our message must mention
};

// Keyed by line number in the TSV (line 1 is the header).
const QHash<int, Deviation>& deviations()
{
    static const QHash<int, Deviation> table = {
        {10, {"reject", "secret must be Base32", "not Base32: '_'"}},
        {11, {"reject", "secret must be Base32", "not Base32: '_'"}},
        {16, {"reject", "conflicting duplicate parameters", "given twice"}},
        {17, {"reject", "conflicting duplicate parameters", "given twice"}},
        {27, {"reject", "period limits", "period must be between 1 and 86400"}},
        {29, {"reject", "only otpauth:// URIs", "not an otpauth:// URI"}},
        {70, {"accept", "empty labels", nullptr}},
        {71, {"accept", "empty labels", nullptr}},
        {72, {"accept", "counter range", nullptr}},
        {89, {"reject", "secret must hold a byte", "too short"}},
        {90, {"reject", "secret must hold a byte", "too short"}},
        {91, {"reject", "secret must hold a byte", "too short"}},
        {92, {"reject", "secret must hold a byte", "too short"}},
        {93, {"reject", "secret must hold a byte", "too short"}},
        {94, {"reject", "secret must hold a byte", "too short"}},
        {95, {"reject", "secret must hold a byte", "too short"}},
        {96, {"reject", "secret must hold a byte", "too short"}},
        {97, {"reject", "secret must hold a byte", "too short"}},
        {98, {"reject", "secret must hold a byte", "too short"}},
        {99, {"reject", "secret must hold a byte", "too short"}},
        {100, {"reject", "secret must hold a byte", "too short"}},
        {101, {"reject", "secret must hold a byte", "too short"}},
        {102, {"reject", "secret must hold a byte", "too short"}},
        {103, {"reject", "secret must hold a byte", "too short"}},
        {104, {"reject", "secret must hold a byte", "too short"}},
        {105, {"reject", "secret must hold a byte", "too short"}},
        {106, {"reject", "secret must hold a byte", "too short"}},
        {107, {"reject", "secret must hold a byte", "too short"}},
        {191, {"reject", "algorithms", "unsupported algorithm 'SHA224'"}},
        {192, {"reject", "algorithms", "unsupported algorithm 'SHA224'"}},
        {195, {"reject", "algorithms", "unsupported algorithm 'SHA384'"}},
        {196, {"reject", "algorithms", "unsupported algorithm 'SHA384'"}},
        {199, {"reject", "algorithms", "unsupported algorithm 'SHA3-224'"}},
        {200, {"reject", "algorithms", "unsupported algorithm 'SHA3-224'"}},
        {201, {"reject", "algorithms", "unsupported algorithm 'SHA3-256'"}},
        {202, {"reject", "algorithms", "unsupported algorithm 'SHA3-256'"}},
        {203, {"reject", "algorithms", "unsupported algorithm 'SHA3-384'"}},
        {204, {"reject", "algorithms", "unsupported algorithm 'SHA3-384'"}},
        {205, {"reject", "algorithms", "unsupported algorithm 'SHA3-512'"}},
        {206, {"reject", "algorithms", "unsupported algorithm 'SHA3-512'"}},
        {207, {"reject", "algorithms", "unsupported algorithm 'SHA3-512'"}},
        {208, {"reject", "algorithms", "unsupported algorithm 'SHA3-512'"}},
    };
    return table;
}

// Accepted rows where a field the project expected differs by policy: line -> (field, ours).
const QHash<int, QHash<QString, QString>>& fieldDeviations()
{
    // Line 23: pyotp keeps an encoded %3A inside the account; the Key URI format (and we) read it
    // as the issuer separator. Lines 47 and 58: Google Authenticator keeps the whole label as the
    // name and leaves the issuer empty; the Key URI format (and we) take the label prefix as the
    // issuer when there is no issuer parameter. Both under "label splitting".
    static const QHash<int, QHash<QString, QString>> table = {
        {23,
         {{QStringLiteral("name"), QStringLiteral("b")},
          {QStringLiteral("issuer"), QStringLiteral("a")}}},
        {47, {{QStringLiteral("issuer"), QStringLiteral("SomePrefix")}}},
        {58, {{QStringLiteral("issuer"), QStringLiteral("Some Prefix")}}},
    };
    return table;
}

QString normalisedSecret(QString text)
{
    text = text.section(QLatin1Char(' '), 0, 0).toUpper();
    text.remove(QLatin1Char('='));
    return text;
}

QString codeAtCounter(const otp::OtpParameters& parameters, quint64 counter)
{
    auto copy = parameters.clone();
    copy.setCounter(counter);
    return otp::code(copy, 0);
}

QString extraValue(const otp::OtpParameters& parameters, const QString& key)
{
    for (const auto& [name, value] : parameters.extraParameters()) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QStringLiteral("<absent>");
}

// Checks one expected field; returns an empty string when it holds, otherwise what differs.
QString checkField(const otp::OtpParameters& p, const QString& key, const QString& expected)
{
    auto differs = [&](const QString& ours) {
        return ours == expected
                   ? QString()
                   : QStringLiteral("%1: expected '%2', ours '%3'").arg(key, expected, ours);
    };
    static const QRegularExpression atPattern(QStringLiteral("^at\\((\\d+)\\)$"));
    static const QRegularExpression codeAtPattern(QStringLiteral("^code@(\\d+)$"));
    static const QRegularExpression counterPattern(QStringLiteral("^code\\(counter=([0-9e]+)\\)$"));
    static const QRegularExpression unixMsPattern(QStringLiteral("^code\\(unix_ms=(\\d+)\\)$"));

    if (key == QLatin1String("type")) {
        const QString want = expected.section(QLatin1Char('('), 0, 0).toLower();
        return typeName(p.type()) == want ? QString() : differs(otp::typeName(p.type()));
    }
    if (key == QLatin1String("class")) {
        return differs(p.type() == otp::OtpType::Steam ? QStringLiteral("pyotp.contrib.Steam")
                                                       : QStringLiteral("TOTP"));
    }
    if (key == QLatin1String("class!")) {
        return p.type() == otp::OtpType::Steam ? QStringLiteral("class: expected not Steam")
                                               : QString();
    }
    if (key == QLatin1String("encoder")) {
        return differs(p.type() == otp::OtpType::Steam ? QStringLiteral("steam") : QString());
    }
    if (key == QLatin1String("issuer")) {
        const bool none = expected == QLatin1String("None") ||
                          expected == QLatin1String("(none)") || expected.isEmpty();
        return none ? (p.issuer().isEmpty() ? QString() : differs(p.issuer()))
                    : differs(p.issuer());
    }
    if (key == QLatin1String("account") || key == QLatin1String("name") ||
        key == QLatin1String("label")) {
        return differs(p.account());
    }
    if (key == QLatin1String("stored_name")) {
        // Google Authenticator stores the whole label as the name; we split it (see policy).
        const QString account = expected.contains(QLatin1Char(':'))
                                    ? expected.section(QLatin1Char(':'), 1).trimmed()
                                    : expected.trimmed();
        return p.account() == account ? QString() : differs(p.account());
    }
    if (key == QLatin1String("secret") || key == QLatin1String("key")) {
        const QString want = normalisedSecret(expected);
        const QString ours = otp::base32::encode(p.secret().span());
        return ours == want ? QString() : QStringLiteral("%1: differs").arg(key);
    }
    if (key == QLatin1String("secret_hex")) {
        return p.secret().view().toByteArray().toHex() == expected.toLatin1()
                   ? QString()
                   : QStringLiteral("secret_hex: differs");
    }
    if (key == QLatin1String("algorithm")) {
        return otp::algorithmName(p.algorithm()).compare(expected, Qt::CaseInsensitive) == 0
                   ? QString()
                   : differs(otp::algorithmName(p.algorithm()));
    }
    if (key == QLatin1String("digits")) {
        return differs(QString::number(p.digits()));
    }
    if (key == QLatin1String("period") || key == QLatin1String("step")) {
        return differs(QString::number(p.period()));
    }
    if (key == QLatin1String("counter") || key == QLatin1String("initial_counter")) {
        // A counter on a TOTP URI is not interpreted but kept for the round trip.
        return differs(p.type() == otp::OtpType::Hotp ? QString::number(p.counter())
                                                      : extraValue(p, QStringLiteral("counter")));
    }
    if (key == QLatin1String("image")) {
        return differs(extraValue(p, key));
    }
    if (const auto m = atPattern.match(key); m.hasMatch()) {
        // pyotp's at(n): the code at time n (TOTP) or at the initial counter + n (HOTP).
        const quint64 n = m.captured(1).toULongLong();
        return differs(p.type() == otp::OtpType::Hotp ? codeAtCounter(p, p.counter() + n)
                                                      : otp::code(p, qint64(n)));
    }
    if (const auto m = codeAtPattern.match(key); m.hasMatch()) {
        return differs(otp::code(p, m.captured(1).toLongLong()));
    }
    if (const auto m = counterPattern.match(key); m.hasMatch()) {
        const quint64 counter =
            m.captured(1) == QLatin1String("1e10") ? 10000000000ULL : m.captured(1).toULongLong();
        return differs(codeAtCounter(p, counter));
    }
    if (const auto m = unixMsPattern.match(key); m.hasMatch()) {
        return differs(otp::code(p, m.captured(1).toLongLong() / 1000));
    }
    // Fields that describe another project's object model rather than the account.
    static const QStringList informational = {QStringLiteral("custom"),
                                              QStringLiteral("reserialized")};
    if (informational.contains(key)) {
        return {};
    }
    return QStringLiteral("unrecognised expected field '%1': teach this test what it means")
        .arg(key);
}

} // namespace

class TestOtpAuthCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("fields");
        QFile file(kCorpus);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return;
        }
        int line = 0;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).chopped(1);
            ++line;
            if (line == 1 || text.isEmpty()) {
                continue;
            }
            const QStringList columns = text.split(QLatin1Char('\t'));
            QString uri = columns.value(0);
            // The corpus writes a real trailing LF as the two characters backslash-n.
            uri.replace(QLatin1String("\\n"), QLatin1String("\n"));
            QTest::newRow(qPrintable(QStringLiteral("line %1").arg(line)))
                << line << uri << columns.value(1) << columns.value(2);
        }
    }

    void corpus()
    {
        QFETCH(int, line);
        QFETCH(QString, uri);
        QFETCH(QString, outcome);
        QFETCH(QString, fields);
        if (!QFile::exists(kCorpus)) {
            QSKIP("../shared/testdata/otp/otpauth_cases.tsv is absent (set TESSERA_TESTDATA_DIR)");
        }
        const auto deviation = deviations().constFind(line);
        const bool deviates = deviation != deviations().constEnd();
        const bool accept = deviates ? qstrcmp(deviation->verdict, "accept") == 0
                                     : outcome.startsWith(QLatin1String("accept"));
        const auto parsed = otp::otpauth::parse(uri);
        if (!accept) {
            QVERIFY2(!parsed.hasValue(), "our policy rejects this URI, but it parsed");
            QVERIFY2(!parsed.error().isEmpty(), "a rejection must say why");
            if (deviates && deviation->errorFragment != nullptr) {
                QVERIFY2(
                    parsed.error().contains(QLatin1String(deviation->errorFragment)),
                    qPrintable(QStringLiteral("message '%1' should mention '%2' (policy: %3)")
                                   .arg(parsed.error(), QLatin1String(deviation->errorFragment),
                                        QLatin1String(deviation->policy))));
            }
            return;
        }
        QVERIFY2(parsed.hasValue(),
                 qPrintable(QStringLiteral("our policy accepts this URI, but: ") + parsed.error()));
        const auto overrides = fieldDeviations().value(line);
        for (const QString& pair : fields.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            // The key may itself hold '=' inside parentheses, as in "code(counter=1e10)=147664".
            const qsizetype close = pair.indexOf(QLatin1Char(')'));
            const qsizetype equals = pair.startsWith(QLatin1String("code(")) && close > 0
                                         ? pair.indexOf(QLatin1Char('='), close)
                                         : pair.indexOf(QLatin1Char('='));
            if (equals < 0 || pair.startsWith(QLatin1Char('('))) {
                continue; // prose such as "(parse succeeds)"
            }
            const QString key = pair.left(equals).trimmed();
            const QString value = overrides.value(key, pair.mid(equals + 1));
            if (value.startsWith(QLatin1Char('<'))) {
                continue; // a description, not a value
            }
            const QString problem = checkField(*parsed, key, value);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Whatever we accept must survive our own format and parse unchanged.
        const auto again = otp::otpauth::parse(otp::otpauth::format(*parsed));
        QVERIFY2(again.hasValue(), qPrintable(again.error()));
        QCOMPARE(otp::otpauth::format(*again), otp::otpauth::format(*parsed));
    }
};

QTEST_GUILESS_MAIN(TestOtpAuthCorpus)
#include "tst_otpauthcorpus.moc"
