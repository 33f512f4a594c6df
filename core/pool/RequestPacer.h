// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"
#include "RetryMode.h"
#include "util/WhenFinished.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace tessera::pool {

// How a RequestPacer paces (outside the class so it can be a default argument).
struct RequestPacerSettings
{
    int requestsPerSecond = 5;
    int maxInFlight = 5;
    int maxAttempts = 3;
    int baseBackoffMs = 1000;
    int maxBackoffMs = 20000;
};

// Paces requests to a backend so a console never floods it: at most `requestsPerSecond` start
// in any one-second window and at most `maxInFlight` are unanswered at once. An answer that is
// a throttling error (ThrottlingException, TooManyRequestsException, ...) is retried as AWS's
// standard retry mode does: after jitter * min(base * 2^(n-1), max), at most `maxAttempts` times
// in all; and no other request starts before that retry, since the service asked to slow down.
// Every request can be cancelled, queued or in flight. Lives on one thread with an event loop.
class RequestPacer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPacer)

public:
    using Settings = RequestPacerSettings;
    // A monotonic time in milliseconds.
    using MonotonicClock = std::function<qint64()>;
    using Ticket = quint64;
    // What a person is looking at now (the rows on screen) goes before background work (a bulk
    // run, a full count, an export) sharing the pacer; within each, first come first served.
    enum class Urgency
    {
        Background,
        OnScreen
    };

    // A scheduled request: its ticket (for cancel()) and its answer.
    template <typename T> struct Paced
    {
        Ticket ticket = 0;
        QFuture<Expected<T, PoolError>> future;
    };

    explicit RequestPacer(Settings settings = {}, QObject* parent = nullptr);
    ~RequestPacer() override;

    const Settings& settings() const { return m_settings; }
    // Takes effect for the requests that start from now on (values below 1 count as 1).
    void setRequestsPerSecond(int requestsPerSecond);

    // Queues `request`; it is called (on this thread) when the pace allows, again for a retry.
    // The future finishes with the answer, the last throttling error when every attempt was
    // throttled, or RequestCanceled.
    template <typename T>
    Paced<T> schedule(std::function<QFuture<Expected<T, PoolError>>()> request,
                      Urgency urgency = Urgency::Background);

    // Drops the request: a queued one never starts, one in flight is cancelled (its answer is
    // ignored); its future finishes with RequestCanceled. An unknown ticket is ignored.
    void cancel(Ticket ticket);
    void cancelAll();

    // Requests waiting and unanswered.
    int queued() const { return int(m_queue.size()); }
    int inFlight() const { return m_inFlight; }
    // Attempts started (retries included) and throttling answers seen, since construction.
    int requestsStarted() const { return m_started; }
    int throttledAnswers() const { return m_throttled; }

    // For tests: the clock windows are measured on and the jitter factor in [0, 1].
    void setClock(MonotonicClock clock) { m_clock = std::move(clock); }
    void setJitter(std::function<double()> jitter) { m_jitter = std::move(jitter); }

public slots:
    // Starts whatever the pace allows now and arms the timer for the next start. Runs by itself;
    // a test with a fake clock calls it after moving the clock.
    void dispatch();

signals:
    // The queue emptied and nothing is in flight.
    void idle();

private:
    struct Job;
    // What an attempt's answer was, as the pacer needs to know it.
    enum class Answer
    {
        Final,
        Throttled
    };

    void dispatchOnce();
    Ticket enqueue(std::shared_ptr<Job> job);
    void start(const std::shared_ptr<Job>& job, qint64 now);
    void answered(const std::shared_ptr<Job>& job, Answer answer);
    static PoolError canceledError();

    Settings m_settings;
    MonotonicClock m_clock;
    std::function<double()> m_jitter;
    QTimer m_timer;
    std::deque<std::shared_ptr<Job>> m_queue;
    QList<std::shared_ptr<Job>> m_running;
    std::deque<qint64> m_recentStarts;
    qint64 m_holdUntil = 0;
    Ticket m_nextTicket = 1;
    int m_inFlight = 0;
    int m_started = 0;
    int m_throttled = 0;
    // dispatch() is running: an answer that arrives synchronously asks for another round.
    bool m_dispatching = false;
    bool m_dispatchAgain = false;
};

struct RequestPacer::Job
{
    Ticket ticket = 0;
    int attempts = 0;
    qint64 notBefore = 0;
    bool canceled = false;
    Urgency urgency = Urgency::Background;
    // Starts one attempt; `done` runs on the pacer's thread once it is answered. Returns what
    // cancels that attempt.
    std::function<std::function<void()>(std::function<void(Answer)> done)> startAttempt;
    std::function<void()> abortAttempt;
    // Hands the last answer, or RequestCanceled, to the caller.
    std::function<void()> deliver;
    std::function<void()> deliverCanceled;
};

template <typename T>
RequestPacer::Paced<T>
RequestPacer::schedule(std::function<QFuture<Expected<T, PoolError>>()> request, Urgency urgency)
{
    auto promise = std::make_shared<QPromise<Expected<T, PoolError>>>();
    auto last = std::make_shared<std::optional<Expected<T, PoolError>>>();
    promise->start();
    auto job = std::make_shared<Job>();
    job->urgency = urgency;
    job->startAttempt = [this, request, last](const std::function<void(Answer)>& done) {
        QFuture<Expected<T, PoolError>> inner = request();
        whenFinished(
            inner, this,
            [last, done](const Expected<T, PoolError>& outcome) {
                *last = outcome;
                done(!outcome && retry::isThrottling(outcome.failure().type) ? Answer::Throttled
                                                                             : Answer::Final);
            },
            [last, done] {
                *last = Expected<T, PoolError>(canceledError());
                done(Answer::Final);
            });
        return std::function<void()>([inner]() mutable { inner.cancel(); });
    };
    job->deliver = [promise, last] {
        promise->addResult(last->value_or(Expected<T, PoolError>(canceledError())));
        promise->finish();
    };
    job->deliverCanceled = [promise] {
        promise->addResult(Expected<T, PoolError>(canceledError()));
        promise->finish();
    };
    Paced<T> paced;
    paced.future = promise->future();
    paced.ticket = enqueue(std::move(job));
    return paced;
}

} // namespace tessera::pool
