// SPDX-License-Identifier: GPL-3.0-or-later
// RequestPacer: the rate is never exceeded in any one-second window (counted on a fake clock),
// throttled requests back off as the standard retry mode does, and cancelling works queued or in
// flight.

#include "FakeUserBackend.h"
#include "pool/RequestPacer.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace tessera::pool;
using tessera::Expected;

namespace {

// A backend whose answers the test scripts: each request is answered at once, throttled while
// the username's throttle budget lasts, and every start is logged with the fake time.
struct ScriptedBackend
{
    qint64 now = 0;
    QList<qint64> starts;
    QMap<int, int> throttleFirst; // request number -> how many attempts are throttled
    QMap<int, int> attempts;
    QMap<int, QList<qint64>> startsOf;
    // The request numbers in the order they started.
    QList<int> order;

    std::function<QFuture<Expected<int, PoolError>>()> request(int number)
    {
        return [this, number] {
            starts.append(now);
            startsOf[number].append(now);
            order.append(number);
            const int attempt = ++attempts[number];
            if (attempt <= throttleFirst.value(number)) {
                return QtFuture::makeReadyFuture(Expected<int, PoolError>(
                    PoolError{QString::fromLatin1(errors::kTooManyRequests),
                              QStringLiteral("Too many requests")}));
            }
            return QtFuture::makeReadyFuture(Expected<int, PoolError>(number));
        };
    }

    int busiestSecond() const { return test::busiestSecond(starts); }
};

// Moves the fake clock in `stepMs` steps, letting the pacer and the continuations run, until
// every future has finished or `limitMs` has passed.
template <typename T>
void runUntilDone(RequestPacer& pacer, ScriptedBackend& backend, const QList<QFuture<T>>& futures,
                  qint64 stepMs, qint64 limitMs)
{
    const qint64 end = backend.now + limitMs;
    while (backend.now < end) {
        QCoreApplication::processEvents();
        if (std::all_of(futures.begin(), futures.end(),
                        [](const auto& future) { return future.isFinished(); })) {
            return;
        }
        backend.now += stepMs;
        pacer.dispatch();
    }
}

} // namespace

class TestRequestPacer : public QObject
{
    Q_OBJECT

private slots:
    void neverExceedsTheRate_data();
    void neverExceedsTheRate();
    void throttlingBacksOffExponentially();
    void givesUpAfterMaxAttempts();
    void cancelQueuedNeverStarts();
    void cancelInFlightFreesTheSlotWhenAnswered();
    void onScreenGoesBeforeBackground();
};

// Rows on screen wait behind each other, not behind a bulk run or a full count sharing the pace.
void TestRequestPacer::onScreenGoesBeforeBackground()
{
    ScriptedBackend backend;
    RequestPacer::Settings settings;
    settings.requestsPerSecond = 2;
    RequestPacer pacer(settings);
    pacer.setClock([&backend] { return backend.now; });
    QList<QFuture<Expected<int, PoolError>>> futures;
    for (int i = 0; i < 6; ++i) {
        futures << pacer.schedule(backend.request(i)).future;
    }
    QCoreApplication::processEvents(); // 0 and 1 start
    for (int i = 10; i < 13; ++i) {
        futures << pacer.schedule(backend.request(i), RequestPacer::Urgency::OnScreen).future;
    }
    futures << pacer.schedule(backend.request(6)).future;
    runUntilDone(pacer, backend, futures, 10, 20000);
    QCOMPARE(backend.order, (QList<int>{0, 1, 10, 11, 12, 2, 3, 4, 5, 6}));
    QVERIFY(backend.busiestSecond() <= 2);
}

void TestRequestPacer::neverExceedsTheRate_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("stepMs");
    QTest::newRow("default 5/s, 40 requests, 10 ms steps") << 5 << 40 << 10;
    QTest::newRow("1/s, 6 requests, 1 ms steps") << 1 << 6 << 1;
    QTest::newRow("10/s, 100 requests, 3 ms steps") << 10 << 100 << 3;
    QTest::newRow("5/s, 30 requests, 250 ms steps") << 5 << 30 << 250;
}

void TestRequestPacer::neverExceedsTheRate()
{
    QFETCH(int, rate);
    QFETCH(int, requests);
    QFETCH(int, stepMs);
    ScriptedBackend backend;
    RequestPacer::Settings settings;
    settings.requestsPerSecond = rate;
    settings.maxInFlight = rate;
    RequestPacer pacer(settings);
    pacer.setClock([&backend] { return backend.now; });
    QList<QFuture<Expected<int, PoolError>>> futures;
    for (int i = 0; i < requests; ++i) {
        futures << pacer.schedule(backend.request(i)).future;
    }
    runUntilDone(pacer, backend, futures, stepMs, 1000LL * (requests / rate + 5));
    for (int i = 0; i < requests; ++i) {
        QVERIFY2(futures[i].isFinished(),
                 qPrintable(QStringLiteral("request %1 unanswered").arg(i)));
        const auto outcome = futures[i].result();
        QVERIFY(outcome);
        QCOMPARE(*outcome, i);
    }
    QCOMPARE(backend.starts.size(), requests);
    QCOMPARE(pacer.requestsStarted(), requests);
    QVERIFY2(backend.busiestSecond() <= rate,
             qPrintable(QStringLiteral("%1 requests started within one second, the limit is %2")
                            .arg(backend.busiestSecond())
                            .arg(rate)));
    // And it is a pace, not a crawl: the rate is used (within one step per window).
    const qint64 span = backend.starts.last() - backend.starts.first();
    QVERIFY2(span <= 1000LL * ((requests - 1) / rate) + stepMs * (requests / rate + 1),
             qPrintable(QStringLiteral("%1 requests took %2 ms").arg(requests).arg(span)));
}

