// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli as a person or a script uses it: exit statuses, stdout and stderr.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QByteArray& standardInput = {})
{
    QProcess process;
    process.start(QStringLiteral(TESSERA_CLI_PATH), arguments);
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kRfcSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("tessera-cli ")), qPrintable(run.out));
    }

    void help()
    {
        const Run run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("code --uri URI")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("parse URI")), qPrintable(run.out));
        // Where secrets are safe to give is said, safe forms first.
        QVERIFY2(run.out.contains(QLatin1String("/proc/PID/cmdline")), qPrintable(run.out));
        QVERIFY2(run.out.indexOf(QLatin1String("code --uri -")) <
                     run.out.indexOf(QLatin1String("code --uri URI")),
                 "the help should lead with the standard-input form of code --uri");
    }

    void codes_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("code");
        QTest::newRow("rfc6238-sha1-59") << "otpauth://totp/x?secret=" + kRfcSecret + "&digits=8"
                                         << "59"
                                         << "94287082";
        QTest::newRow("rfc6238-sha1-2000000000")
            << "otpauth://totp/x?secret=" + kRfcSecret + "&digits=8"
            << "2000000000"
            << "69279037";
        QTest::newRow("rfc6238-sha256-20000000000")
            << "otpauth://totp/"
               "x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&digits=8&algorithm="
               "SHA256"
            << "20000000000"
            << "77737706";
        QTest::newRow("rfc4226-hotp-counter-9")
            << "otpauth://hotp/x?secret=" + kRfcSecret + "&counter=9"
            << ""
            << "520489";
        QTest::newRow("hotp-ignores-at") << "otpauth://hotp/x?secret=" + kRfcSecret + "&counter=1"
                                         << "59"
                                         << "287082";
        QTest::newRow("steam")
            << "otpauth://totp/Steam:x?secret=FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW&encoder=steam"
            << "30"
            << "QJY8Y";
    }

    void codes()
    {
        QFETCH(QString, uri);
        QFETCH(QString, at);
        QFETCH(QString, code);
        QStringList arguments = {QStringLiteral("code"), QStringLiteral("--uri"), uri};
        if (!at.isEmpty()) {
            arguments << QStringLiteral("--at") << at;
        }
        const Run run = runCli(arguments);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, code + QLatin1Char('\n'));
    }

    // The same codes with the URI on standard input, where other users cannot read it.
    void codesFromStandardInput_data() { codes_data(); }

    void codesFromStandardInput()
    {
        QFETCH(QString, uri);
        QFETCH(QString, at);
        QFETCH(QString, code);
        QStringList arguments = {QStringLiteral("code"), QStringLiteral("--uri"),
                                 QStringLiteral("-")};
        if (!at.isEmpty()) {
            arguments << QStringLiteral("--at") << at;
        }
        const Run run = runCli(arguments, uri.toUtf8() + "\n");
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, code + QLatin1Char('\n'));
    }

    void codeFromStandardInputNeedsALine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("got none");
        QTest::newRow("blank-line") << QByteArray("  \n") << QStringLiteral("got none");
        QTest::newRow("endless-line")
            << QByteArray(200 * 1024, 'a') << QStringLiteral("longer than 65536 characters");
    }

    void codeFromStandardInputNeedsALine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Run run =
            runCli({QStringLiteral("code"), QStringLiteral("--uri"), QStringLiteral("-")}, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.size() < 200, "the message quotes none of the input");
    }

    void codeNowIsCurrent()
    {
        const Run run = runCli({QStringLiteral("code"),
                                QStringLiteral("--uri=otpauth://totp/x?secret=") + kRfcSecret});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6}\n$")).match(run.out).hasMatch(),
                 qPrintable(run.out));
    }

    void parsePrintsFields()
    {
        const Run run = runCli(
            {QStringLiteral("parse"),
             QStringLiteral("otpauth://hotp/ACME%20Co:john?secret=jbswy3dpehpk3pxp&issuer=ACME%20Co"
                            "&algorithm=sha256&digits=7&counter=42")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.keys(), (QStringList{"account", "algorithm", "counter", "digits", "issuer",
                                             "period", "secret", "type"}));
        QCOMPARE(object[QStringLiteral("type")].toString(), QStringLiteral("hotp"));
        QCOMPARE(object[QStringLiteral("issuer")].toString(), QStringLiteral("ACME Co"));
        QCOMPARE(object[QStringLiteral("account")].toString(), QStringLiteral("john"));
        QCOMPARE(object[QStringLiteral("secret")].toString(), QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(object[QStringLiteral("algorithm")].toString(), QStringLiteral("SHA256"));
        QCOMPARE(object[QStringLiteral("digits")].toInt(), 7);
        QVERIFY(object[QStringLiteral("period")].isNull());
        QCOMPARE(object[QStringLiteral("counter")].toInteger(), 42);
    }

    void parseTotpDefaults()
    {
        const Run run = runCli({QStringLiteral("parse"),
                                QStringLiteral("otpauth://totp/alice?secret=MZXW6YTBOI======")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object[QStringLiteral("type")].toString(), QStringLiteral("totp"));
        QCOMPARE(object[QStringLiteral("issuer")].toString(), QString());
        QCOMPARE(object[QStringLiteral("secret")].toString(), QStringLiteral("MZXW6YTBOI"));
        QCOMPARE(object[QStringLiteral("algorithm")].toString(), QStringLiteral("SHA1"));
        QCOMPARE(object[QStringLiteral("digits")].toInt(), 6);
        QCOMPARE(object[QStringLiteral("period")].toInt(), 30);
        QVERIFY(object[QStringLiteral("counter")].isNull());
    }

    // Bad input: exit status 2 and exactly one line on stderr that names the problem.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString code = QStringLiteral("code");
        const QString uri = QStringLiteral("--uri");
        QTest::newRow("unknown-scheme")
            << QStringList{code, uri, "http://x"} << "not an otpauth:// URI";
        QTest::newRow("unknown-type")
            << QStringList{code, uri, "otpauth://motp/x?secret=MZXW6YTBOI"} << "'motp'";
        QTest::newRow("missing-secret")
            << QStringList{code, uri, "otpauth://totp/x"} << "no secret";
        QTest::newRow("non-base32-secret")
            << QStringList{code, uri, "otpauth://totp/x?secret=AB1CDEFG"} << "'1' at position 3";
        QTest::newRow("digits-5") << QStringList{code, uri,
                                                 "otpauth://totp/x?secret=MZXW6YTBOI&digits=5"}
                                  << "digits";
        QTest::newRow("digits-11")
            << QStringList{code, uri, "otpauth://totp/x?secret=MZXW6YTBOI&digits=11"} << "digits";
        QTest::newRow("period-0") << QStringList{code, uri,
                                                 "otpauth://totp/x?secret=MZXW6YTBOI&period=0"}
                                  << "period";
        QTest::newRow("negative-counter")
            << QStringList{code, uri, "otpauth://hotp/x?secret=MZXW6YTBOI&counter=-3"} << "counter";
        QTest::newRow("unknown-algorithm")
            << QStringList{code, uri, "otpauth://totp/x?secret=MZXW6YTBOI&algorithm=MD5"}
            << "'MD5'";
        QTest::newRow("parse-bad")
            << QStringList{"parse", "otpauth://totp/x?secret=MZXW6YTBOI&period=-1"} << "period";
        QTest::newRow("bad-at") << QStringList{code, uri, "otpauth://totp/x?secret=MZXW6YTBOI",
                                               "--at", "soon"}
                                << "--at";
        QTest::newRow("negative-at")
            << QStringList{code, uri, "otpauth://totp/x?secret=MZXW6YTBOI", "--at", "-1"} << "--at";
        QTest::newRow("no-command") << QStringList{} << "no command";
        QTest::newRow("unknown-command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("code-without-uri") << QStringList{code} << "--uri";
        QTest::newRow("unknown-option") << QStringList{code, "--bogus"} << "bogus";
        QTest::newRow("parse-without-uri") << QStringList{"parse"} << "exactly one URI";
        QTest::newRow("parse-two-uris")
            << QStringList{"parse", "otpauth://totp/a?secret=MZXW6YTBOI",
                           "otpauth://totp/b?secret=MZXW6YTBOI"}
            << "exactly one URI";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 1,
                 qPrintable(QStringLiteral("expected one line on stderr, got: ") + run.err));
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
        QVERIFY2(!run.err.contains(QLatin1String("MZXW6YTBOI")),
                 "the secret must never be echoed in an error");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
