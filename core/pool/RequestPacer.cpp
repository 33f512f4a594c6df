// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPacer.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace tessera::pool {

namespace {

constexpr qint64 kWindowMs = 1000;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

RequestPacer::RequestPacer(Settings settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(steadyMs),
      m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_settings.requestsPerSecond = std::max(1, m_settings.requestsPerSecond);
    m_settings.maxInFlight = std::max(1, m_settings.maxInFlight);
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestPacer::dispatch);
}

RequestPacer::~RequestPacer()
{
    cancelAll();
}

void RequestPacer::setRequestsPerSecond(int requestsPerSecond)
{
    m_settings.requestsPerSecond = std::max(1, requestsPerSecond);
    dispatch();
}

PoolError RequestPacer::canceledError()
{
    return {QString::fromLatin1(errors::kRequestCanceled),
            QStringLiteral("The request was cancelled before it finished.")};
}

RequestPacer::Ticket RequestPacer::enqueue(std::shared_ptr<Job> job)
{
    job->ticket = m_nextTicket++;
    const Ticket ticket = job->ticket;
    if (job->urgency == Urgency::OnScreen) {
        // After the on-screen work already waiting, before any background work.
        const auto background =
            std::find_if(m_queue.begin(), m_queue.end(),
                         [](const auto& queued) { return queued->urgency == Urgency::Background; });
        m_queue.insert(background, std::move(job));
    } else {
        m_queue.push_back(std::move(job));
    }
    // Not started from here: the caller gets its future before any answer can arrive.
    QMetaObject::invokeMethod(this, &RequestPacer::dispatch, Qt::QueuedConnection);
    return ticket;
}

void RequestPacer::dispatch()
{
    // A ready future answers inside start(); its dispatch() is folded into this one.
    if (m_dispatching) {
        m_dispatchAgain = true;
        return;
    }
    m_dispatching = true;
    do {
        m_dispatchAgain = false;
        dispatchOnce();
    } while (m_dispatchAgain);
    m_dispatching = false;
}

void RequestPacer::dispatchOnce()
{
    const qint64 now = m_clock();
    while (!m_recentStarts.empty() && m_recentStarts.front() <= now - kWindowMs) {
        m_recentStarts.pop_front();
    }
    while (now >= m_holdUntil && m_inFlight < m_settings.maxInFlight &&
           int(m_recentStarts.size()) < m_settings.requestsPerSecond) {
        const auto due = std::find_if(m_queue.begin(), m_queue.end(),
                                      [now](const auto& job) { return job->notBefore <= now; });
        if (due == m_queue.end()) {
            break;
        }
        std::shared_ptr<Job> job = *due;
        m_queue.erase(due);
        start(job, now);
    }
    if (m_queue.empty()) {
        m_timer.stop();
        if (m_inFlight == 0) {
            emit idle();
        }
        return;
    }
    // When the next start may happen: after the hold, once the window has room, once a retry is
    // due. A full set of requests in flight waits for an answer instead.
    if (m_inFlight >= m_settings.maxInFlight) {
        m_timer.stop();
        return;
    }
    qint64 next = std::max(m_holdUntil, now);
    if (int(m_recentStarts.size()) >= m_settings.requestsPerSecond) {
        next = std::max(next, m_recentStarts.front() + kWindowMs);
    }
    const auto earliest =
        std::min_element(m_queue.begin(), m_queue.end(),
                         [](const auto& a, const auto& b) { return a->notBefore < b->notBefore; });
    next = std::max(next, (*earliest)->notBefore);
    m_timer.start(int(std::clamp<qint64>(next - now, 1, 60 * kWindowMs)));
}

void RequestPacer::start(const std::shared_ptr<Job>& job, qint64 now)
{
    ++job->attempts;
    ++m_started;
    ++m_inFlight;
    m_recentStarts.push_back(now);
    m_running.append(job);
    std::weak_ptr<Job> weak = job;
    job->abortAttempt = job->startAttempt([this, weak](Answer answer) {
        if (auto locked = weak.lock()) {
            answered(locked, answer);
        }
    });
}

void RequestPacer::answered(const std::shared_ptr<Job>& job, Answer answer)
{
    if (!m_running.removeOne(job)) {
        return;
    }
    --m_inFlight;
    job->abortAttempt = {};
    if (job->canceled) {
        dispatch();
        return;
    }
    if (answer == Answer::Throttled) {
        ++m_throttled;
        if (job->attempts < m_settings.maxAttempts) {
            const qint64 wait = retry::backoffMs(job->attempts, m_settings.baseBackoffMs,
                                                 m_settings.maxBackoffMs, m_jitter());
            const qint64 now = m_clock();
            job->notBefore = now + wait;
            m_holdUntil = std::max(m_holdUntil, job->notBefore);
            m_queue.push_front(job);
            dispatch();
            return;
        }
    }
    job->deliver();
    dispatch();
}

void RequestPacer::cancel(Ticket ticket)
{
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(),
                                     [ticket](const auto& job) { return job->ticket == ticket; });
    if (queued != m_queue.end()) {
        std::shared_ptr<Job> job = *queued;
        m_queue.erase(queued);
        job->deliverCanceled();
        return;
    }
    for (const auto& job : std::as_const(m_running)) {
        if (job->ticket == ticket && !job->canceled) {
            // The slot stays taken until the attempt answers: the request is on the wire.
            job->canceled = true;
            job->deliverCanceled();
            if (job->abortAttempt) {
                job->abortAttempt();
            }
            return;
        }
    }
}

void RequestPacer::cancelAll()
{
    std::deque<std::shared_ptr<Job>> queue;
    queue.swap(m_queue);
    for (const auto& job : queue) {
        job->deliverCanceled();
    }
    const auto running = m_running;
    for (const auto& job : running) {
        cancel(job->ticket);
    }
    m_timer.stop();
}

} // namespace tessera::pool
