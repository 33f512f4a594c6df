// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundWork.h"

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

} // namespace

QThreadPool* backgroundPool()
{
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool;
        created->setObjectName(QStringLiteral("tessera-background"));
        // Idle threads exit after a while; a new one is lowered again by its first task.
        created->setExpiryTimeout(30000);
        return created;
    }();
    return pool;
}

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
        // New threads inherit the nice value of the thread that made them (the UI thread), so
        // this is relative to it. Failure leaves the thread at its normal weight.
        const int current = ::getpriority(PRIO_PROCESS, tid);
        ::setpriority(PRIO_PROCESS, tid, std::min(current + kBackgroundNice, 19));
    }
#endif
}

} // namespace tessera::ui
