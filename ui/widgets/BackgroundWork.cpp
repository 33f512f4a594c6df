// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundWork.h"

#include <QCoreApplication>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tessera::ui {

namespace {

// Qt's QThread priorities map to nothing under Linux's default scheduler (SCHED_OTHER has a single
// static priority), and IdlePriority (SCHED_IDLE) would starve the KDF on a loaded machine. A
// per-thread nice value is the knob that works: Linux applies setpriority(PRIO_PROCESS, tid) to
// that one thread.
constexpr int kBackgroundNice = 5;

#ifdef Q_OS_LINUX
id_t currentThreadId()
{
    return static_cast<id_t>(::syscall(SYS_gettid));
}

// The nice value background threads get: five below the thread that first used the pool (the UI
// thread). Fixed once, because Qt's pool may also start threads from its own (already lowered)
// threads, which would otherwise inherit and lower again.
int backgroundNice()
{
    static const int target =
        std::min(::getpriority(PRIO_PROCESS, currentThreadId()) + kBackgroundNice, 19);
    return target;
}
#endif

} // namespace

QThreadPool* backgroundPool()
{
    static QThreadPool* const pool = [] {
#ifdef Q_OS_LINUX
        backgroundNice();
#endif
        auto* created = new QThreadPool;
        created->setObjectName(QStringLiteral("tessera-background"));
        // Idle threads exit after a while; a new one is lowered again by its first task.
        created->setExpiryTimeout(30000);
        return created;
    }();
    return pool;
}

void lowerCurrentThreadPriority(const QThread* requester)
{
#ifdef Q_OS_LINUX
    const QThread* const current = QThread::currentThread();
    if (current == requester || QCoreApplication::instance() == nullptr ||
        current == QCoreApplication::instance()->thread()) {
        return;
    }
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        const id_t tid = currentThreadId();
        // Failure leaves the thread at its normal weight, which is only slower to yield.
        if (::getpriority(PRIO_PROCESS, tid) < backgroundNice()) {
            ::setpriority(PRIO_PROCESS, tid, backgroundNice());
        }
    }
#endif
}

} // namespace tessera::ui
