// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoInit.h"
#include "otp/OtpAuthUri.h"
#include "scan/QrEncoder.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kList = "# two accounts and a bad line\n"
                         "otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub\n"
                         "otpauth://hotp/Bank:bob?secret=KRSXG5CTMVRXEZLU&issuer=Bank&counter=3\n"
                         "otpauth://totp/Bad?secret=1\n";

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> lines;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    }
    return lines;
}

QStringList statuses(const QString& out)
{
    QStringList list;
    for (const QJsonObject& line : jsonLines(out)) {
        list.append(line.value(QLatin1String("status")).toString());
    }
    return list;
}

} // namespace

// tessera-cli import/export on vaults in a temporary folder (made with a cheap KDF in-process).
class TestCliTransfer : public QObject
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

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TESSERA_CLI),
                      QStringList{QStringLiteral("--vault"), m_vault,
                                  QStringLiteral("--password-file"), m_passwordFile} +
                          arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            qFatal("tessera-cli did not finish");
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::size_t vaultSize()
    {
        auto opened = vault::VaultFile::open(m_vault, crypto::SecureBytes("pw", 2));
        return opened ? opened->vault().size() : std::size_t(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise().ok());
        QVERIFY(m_dir.isValid());
        m_passwordFile = writeFile(QStringLiteral("password"), "pw\n");
    }

    // Each test starts from a new empty vault.
    void init()
    {
        m_vault = m_dir.filePath(QStringLiteral("vault%1.tessera").arg(++m_counter));
        vault::VaultCreateOptions options;
        options.scrypt = crypto::ScryptParameters{16, 1, 1};
        options.allowWeakKdfForTests = true;
        QVERIFY(vault::VaultFile::create(m_vault, crypto::SecureBytes("pw", 2), {}, options));
    }

    void dryRunChangesNothing()
    {
        const QString list = writeFile(QStringLiteral("list.txt"), kList);
        const Run run = cli({QStringLiteral("import"), list, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 2); // one line could not be read
        QCOMPARE(statuses(run.out), (QStringList{"new", "new", "error"}));
        const QJsonObject first = jsonLines(run.out).first();
        QCOMPARE(first.value(QLatin1String("issuer")).toString(), QStringLiteral("GitHub"));
        QVERIFY2(!first.contains(QLatin1String("secret")), "import output never shows secrets");
        QVERIFY(!run.out.contains(QLatin1String("JBSWY3DPEHPK3PXP")));
        QVERIFY(jsonLines(run.out)
                    .last()
                    .value(QLatin1String("error"))
                    .toString()
                    .contains(QLatin1String("Base32")));
        QCOMPARE(vaultSize(), std::size_t(0));
    }

    void importAddsNewOnesThenReportsDuplicates()
    {
        const QString list = writeFile(QStringLiteral("list.txt"), kList);
        QCOMPARE(cli({QStringLiteral("import"), list}).exitCode, 2);
        QCOMPARE(vaultSize(), std::size_t(2));
        const Run again = cli({QStringLiteral("import"), list});
        QCOMPARE(statuses(again.out), (QStringList{"duplicate", "duplicate", "error"}));
        QCOMPARE(vaultSize(), std::size_t(2));
    }

    void importFixtureWithSourcePassword()
    {
        const QString fixture = QStringLiteral(TESSERA_TESTDATA_DIR) +
                                QStringLiteral("/interop/aegis/importers/aegis_encrypted.json");
        if (!QFile::exists(fixture)) {
            QSKIP("interop test data not found (TESSERA_TESTDATA_DIR): Aegis fixture skipped");
        }
        const QString wrong = writeFile(QStringLiteral("wrong"), "nope\n");
        const Run bad = cli(
            {QStringLiteral("import"), fixture, QStringLiteral("--source-password-file"), wrong});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.out.contains(QLatin1String("wrong password for this Aegis export")),
                 qPrintable(bad.out));
        QCOMPARE(vaultSize(), std::size_t(0));
        const QString right = writeFile(QStringLiteral("right"), "test\n");
        const Run good = cli(
            {QStringLiteral("import"), fixture, QStringLiteral("--source-password-file"), right});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(statuses(good.out).count(QStringLiteral("new")), 7);
        QCOMPARE(vaultSize(), std::size_t(7));
    }

    // import reads QR codes in images through the same path as every other file.
    void importQrImage()
    {
        QImage page(420, 860, QImage::Format_RGB32);
        page.fill(Qt::white);
        const auto account = scan::QrEncoder::toImage(
            QStringLiteral("otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQ&issuer=GitHub"), 6);
        const auto link = scan::QrEncoder::toImage(QStringLiteral("https://example.com/S3CR3T"), 6);
        QVERIFY(account.hasValue() && link.hasValue());
        {
            QPainter painter(&page);
            painter.drawImage(20, 20, *account);
            painter.drawImage(20, 40 + account->height(), *link);
        }
        const QString image = m_dir.filePath(QStringLiteral("codes%1.png").arg(m_counter));
        QVERIFY(page.save(image, "PNG"));
        const Run dry = cli({QStringLiteral("import"), image, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 2); // the link is an error row
        QCOMPARE(statuses(dry.out), (QStringList{"new", "error"}));
        const QList<QJsonObject> rows = jsonLines(dry.out);
        QCOMPARE(rows[0].value(QLatin1String("issuer")).toString(), QStringLiteral("GitHub"));
        QCOMPARE(rows[0].value(QLatin1String("source")).toString(), QStringLiteral("QR code 1"));
        QVERIFY2(
            rows[1].value(QLatin1String("error")).toString().contains(QLatin1String("web address")),
            qPrintable(dry.out));
        QVERIFY2(!dry.out.contains(QLatin1String("S3CR3T")) &&
                     !dry.out.contains(QLatin1String("GEZDGNBVGY3TQOJQ")),
                 "neither a secret nor the link is printed");
        QCOMPARE(vaultSize(), std::size_t(0));
        QCOMPARE(cli({QStringLiteral("import"), image}).exitCode, 2);
        QCOMPARE(vaultSize(), std::size_t(1));

        const QString screenshot = QStringLiteral(TESSERA_TESTDATA_DIR) +
                                   QStringLiteral("/interop/google-migration/example_export.png");
        if (!QFile::exists(screenshot)) {
            QSKIP("interop test data not found (TESSERA_TESTDATA_DIR): screenshot skipped");
        }
        const Run migration = cli({QStringLiteral("import"), screenshot});
        QVERIFY2(migration.exitCode == 0, qPrintable(migration.out + migration.err));
        QCOMPARE(statuses(migration.out), (QStringList{"new", "new", "new"}));
        QCOMPARE(vaultSize(), std::size_t(4));
    }

    void imageWithoutCodeIsAnError()
    {
        QImage blank(300, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString image = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(image, "PNG"));
        const Run run = cli({QStringLiteral("import"), image});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(statuses(run.out), QStringList{"error"});
        QVERIFY2(run.out.contains(QLatin1String("no QR code was found")), qPrintable(run.out));
        QCOMPARE(vaultSize(), std::size_t(0));
    }

    void unencryptedExportNeedsPlain()
    {
        QCOMPARE(
            cli({QStringLiteral("import"), writeFile(QStringLiteral("l.txt"), kList)}).exitCode, 2);
        const QString output = m_dir.filePath(QStringLiteral("out%1.txt").arg(m_counter));
        const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("uri-list"), QStringLiteral("--output"), output});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--plain")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(output));
        const Run done =
            cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri-list"),
                 QStringLiteral("--output"), output, QStringLiteral("--plain")});
        QCOMPARE(done.exitCode, 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("otpauth://"), 2);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void encryptedExportsRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("aegis") << "aegis";
        QTest::newRow("tessera") << "tessera";
    }

    void encryptedExportsRoundTrip()
    {
        QFETCH(QString, format);
        QCOMPARE(
            cli({QStringLiteral("import"), writeFile(QStringLiteral("l.txt"), kList)}).exitCode, 2);
        const QString output = m_dir.filePath(QStringLiteral("export%1").arg(m_counter));
        const QString exportPassword = writeFile(QStringLiteral("exportpw"), "secret words\n");
        const Run done = cli({QStringLiteral("export"), QStringLiteral("--format"), format,
                              QStringLiteral("--output"), output,
                              QStringLiteral("--export-password-file"), exportPassword});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const Run back =
            cli({QStringLiteral("import"), output, QStringLiteral("--source-password-file"),
                 exportPassword, QStringLiteral("--dry-run")});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(statuses(back.out), (QStringList{"duplicate", "duplicate"}));
    }

    void tesseraExportNeedsPassword()
    {
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("tessera"), QStringLiteral("--output"),
                             m_dir.filePath(QStringLiteral("t")), QStringLiteral("--plain")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