void TestRequestPacer::throttlingBacksOffExponentially()
{
    ScriptedBackend backend;
    backend.throttleFirst[0] = 2; // throttled twice, answered on the third attempt
    RequestPacer pacer;           // 5/s, 3 attempts, 1 s base
    pacer.setClock([&backend] { return backend.now; });
    pacer.setJitter([] { return 1.0; });
    const auto first = pacer.schedule(backend.request(0));
    const auto second = pacer.schedule(backend.request(1));
    runUntilDone(pacer, backend, QList{first.future, second.future}, 5, 10000);
    QVERIFY(first.future.isFinished());
    QVERIFY(first.future.result());
    QCOMPARE(pacer.throttledAnswers(), 2);
    QCOMPARE(backend.attempts[0], 3);
    // Retries after base * 2^(n-1) with jitter 1: 1000 ms, then 2000 ms.
    const QList<qint64> zero = backend.startsOf[0];
    QCOMPARE(zero.size(), 3);
    QVERIFY2(zero[1] - zero[0] >= 1000 && zero[1] - zero[0] < 1100,
             qPrintable(QStringLiteral("first retry after %1 ms").arg(zero[1] - zero[0])));
    QVERIFY2(zero[2] - zero[1] >= 2000 && zero[2] - zero[1] < 2100,
             qPrintable(QStringLiteral("second retry after %1 ms").arg(zero[2] - zero[1])));
    // While the service asks to slow down, nothing else starts.
    const qint64 other = backend.startsOf[1].value(0);
    QVERIFY2(other == zero[0] || other >= zero[1],
             qPrintable(QStringLiteral("request 1 started at %1 during the hold").arg(other)));
    QVERIFY(second.future.result());
}

void TestRequestPacer::givesUpAfterMaxAttempts()
{
    ScriptedBackend backend;
    backend.throttleFirst[0] = 99;
    RequestPacer::Settings settings;
    settings.maxAttempts = 2;
    RequestPacer pacer(settings);
    pacer.setClock([&backend] { return backend.now; });
    pacer.setJitter([] { return 0.5; });
    const auto paced = pacer.schedule(backend.request(0));
    runUntilDone(pacer, backend, QList{paced.future}, 5, 10000);
    QVERIFY(paced.future.isFinished());
    const auto outcome = paced.future.result();
    QVERIFY(!outcome);
    QCOMPARE(outcome.failure().type, QString::fromLatin1(errors::kTooManyRequests));
    QCOMPARE(backend.attempts[0], 2);
}

void TestRequestPacer::cancelQueuedNeverStarts()
{
    ScriptedBackend backend;
    RequestPacer::Settings settings;
    settings.requestsPerSecond = 2;
    RequestPacer pacer(settings);
    pacer.setClock([&backend] { return backend.now; });
    QList<RequestPacer::Paced<int>> paced;
    QList<QFuture<Expected<int, PoolError>>> futures;
    for (int i = 0; i < 8; ++i) {
        paced << pacer.schedule(backend.request(i));
        futures << paced.last().future;
    }
    QCoreApplication::processEvents(); // the first two start
    QCOMPARE(backend.starts.size(), 2);
    for (int i = 4; i < 8; ++i) {
        pacer.cancel(paced[i].ticket);
    }
    runUntilDone(pacer, backend, futures, 10, 10000);
    QCOMPARE(backend.attempts.size(), 4);
    for (int i = 4; i < 8; ++i) {
        QVERIFY(!backend.attempts.contains(i));
        const auto outcome = futures[i].result();
        QVERIFY(!outcome);
        QCOMPARE(outcome.failure().type, QString::fromLatin1(errors::kRequestCanceled));
    }
    QVERIFY(futures[3].result());
    QCOMPARE(pacer.queued(), 0);
}

void TestRequestPacer::cancelInFlightFreesTheSlotWhenAnswered()
{
    qint64 now = 0;
    RequestPacer::Settings settings;
    settings.maxInFlight = 1;
    RequestPacer pacer(settings);
    pacer.setClock([&now] { return now; });
    auto promise = std::make_shared<QPromise<Expected<int, PoolError>>>();
    int secondStarted = 0;
    const auto slow = pacer.schedule(std::function<QFuture<Expected<int, PoolError>>()>([promise] {
        promise->start();
        return promise->future();
    }));
    const auto next =
        pacer.schedule(std::function<QFuture<Expected<int, PoolError>>()>([&secondStarted] {
            ++secondStarted;
            return QtFuture::makeReadyFuture(Expected<int, PoolError>(2));
        }));
    QCoreApplication::processEvents();
    QCOMPARE(pacer.inFlight(), 1);
    pacer.cancel(slow.ticket);
    QVERIFY(slow.future.isFinished());
    QCOMPARE(slow.future.result().failure().type, QString::fromLatin1(errors::kRequestCanceled));
    QVERIFY2(promise->future().isCanceled(), "the request on the wire is asked to stop");
    // The slot stays taken until the backend answers: the pacer never has two in flight.
    promise->addResult(Expected<int, PoolError>(1));
    promise->finish();
    for (int i = 0; i < 20 && !next.future.isFinished(); ++i) {
        now += 10;
        QCoreApplication::processEvents();
        pacer.dispatch();
    }
    QCOMPARE(secondStarted, 1);
    QVERIFY(next.future.isFinished());
    QCOMPARE(*next.future.result(), 2);
}

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
