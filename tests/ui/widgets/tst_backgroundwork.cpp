// SPDX-License-Identifier: GPL-3.0-or-later
// Background work runs off the UI thread, returns its result, and (on Linux) at a lower scheduling
// weight than the thread that started it, which keeps its own.
#include "widgets/BackgroundWork.h"

#include <QTest>
#include <QThread>

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace tessera::ui;

namespace {

int currentThreadNice()
{
#ifdef Q_OS_LINUX
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
#else
    return 0;
#endif
}

// Waits without result()/waitForFinished(), which may run a task that has not started yet on the
// waiting thread itself; this test wants to see the pool's threads.
template <typename T> T resultFromPool(const QFuture<T>& future)
{
    while (!future.isFinished()) {
        QThread::msleep(1);
    }
    return future.result();
}

} // namespace

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void runsOffTheCallingThreadAndReturnsItsResult()
    {
        QThread* const caller = QThread::currentThread();
        QFuture<QThread*> future = runInBackground([] { return QThread::currentThread(); });
        QThread* const worker = resultFromPool(future);
        QVERIFY(worker != nullptr);
        QVERIFY(worker != caller);
    }

    void workerRunsNicerThanTheCaller()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are only lowered on Linux");
#else
        const int before = currentThreadNice();
        QFuture<int> future = runInBackground([] { return currentThreadNice(); });
        const int workerNice = resultFromPool(future);
        QVERIFY2(workerNice > before,
                 qPrintable(
                     QStringLiteral("worker nice %1, caller nice %2").arg(workerNice).arg(before)));
        // The caller (the UI thread in the app) keeps its weight, also when it waits for a task
        // that has not started yet, which Qt may then run on the waiting thread itself.
        QCOMPARE(currentThreadNice(), before);
        backgroundPool()->setMaxThreadCount(1);
        QFuture<void> blocker = runInBackground([] { QThread::msleep(100); });
        QFuture<int> queued = runInBackground([] { return currentThreadNice(); });
        queued.waitForFinished();
        blocker.waitForFinished();
        backgroundPool()->setMaxThreadCount(QThread::idealThreadCount());
        QCOMPARE(currentThreadNice(), before);
        // Every thread of the pool ends at the same weight, also the ones Qt starts from a
        // pool thread (which inherit that thread's lowered value).
        // (A task that had not started when result() was called may run on this thread instead.)
        QList<QFuture<std::pair<QThread*, int>>> many;
        for (int i = 0; i < 8; ++i) {
            many.append(runInBackground([] {
                QThread::msleep(20);
                return std::make_pair(QThread::currentThread(), currentThreadNice());
            }));
        }
        int offThread = 0;
        for (auto& each : many) {
            const auto [thread, nice] = each.result();
            if (thread != QThread::currentThread()) {
                QCOMPARE(nice, workerNice);
                ++offThread;
            }
        }
        QVERIFY(offThread > 0);
        QCOMPARE(currentThreadNice(), before);
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
