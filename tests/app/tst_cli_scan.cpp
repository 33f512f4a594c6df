// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli scan IMAGE...: one JSON line per image, errors per image, exit status 2 at the end.
#include "scan/QrEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using tessera::scan::QrEncoder;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

Run scan(const QStringList& files)
{
    QProcess process;
    process.start(QStringLiteral(TESSERA_CLI), QStringList{QStringLiteral("scan")} + files);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty()) {
            run.lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return run;
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneLinePerImageInOrder()
    {
        const QString first = QStringLiteral("otpauth://totp/A:one?secret=JBSWY3DPEHPK3PXP");
        const QString second = QStringLiteral("otpauth://totp/B:two?secret=KRSXG5CTMVRXEZLU");
        const QString one = m_dir.filePath(QStringLiteral("one.png"));
        QVERIFY(QrEncoder::toImage(first)->save(one));

        QImage sheet(700, 360, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.drawImage(10, 10, *QrEncoder::toImage(first, 5));
        painter.drawImage(360, 10, *QrEncoder::toImage(second, 5));
        painter.end();
        const QString two = m_dir.filePath(QStringLiteral("two codes.png"));
        QVERIFY(sheet.save(two));

        QImage blank(100, 100, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString none = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(none));

        const Run run = scan({one, two, none});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 3);
        QCOMPARE(run.lines[0].value(QLatin1String("file")).toString(), one);
        QCOMPARE(run.lines[0].value(QLatin1String("codes")).toArray(), QJsonArray{first});
        QCOMPARE(run.lines[1].value(QLatin1String("codes")).toArray(), (QJsonArray{first, second}));
        QVERIFY2(run.lines[2].value(QLatin1String("codes")).toArray().isEmpty(),
                 "an image without codes gives an empty list, not an error");
        // Keys in the documented order: file first.
        QVERIFY(run.lines[0].keys().contains(QLatin1String("codes")));
    }

    void unreadableImageGivesErrorAndStatusTwo()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.png"));
        const QString text = QStringLiteral("otpauth://hotp/C:three?secret=MFRGGZDFMZTWQ2LK");
        QVERIFY(QrEncoder::toImage(text)->save(good));
        const QString missing = m_dir.filePath(QStringLiteral("missing.png"));

        const Run run = scan({missing, good});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.lines.size(), 2);
        QCOMPARE(run.lines[0].value(QLatin1String("file")).toString(), missing);
        QVERIFY2(!run.lines[0].value(QLatin1String("error")).toString().isEmpty(),
                 "an unreadable image names its error");
        QVERIFY2(!run.lines[0].contains(QLatin1String("codes")), "an error line has no codes");
        QCOMPARE(run.lines[1].value(QLatin1String("codes")).toArray(), QJsonArray{text});
    }

    void noImagesIsUsageError()
    {
        const Run run = scan({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("IMAGE")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
