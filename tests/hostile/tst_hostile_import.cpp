// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs to import: pipes and devices whose size QFile cannot tell.
#include "transfer/Importer.h"
#include "util/BoundedRead.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace tessera;

class tst_HostileImport : public QObject
{
    Q_OBJECT

private slots:
    void boundedReadCountsBytes_data();
    void boundedReadCountsBytes();
    void importRefusesDevZero();
    void importRefusesLargePipe();
};

void tst_HostileImport::boundedReadCountsBytes_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << qint64(0) << true;
    QTest::newRow("exactly the limit") << qint64(4096) << true;
    QTest::newRow("one byte over") << qint64(4097) << false;
    QTest::newRow("far over") << qint64(3 * 1024 * 1024) << false;
}

void tst_HostileImport::boundedReadCountsBytes()
{
    QFETCH(qint64, size);
    QFETCH(bool, accepted);
    QByteArray bytes(qsizetype(size), 'x');
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto read = readBounded(buffer, QStringLiteral("buffer"), 4096);
    QVERIFY2(read.ok() == accepted,
             qPrintable(QStringLiteral("a %1-byte input should be %2")
                            .arg(size)
                            .arg(accepted ? QLatin1String("read") : QLatin1String("refused"))));
    if (accepted) {
        QCOMPARE(read->size(), bytes.size());
    } else {
        QVERIFY2(read.error().contains(QLatin1String("larger than")),
                 qPrintable(QStringLiteral("the refusal should say the input is too large: ") +
                            read.error()));
    }
}

void tst_HostileImport::importRefusesDevZero()
{
    if (!QFile::exists(QStringLiteral("/dev/zero"))) {
        QSKIP("no /dev/zero on this system");
    }
    QElapsedTimer timer;
    timer.start();
    // Without the byte count, readAll() on /dev/zero grows until std::bad_alloc.
    const auto result = transfer::Importer::importFile(QStringLiteral("/dev/zero"));
    QVERIFY2(!result.ok(), "/dev/zero should be refused");
    QVERIFY2(result.error.contains(QLatin1String("larger than the 64 MiB")),
             qPrintable(QStringLiteral("the refusal should name the 64 MiB cap: ") + result.error));
    QVERIFY2(timer.elapsed() < 10000, "refusing /dev/zero should take under 10 s");
}

void tst_HostileImport::importRefusesLargePipe()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("export.fifo")));
    QVERIFY2(::mkfifo(fifo.constData(), 0600) == 0, "the test needs a FIFO");
    // The reader closes early; the writer should see EPIPE, not die of SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // A pipe reports size 0, so a size check passes it; 80 MiB are offered. The writer stops as
    // soon as the reader closes (EPIPE), so it never outlives the test.
    std::thread writer([fifo] {
        const int fd = ::open(fifo.constData(), O_WRONLY);
        if (fd < 0) {
            return;
        }
        const QByteArray chunk(1024 * 1024, 'A');
        for (int i = 0; i < 80; ++i) {
            if (::write(fd, chunk.constData(), size_t(chunk.size())) < 0) {
                break;
            }
        }
        ::close(fd);
    });
    const auto result = transfer::Importer::importFile(QFile::decodeName(fifo));
    writer.join();
    QVERIFY2(!result.ok(), "an 80 MiB pipe should be refused");
    QVERIFY2(result.error.contains(QLatin1String("larger than the 64 MiB")),
             qPrintable(QStringLiteral("the refusal should name the 64 MiB cap: ") + result.error));
}

QTEST_GUILESS_MAIN(tst_HostileImport)
#include "tst_hostile_import.moc"
