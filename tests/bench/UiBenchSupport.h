// SPDX-License-Identifier: GPL-3.0-or-later
// What the window benchmarks share: a meter of the UI thread's longest stall, and ways to let the
// event loop run for a while or until something happened.
#pragma once

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <ctime>

#include <algorithm>

namespace tessera::bench {

// Measures how long the UI thread goes without running its event loop: a 1 ms timer notes the
// longest gap between its firings while armed.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_longestBusy = 0;
        m_clock.start();
        m_cpuAt = threadCpuMs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        tick();
        return m_longest;
    }
    // The most CPU time the UI thread itself spent in one gap between ticks: the work that held
    // it, without the time it waited for a CPU (on a loaded machine the wall-clock gap is mostly
    // that wait).
    double longestBusy() const { return m_longestBusy; }

private:
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }
    void tick()
    {
        const double cpu = threadCpuMs();
        m_longest = std::max(m_longest, double(m_clock.nsecsElapsed()) / 1e6);
        m_longestBusy = std::max(m_longestBusy, cpu - m_cpuAt);
        m_clock.restart();
        m_cpuAt = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
    double m_longestBusy = 0;
    double m_cpuAt = 0;
};

// Notes when a table's viewport is first painted with rows in it (after the paint, when the event
// loop runs again), on `clock`.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QAbstractItemView* view) : m_view(view) {}
    qint64 paintedAtNs = -1;
    QElapsedTimer* clock = nullptr;
    void reset() { paintedAtNs = -1; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && paintedAtNs < 0 && m_view->model()->rowCount() > 0) {
            QTimer::singleShot(0, this, [this] { paintedAtNs = clock->nsecsElapsed(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView* m_view;
};

inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Done> bool waitUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return done();
}

} // namespace tessera::bench
