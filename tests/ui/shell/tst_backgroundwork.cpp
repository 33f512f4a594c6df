// SPDX-License-Identifier: GPL-3.0-or-later
// Background work runs off the UI thread, returns its result, and (on Linux) at a lower scheduling
// weight than the thread that started it, which keeps its own.
#include "shell/BackgroundWork.h"

#include <QTest>
#include <QThread>

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

} // namespace

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void runsOffTheCallingThreadAndReturnsItsResult()
    {
        QThread* const caller = QThread::currentThread();
        QFuture<QThread*> future = runInBackground([] { return QThread::currentThread(); });
        QThread* const worker = future.result();
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
        const int workerNice = future.result();
        QVERIFY2(workerNice > before,
                 qPrintable(
                     QStringLiteral("worker nice %1, caller nice %2").arg(workerNice).arg(before)));
        // The caller (the UI thread in the app) keeps its weight.
        QCOMPARE(currentThreadNice(), before);
        // A second task on the same pool is lowered too, and not further.
        QCOMPARE(runInBackground([] { return currentThreadNice(); }).result(), workerNice);
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
