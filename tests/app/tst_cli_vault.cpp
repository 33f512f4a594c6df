// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoInit.h"
#include "vault/VaultFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

// RFC 4226's secret "12345678901234567890": counter 0 gives 755224, 1 gives 287082.
const QString kHotp = QStringLiteral(
    "otpauth://hotp/Bank:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bank&counter=0");
const QString kGithub =
    QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");
const QString kGitlab =
    QStringLiteral("otpauth://totp/GitLab:bob?secret=KRSXG5CTMVRXEZLU&issuer=GitLab");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// tessera-cli's vault commands, run as the real executable on vaults in a temporary folder.
class TestCliVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passwordFile;
    int m_counter = 0;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    Run cli(const QStringList& arguments, const QByteArray& input = {},
            const QString& passwordFile = {})
    {
        QProcess process;
        QStringList all = {QStringLiteral("--vault"), m_vault};
        if (!(passwordFile == QLatin1String("none"))) {
            all << QStringLiteral("--password-file")
                << (passwordFile.isEmpty() ? m_passwordFile : passwordFile);
        }
        process.start(QStringLiteral(TESSERA_CLI), all + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            qFatal("tessera-cli did not finish");
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise().ok());
        QVERIFY(m_dir.isValid());
        m_passwordFile =
            writeFile(QStringLiteral("password"), "correct horse\nsecond line ignored\n");
    }

    // Each test gets a fresh vault with a cheap KDF (made through the test-only option), so the
    // commands run fast; `create` itself is tested with the real calibration below.
    void init()
    {
        m_vault = m_dir.filePath(QStringLiteral("t%1/vault.tessera").arg(++m_counter));
        vault::VaultCreateOptions options;
        options.scrypt = crypto::ScryptParameters{16, 1, 1};
        options.allowWeakKdfForTests = true;
        const auto created = vault::VaultFile::create(
            m_vault, crypto::SecureBytes::fromView("correct horse"), {}, options);
        QVERIFY2(created.hasValue(), qPrintable(created.error()));
    }

    void addListShowRemove()
    {
        const Run added = cli({QStringLiteral("add"), kGithub, kGitlab});
        QCOMPARE(added.exitCode, 0);
        const QStringList ids = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), 2);

        const Run listed = cli({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
                 QStringLiteral(
                     "{\"uuid\": \"%1\", \"type\": \"totp\", \"issuer\": \"GitHub\", \"account\": "
                     "\"alice\", \"algorithm\": \"SHA1\", \"digits\": 6, \"period\": 30, "
                     "\"counter\": null}")
                     .arg(ids[0]));
        QVERIFY2(!listed.out.contains(QStringLiteral("JBSWY3DPEHPK3PXP")),
                 "list never prints a secret");

        const Run uri = cli({QStringLiteral("show-uri"), QStringLiteral("bob")});
        QCOMPARE(uri.exitCode, 0);
        QVERIFY(uri.out.startsWith(
            QStringLiteral("otpauth://totp/GitLab:bob?secret=KRSXG5CTMVRXEZLU")));

        QCOMPARE(cli({QStringLiteral("remove"), ids[1]}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("list")}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(),
            1);
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("bob")}).exitCode, 2);
    }

    void addFromStandardInputIsAllOrNothing()
    {
        const QByteArray bad =
            "# my accounts\n\n" + kGithub.toUtf8() + "\notpauth://totp/x?secret=1\n";
        const Run refused = cli({QStringLiteral("add"), QStringLiteral("-")}, bad);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("line 4")), qPrintable(refused.err));
        QCOMPARE(cli({QStringLiteral("list")}).out, QString());

        const QByteArray good =
            "# my accounts\n\n" + kGithub.toUtf8() + "\n  " + kGitlab.toUtf8() + "\n";
        const Run added = cli({QStringLiteral("add"), QStringLiteral("-")}, good);
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("list")}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(),
            2);
        QCOMPARE(vault::BackupStore(m_vault).backups().size(), 1); // one save for both
    }

    void badUriArgumentAddsNothing()
    {
        const Run refused =
            cli({QStringLiteral("add"), kGithub, QStringLiteral("https://example.com")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("URI 2")));
        QCOMPARE(cli({QStringLiteral("list")}).out, QString());
    }

    // Issue 19, item 8: an over-long label is refused with the limit, and neither it nor an
    // over-long NAME is echoed back whole.
    void overLongTextIsRefusedWithAShortMessage()
    {
        const QString longName(100 * 1024, QLatin1Char('n'));
        const Run refused = cli(
            {QStringLiteral("add"),
             QStringLiteral("otpauth://totp/Example:%1?secret=JBSWY3DPEHPK3PXP").arg(longName)});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("the account name is too long")) &&
                     refused.err.contains(QStringLiteral("at most")),
                 qPrintable(refused.err.left(300)));
        QVERIFY2(refused.err.size() < 400,
                 qPrintable(QStringLiteral("stderr holds %1 characters").arg(refused.err.size())));
        QCOMPARE(cli({QStringLiteral("list")}).out, QString());
        const Run missing = cli({QStringLiteral("show-uri"), longName});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("no entry is named")) &&
                     missing.err.size() < 400,
                 qPrintable(QStringLiteral("stderr holds %1 characters").arg(missing.err.size())));
    }

    void codeByNameMatchesTheUriForm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("issuer:account") << "GitHub:alice";
        QTest::newRow("account") << "alice";
    }
    void codeByNameMatchesTheUriForm()
    {
        QFETCH(QString, name);
        QCOMPARE(cli({QStringLiteral("add"), kGithub}).exitCode, 0);
        const Run fromUri = cli({QStringLiteral("code"), QStringLiteral("--uri"), kGithub,
                                 QStringLiteral("--at"), QStringLiteral("1111111109")});
        QCOMPARE(fromUri.exitCode, 0);
        const Run fromVault = cli(
            {QStringLiteral("code"), name, QStringLiteral("--at"), QStringLiteral("1111111109")});
        QCOMPARE(fromVault.exitCode, 0);
        QCOMPARE(fromVault.out, fromUri.out);
        QCOMPARE(fromVault.out.trimmed().size(), 6);
    }

    void hotpCounterIsSavedBeforeTheCodeIsShown()
    {
        QCOMPARE(cli({QStringLiteral("add"), kHotp}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("code"), QStringLiteral("Bank:alice")}).out,
                 QStringLiteral("755224\n"));
        QCOMPARE(cli({QStringLiteral("code"), QStringLiteral("Bank:alice")}).out,
                 QStringLiteral("287082\n"));
        QVERIFY(cli({QStringLiteral("list")}).out.contains(QStringLiteral("\"counter\": 2}")));
    }

    void ambiguousNameListsTheMatches()
    {
        const Run added = cli({QStringLiteral("add"), kGithub, kHotp});
        const QStringList ids = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const Run ambiguous = cli({QStringLiteral("code"), QStringLiteral("alice")});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains(ids[0]) && ambiguous.err.contains(ids[1]),
                 qPrintable(ambiguous.err));
        QVERIFY(ambiguous.err.contains(QStringLiteral("GitHub:alice")));
        QCOMPARE(cli({QStringLiteral("code"), ids[1]}).out, QStringLiteral("755224\n"));
    }

    void openErrorsExitWithTheirCode_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << "password" << 2 << "password is wrong";
        QTest::newRow("missing vault") << "missing" << 2 << "tessera-cli create";
        QTest::newRow("not a vault") << "text" << 2 << "not a Tessera vault";
        QTest::newRow("damaged") << "damaged" << 1 << "damaged";
        QTest::newRow("no password and no terminal")
            << "noPassword" << 2 << "no password: use --password-file or run in a terminal";
    }
    void openErrorsExitWithTheirCode()
    {
        QFETCH(QString, setup);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QString passwordFile;
        if (setup == QLatin1String("password")) {
            passwordFile = writeFile(QStringLiteral("wrong"), "correct horse \n");
        } else if (setup == QLatin1String("missing")) {
            QVERIFY(QFile::remove(m_vault));
        } else if (setup == QLatin1String("text")) {
            m_vault = writeFile(QStringLiteral("notes.txt"), "not a vault\n");
        } else if (setup == QLatin1String("damaged")) {
            QFile file(m_vault);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x10);
            file.seek(0);
            file.write(bytes);
        } else if (setup == QLatin1String("noPassword")) {
            passwordFile = QStringLiteral("none");
        }
        const Run run = cli({QStringLiteral("list")}, {}, passwordFile);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("horse")), "no password in messages");
    }

    void passwdChangesThePassword()
    {
        QCOMPARE(cli({QStringLiteral("add"), kGithub}).exitCode, 0);
        const QString newPassword = writeFile(QStringLiteral("new-password"), "battery staple\r\n");
        const Run changed =
            cli({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), newPassword});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QCOMPARE(cli({QStringLiteral("list")}).exitCode, 2);
        const Run listed = cli({QStringLiteral("list")}, {}, newPassword);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("GitHub")));
    }

    void createMakesAnEmptyVaultOnce()
    {
        m_vault = m_dir.filePath(QStringLiteral("created/new.tessera"));
        const Run created = cli({QStringLiteral("create")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const Run listed = cli({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, QString());
        QCOMPARE(cli({QStringLiteral("create")}).exitCode, 1);
        const auto opened =
            vault::VaultFile::open(m_vault, crypto::SecureBytes::fromView("correct horse"));
        QVERIFY(opened.hasValue());
        const auto kdf = const_cast<vault::OpenResult&>(opened).value().passwordKdf();
        QVERIFY2(kdf && vault::isAtLeastMinimum(*kdf), "create never goes below N=2^15, r=8, p=1");
    }

    void uriCommandsNeedNoVault()
    {
        QVERIFY(QFile::remove(m_vault));
        const Run code = cli({QStringLiteral("code"), QStringLiteral("--uri"), kHotp});
        QCOMPARE(code.exitCode, 0);
        QCOMPARE(code.out, QStringLiteral("755224\n"));
        const Run parsed = cli({QStringLiteral("parse"), kGithub});
        QCOMPARE(parsed.exitCode, 0);
        QVERIFY(parsed.out.contains(QStringLiteral("\"secret\": \"JBSWY3DPEHPK3PXP\"")));
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
