// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/QrDecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using tessera::scan::QrDecoder;

namespace {

QString corpusDir()
{
    return QStringLiteral(TESSERA_TESTDATA_DIR "/qr");
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The expected text of an image: NAME.txt beside NAME.png. Structured-append parts
// ("01-02.png") have only the merged text ("01.txt"); each part must be a piece of it.
struct Expectation
{
    QString text;
    bool isPart = false;
};

std::optional<Expectation> expectationFor(const QFileInfo& image)
{
    const QDir dir = image.dir();
    const QString whole = dir.filePath(image.completeBaseName() + QStringLiteral(".txt"));
    if (QFileInfo::exists(whole)) {
        return Expectation{readText(whole), false};
    }
    const QString prefix = image.completeBaseName().section(QLatin1Char('-'), 0, 0);
    const QString merged = dir.filePath(prefix + QStringLiteral(".txt"));
    if (QFileInfo::exists(merged)) {
        return Expectation{readText(merged), true};
    }
    return std::nullopt;
}

// Images known to hold a second, correct code besides the one their .txt names, with the start
// of that code's text. qrcode-2/16.png is a "double QR": a code printed inside another.
bool isKnownSecondCode(const QString& folder, const QString& file, const QString& text)
{
    return folder == QLatin1String("qrcode-2") && file == QLatin1String("16.png") &&
           text.startsWith(QStringLiteral("[外側QRコード]"));
}

} // namespace

// zxing-cpp's QR black-box images (../shared/testdata/qr/qrcode-1..7), each with its expected
// text: reports the decode rate per folder, fails on any wrong text, and holds us to zxing-cpp's
// own bar of 154 of the 170 images in qrcode-1 to qrcode-6.
class TestQrCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folder_data();
    void folder();
    void cleanupTestCase();

private:
    int m_decodedInBar = 0;
    int m_imagesInBar = 0;
};

void TestQrCorpus::initTestCase()
{
    if (!QFileInfo(corpusDir()).isDir()) {
        QSKIP(qPrintable(QStringLiteral("the QR corpus is absent: %1 (set TESSERA_TESTDATA_DIR)")
                             .arg(corpusDir())));
    }
}

void TestQrCorpus::folder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inBar");
    for (int i = 1; i <= 7; ++i) {
        const QString name = QStringLiteral("qrcode-%1").arg(i);
        QTest::newRow(qPrintable(name)) << name << (i <= 6);
    }
}

void TestQrCorpus::folder()
{
    QFETCH(QString, name);
    QFETCH(bool, inBar);
    const QDir dir(QDir(corpusDir()).filePath(name));
    QVERIFY2(dir.exists(), qPrintable(QStringLiteral("missing folder %1").arg(dir.path())));
    const QFileInfoList images = dir.entryInfoList(
        {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files,
        QDir::Name);
    QVERIFY2(!images.isEmpty(), "every corpus folder holds images");

    int decoded = 0;
    QStringList wrong;
    QStringList missed;
    QElapsedTimer timer;
    timer.start();
    for (const QFileInfo& image : images) {
        const auto expectation = expectationFor(image);
        QVERIFY2(expectation,
                 qPrintable(QStringLiteral("no expected text for %1").arg(image.fileName())));
        const auto texts = QrDecoder::decodeFile(image.filePath());
        QVERIFY2(texts, qPrintable(texts.error()));
        bool found = false;
        for (const QString& text : *texts) {
            const bool right =
                expectation->isPart ? expectation->text.contains(text) : text == expectation->text;
            if (right) {
                found = true;
            } else if (!isKnownSecondCode(name, image.fileName(), text)) {
                wrong << QStringLiteral("%1: got '%2'").arg(image.fileName(), text.left(80));
            }
        }
        if (found) {
            ++decoded;
        } else {
            missed << image.fileName();
        }
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %d of %lld decoded (%.1f%%) in %lld ms%s%s", qPrintable(name), decoded,
          qlonglong(images.size()), 100.0 * decoded / double(images.size()), elapsed,
          missed.isEmpty() ? "" : "; missed: ", qPrintable(missed.join(QStringLiteral(", "))));
    if (inBar) {
        m_decodedInBar += decoded;
        m_imagesInBar += int(images.size());
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(
                 QStringLiteral("wrong texts reported: %1").arg(wrong.join(QStringLiteral("; ")))));
}

void TestQrCorpus::cleanupTestCase()
{
    if (m_imagesInBar == 0) {
        return;
    }
    qInfo("qrcode-1..6: %d of %d decoded (zxing-cpp's bar: 154 of 170)", m_decodedInBar,
          m_imagesInBar);
    QCOMPARE(m_imagesInBar, 170);
    QVERIFY2(m_decodedInBar >= 154,
             qPrintable(QStringLiteral("at least 154 of the 170 images in qrcode-1..6 should "
                                       "decode, %1 did")
                            .arg(m_decodedInBar)));
}

QTEST_GUILESS_MAIN(TestQrCorpus)
#include "tst_qrcorpus.moc"
