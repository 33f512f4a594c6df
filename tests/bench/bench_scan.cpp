// SPDX-License-Identifier: GPL-3.0-or-later
// QR decoding over zxing-cpp's black-box corpus (../shared/testdata/qr): Tessera's QrDecoder
// (ZXing-cpp with its fallbacks) beside zbarimg (zbar-tools) on the same files in the same run.
// Prints a Markdown table for docs/benchmarks.md. A decode counts only when the text is right.
#include "scan/QrDecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>

using tessera::scan::QrDecoder;

namespace {

struct Tally
{
    int right = 0;
    int wrong = 0;
    qint64 ms = 0;
};

QString expectedText(const QFileInfo& image, bool& isPart)
{
    const QDir dir = image.dir();
    QString path = dir.filePath(image.completeBaseName() + QStringLiteral(".txt"));
    isPart = !QFileInfo::exists(path);
    if (isPart) {
        path = dir.filePath(image.completeBaseName().section(QLatin1Char('-'), 0, 0) +
                            QStringLiteral(".txt"));
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool matches(const QString& got, const QString& expected, bool isPart)
{
    return isPart ? expected.contains(got) : got == expected;
}

// XML parsers turn CR LF and lone CR into LF, so zbarimg's --xml texts are compared that way.
QString xmlLineEnds(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

// Tallies texts per image: right if one of them is the expected text, wrong if none is but
// something was reported.
void tally(Tally& t, const QStringList& texts, const QString& expected, bool isPart)
{
    bool right = false;
    for (const QString& text : texts) {
        right = right || matches(text, expected, isPart);
    }
    if (right) {
        ++t.right;
    } else if (!texts.isEmpty()) {
        ++t.wrong;
    }
}

// One zbarimg run over all files of a folder (one process start, like one QrDecoder loop).
QHash<QString, QStringList> runZbar(const QString& zbarimg, const QStringList& files, qint64& ms)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(zbarimg,
                  QStringList{QStringLiteral("--xml"), QStringLiteral("-q"),
                              QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable")} +
                      files);
    process.waitForFinished(300000);
    ms = timer.elapsed();
    QHash<QString, QStringList> found;
    QXmlStreamReader xml(process.readAllStandardOutput());
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.attributes().value(QLatin1String("href")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("data")) {
            found[source].append(xml.readElementText());
        }
    }
    return found;
}

QString rate(const Tally& t, qsizetype images)
{
    return QStringLiteral("%1 / %2 (%3%)")
        .arg(t.right)
        .arg(images)
        .arg(100.0 * t.right / double(images), 0, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QDir corpus(QStringLiteral(TESSERA_TESTDATA_DIR "/qr"));
    if (!corpus.exists()) {
        std::fprintf(stderr, "bench_scan: the QR corpus is absent: %s\n",
                     qPrintable(corpus.path()));
        return 1;
    }
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));

    out << "QR decoding over zxing-cpp's black-box corpus (" << TESSERA_BENCH_BUILD_TYPE
        << " build); a code counts only when its text is right.\n\n";
    out << "| Folder | Images | Tessera (ZXing-cpp 1.4) | ms | mismatched | zbarimg "
        << (zbarimg.isEmpty() ? QStringLiteral("(absent)") : QString()) << "| ms | mismatched |\n";
    out << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    Tally totalOurs;
    Tally totalZbar;
    qsizetype totalImages = 0;
    Tally barOurs;
    Tally barZbar;
    qsizetype barImages = 0;
    for (int i = 1; i <= 7; ++i) {
        const QString name = QStringLiteral("qrcode-%1").arg(i);
        const QFileInfoList images =
            QDir(corpus.filePath(name))
                .entryInfoList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files,
                               QDir::Name);
        QStringList files;
        for (const QFileInfo& image : images) {
            files << image.filePath();
        }
        Tally ours;
        QElapsedTimer timer;
        timer.start();
        QList<QStringList> ourTexts;
        for (const QString& file : files) {
            const auto texts = QrDecoder::decodeFile(file);
            ourTexts.append(texts ? *texts : QStringList());
        }
        ours.ms = timer.elapsed();
        Tally zbar;
        const QHash<QString, QStringList> zbarTexts =
            zbarimg.isEmpty() ? QHash<QString, QStringList>() : runZbar(zbarimg, files, zbar.ms);
        for (qsizetype k = 0; k < images.size(); ++k) {
            bool isPart = false;
            const QString expected = expectedText(images[k], isPart);
            tally(ours, ourTexts[k], expected, isPart);
            tally(zbar, zbarTexts.value(files[k]), xmlLineEnds(expected), isPart);
        }
        out << "| " << name << " | " << images.size() << " | " << rate(ours, images.size()) << " | "
            << ours.ms << " | " << ours.wrong << " | " << rate(zbar, images.size()) << " | "
            << zbar.ms << " | " << zbar.wrong << " |\n";
        for (auto [total, part] : {std::pair{&totalOurs, &ours}, std::pair{&totalZbar, &zbar}}) {
            total->right += part->right;
            total->wrong += part->wrong;
            total->ms += part->ms;
        }
        totalImages += images.size();
        if (i <= 6) {
            for (auto [total, part] : {std::pair{&barOurs, &ours}, std::pair{&barZbar, &zbar}}) {
                total->right += part->right;
                total->wrong += part->wrong;
                total->ms += part->ms;
            }
            barImages += images.size();
        }
    }
    out << "| **qrcode-1..6** | " << barImages << " | **" << rate(barOurs, barImages) << "** | "
        << barOurs.ms << " | " << barOurs.wrong << " | " << rate(barZbar, barImages) << " | "
        << barZbar.ms << " | " << barZbar.wrong << " |\n";
    out << "| all | " << totalImages << " | " << rate(totalOurs, totalImages) << " | "
        << totalOurs.ms << " | " << totalOurs.wrong << " | " << rate(totalZbar, totalImages)
        << " | " << totalZbar.ms << " | " << totalZbar.wrong << " |\n";
    out << "\n\"mismatched\" counts images where a reader reported text but not the expected "
           "one (qrcode-2/16.png holds a second, correct code, so it is not counted for "
           "Tessera); zbarimg's mismatches include its own guesses at the character set. "
           "zbarimg's time includes one process start per folder.\n";
    return 0;
}
