// SPDX-License-Identifier: GPL-3.0-or-later
// MfaStatusSource: per-user reads through the pacer never exceed the rate (counted on a fake
// clock), throttled reads are retried, failures are reported per user, scrolling away cancels
// pending reads, and the local engine answers a page in one request.

#include "FakeUserBackend.h"
#include "PoolTestSupport.h"
#include "pool/EnrolmentScan.h"
#include "pool/MfaStatusSource.h"
#include "pool/local/SamplePool.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace tessera::pool;
using tessera::pool::test::busiestSecond;
using tessera::pool::test::FakeUserBackend;

namespace {

QStringList names(int from, int count)
{
    QStringList list;
    for (int i = from; i < from + count; ++i) {
        list << FakeUserBackend::nameOf(i);
    }
    return list;
}

// Moves the fake clock 10 ms at a time until nothing is pending or `limitMs` passed.
void drive(qint64& now, RequestPacer& pacer, MfaStatusSource& source, qint64 limitMs)
{
    const qint64 end = now + limitMs;
    do {
        QCoreApplication::processEvents();
        now += 10;
        pacer.dispatch();
    } while (source.pendingCount() > 0 && now < end);
    QCoreApplication::processEvents();
}

} // namespace

class TestMfaStatusSource : public QObject
{
    Q_OBJECT

private slots:
    void perUserReadsKeepTheRate_data();
    void perUserReadsKeepTheRate();
    void scrollingAwayCancelsPendingReads();
    void cachedUsersAreNotReadAgain();
    void localEngineAnswersAPageInOneRequest();
    void batchesDoNotPileUp();
    void legacyMfaOptionsCountAsSms();
    void fullScanEstimate();
    void fullScanCountsEveryUser();
    void fullScanCancels();
};

void TestMfaStatusSource::perUserReadsKeepTheRate_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("throttleEvery");
    QTest::newRow("5/s, no throttling") << 5 << 0;
    QTest::newRow("5/s, every 7th throttled") << 5 << 7;
    QTest::newRow("2/s, every 3rd throttled") << 2 << 3;
}

void TestMfaStatusSource::perUserReadsKeepTheRate()
{
    QFETCH(int, rate);
    QFETCH(int, throttleEvery);
    qint64 now = 0;
    FakeUserBackend backend(100);
    backend.clock = [&now] { return now; };
    backend.throttleEvery = throttleEvery;
    backend.failing = {FakeUserBackend::nameOf(3)};
    RequestPacer::Settings settings;
    settings.requestsPerSecond = rate;
    RequestPacer pacer(settings);
    pacer.setClock([&now] { return now; });
    pacer.setJitter([] { return 0.5; });
    MfaStatusSource source(backend, QStringLiteral("pool"), pacer);
    QSignalSpy failed(&source, &MfaStatusSource::statusFailed);
    const QStringList wanted = names(0, 20);
    source.want(wanted);
    drive(now, pacer, source, 120000);
    QCOMPARE(source.pendingCount(), 0);
    QVERIFY(!source.readsInBatches());
    QVERIFY2(busiestSecond(backend.adminGetUserTimes) <= rate,
             qPrintable(QStringLiteral("%1 AdminGetUser in one second, the limit is %2")
                            .arg(busiestSecond(backend.adminGetUserTimes))
                            .arg(rate)));
    QCOMPARE(source.requestsSent(), backend.adminGetUserNames.size());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].toString(), FakeUserBackend::nameOf(3));
    for (int i = 0; i < 20; ++i) {
        const auto status = source.status(FakeUserBackend::nameOf(i));
        if (i == 3) {
            QVERIFY(!status);
            continue;
        }
        QVERIFY2(status, qPrintable(FakeUserBackend::nameOf(i)));
        const UserFactors expected = FakeUserBackend::factorsOf(i);
        QCOMPARE(status->factors.sms, expected.sms);
        QCOMPARE(status->factors.softwareToken, expected.softwareToken);
        QCOMPARE(status->factors.email, expected.email);
        QCOMPARE(status->factors.preferred, expected.preferred);
    }
    if (throttleEvery > 0) {
        QVERIFY(pacer.throttledAnswers() > 0);
        QVERIFY(backend.adminGetUserNames.size() > 20);
    }
}

void TestMfaStatusSource::scrollingAwayCancelsPendingReads()
{
    qint64 now = 0;
    FakeUserBackend backend(1000);
    backend.clock = [&now] { return now; };
    RequestPacer pacer; // 5/s
    pacer.setClock([&now] { return now; });
    MfaStatusSource source(backend, QStringLiteral("pool"), pacer);
    // The first screen asks for 30 users; five start at once.
    source.want(names(0, 30));
    QTRY_COMPARE(backend.adminGetUserNames.size(), 5);
    QTest::qWait(20);
    QCOMPARE(backend.adminGetUserNames.size(), 5);
    QCOMPARE(source.pendingCount(), 30 - 5);
    // The view scrolls far away: only users 500..509 are on screen now.
    const QStringList screen = names(500, 10);
    source.keepOnly(QSet<QString>(screen.begin(), screen.end()));
    QCOMPARE(source.pendingCount(), 0);
    source.want(screen);
    drive(now, pacer, source, 60000);
    // Nothing of the first screen beyond the five already sent was read.
    QCOMPARE(backend.adminGetUserNames.size(), 5 + 10);
    for (const QString& name : names(5, 25)) {
        QVERIFY2(!backend.adminGetUserNames.contains(name), qPrintable(name));
    }
    for (const QString& name : screen) {
        QVERIFY2(source.status(name), qPrintable(name));
    }
}

void TestMfaStatusSource::cachedUsersAreNotReadAgain()
{
    qint64 now = 5000;
    FakeUserBackend backend(50);
    backend.clock = [&now] { return now; };
    RequestPacer pacer;
    pacer.setClock([&now] { return now; });
    MfaStatusSource source(backend, QStringLiteral("pool"), pacer);
    source.setClock([] { return qint64(1700000123); });
    source.want(names(0, 5));
    drive(now, pacer, source, 10000);
    QCOMPARE(backend.adminGetUserNames.size(), 5);
    QCOMPARE(source.status(FakeUserBackend::nameOf(2))->readAt, 1700000123);
    source.want(names(0, 8));
    drive(now, pacer, source, 10000);
    QCOMPARE(backend.adminGetUserNames.size(), 8);
    source.forget(FakeUserBackend::nameOf(0));
    source.want(names(0, 8));
    drive(now, pacer, source, 10000);
    QCOMPARE(backend.adminGetUserNames.size(), 9);
    const EnrolmentSummary sample = source.sampled();
    QCOMPARE(sample.counted, 8);
    QVERIFY(!sample.exact);
}

void TestMfaStatusSource::localEngineAnswersAPageInOneRequest()
{
    test::PoolFixture fixture;
    const auto poolId = local::createSamplePool(*fixture.engine, QStringLiteral("users"), 80);
    QVERIFY(poolId);
    RequestPacer pacer;
    MfaStatusSource source(*fixture.engine, *poolId, pacer);
    QSignalSpy read(&source, &MfaStatusSource::statusRead);
    QStringList page;
    for (int i = 1; i <= 60; ++i) {
        page << QStringLiteral("user-%1").arg(i, 3, 10, QLatin1Char('0'));
    }
    source.want(page);
    QTRY_COMPARE(read.size(), 60);
    QCOMPARE(source.requestsSent(), 1);
    QVERIFY(source.readsInBatches());
    QCOMPARE(pacer.requestsStarted(), 0);
    // The same answer as AdminGetUser, user by user.
    for (const QString& name : page) {
        auto future = fixture.engine->adminGetUser(*poolId, name);
        future.waitForFinished();
        const auto user = future.result();
        QVERIFY(user);
        const UserFactors expected = MfaStatusSource::factorsOf(*user);
        const UserFactors got = source.status(name)->factors;
        QCOMPARE(got.sms, expected.sms);
        QCOMPARE(got.softwareToken, expected.softwareToken);
        QCOMPARE(got.email, expected.email);
        QCOMPARE(got.preferred, expected.preferred);
    }
}

void TestMfaStatusSource::batchesDoNotPileUp()
{
    test::PoolFixture fixture;
    const auto poolId = local::createSamplePool(*fixture.engine, QStringLiteral("users"), 90);
    QVERIFY(poolId);
    RequestPacer pacer;
    MfaStatusSource source(*fixture.engine, *poolId, pacer);
    auto screen = [](int from) {
        QStringList list;
        for (int i = from; i < from + 30; ++i) {
            list << QStringLiteral("user-%1").arg(i, 3, 10, QLatin1Char('0'));
        }
        return list;
    };
    // Three screens while the first is being read: the second scrolls away before it is sent.
    source.want(screen(1));
    source.want(screen(31));
    source.want(screen(61));
    const QStringList last = screen(61);
    source.keepOnly(QSet<QString>(last.begin(), last.end()));
    QTRY_COMPARE(source.pendingCount(), 0);
    QCOMPARE(source.requestsSent(), 2);
    QVERIFY(source.status(QStringLiteral("user-001")));
    QVERIFY(!source.status(QStringLiteral("user-031")));
    QVERIFY(source.status(QStringLiteral("user-090")));
}

void TestMfaStatusSource::legacyMfaOptionsCountAsSms()
{
    PoolUser user;
    user.mfaOptions = {{QStringLiteral("SMS"), QStringLiteral("phone_number")}};
    QVERIFY(MfaStatusSource::factorsOf(user).sms);
    user.mfaOptions.clear();
    user.userMfaSettingList = {QString::fromLatin1(factors::kEmail)};
    user.preferredMfaSetting = QString::fromLatin1(factors::kEmail);
    const UserFactors factors = MfaStatusSource::factorsOf(user);
    QVERIFY(!factors.sms);
    QVERIFY(factors.email);
    QCOMPARE(factors.preferred, QString::fromLatin1(factors::kEmail));
}

void TestMfaStatusSource::fullScanEstimate()
{
    const auto cost = EnrolmentScan::estimate(10000, 5);
    QCOMPARE(cost.listRequests, 167);
    QCOMPARE(cost.userRequests, 10000);
    QCOMPARE(cost.requests(), 10167);
    QCOMPARE(cost.seconds, 2034);
    QCOMPARE(EnrolmentScan::estimate(0, 5).requests(), 1);
}

void TestMfaStatusSource::fullScanCountsEveryUser()
{
    qint64 now = 0;
    FakeUserBackend backend(130);
    backend.clock = [&now] { return now; };
    RequestPacer::Settings settings;
    settings.requestsPerSecond = 20;
    RequestPacer pacer(settings);
    pacer.setClock([&now] { return now; });
    EnrolmentScan scan(backend, QStringLiteral("pool"), pacer);
    QSignalSpy finished(&scan, &EnrolmentScan::finished);
    scan.start();
    for (int i = 0; i < 5000 && finished.isEmpty(); ++i) {
        QCoreApplication::processEvents();
        now += 10;
        pacer.dispatch();
    }
    QCOMPARE(finished.size(), 1);
    const auto outcome = scan.result();
    QVERIFY(outcome);
    EnrolmentSummary expected;
    for (int i = 0; i < 130; ++i) {
        expected.add(FakeUserBackend::factorsOf(i));
    }
    QCOMPARE(outcome->counted, 130);
    QVERIFY(outcome->exact);
    QCOMPARE(outcome->withoutFactor, expected.withoutFactor);
    QCOMPARE(outcome->withSms, expected.withSms);
    QCOMPARE(outcome->withSoftwareToken, expected.withSoftwareToken);
    QCOMPARE(outcome->withEmail, expected.withEmail);
    QCOMPARE(outcome->preferSoftwareToken, expected.preferSoftwareToken);
    QCOMPARE(backend.listUsersCalls, 3);
    QCOMPARE(backend.adminGetUserNames.size(), 130);
    QCOMPARE(scan.requestsSent(), 133);
    QVERIFY(busiestSecond(backend.adminGetUserTimes) <= 20);
}

void TestMfaStatusSource::fullScanCancels()
{
    qint64 now = 0;
    FakeUserBackend backend(500);
    backend.clock = [&now] { return now; };
    RequestPacer pacer;
    pacer.setClock([&now] { return now; });
    EnrolmentScan scan(backend, QStringLiteral("pool"), pacer);
    QSignalSpy finished(&scan, &EnrolmentScan::finished);
    scan.start();
    for (int i = 0; i < 300; ++i) { // three seconds
        QCoreApplication::processEvents();
        now += 10;
        pacer.dispatch();
    }
    QVERIFY(finished.isEmpty());
    const int sent = int(backend.adminGetUserNames.size());
    QVERIFY(sent > 0 && sent < 500);
    scan.cancel();
    QCOMPARE(finished.size(), 1);
    const auto outcome = scan.result();
    QCOMPARE(outcome.failure().type, QString::fromLatin1(errors::kRequestCanceled));
    for (int i = 0; i < 300; ++i) {
        QCoreApplication::processEvents();
        now += 10;
        pacer.dispatch();
    }
    QCOMPARE(backend.adminGetUserNames.size(), sent);
    QCOMPARE(pacer.queued(), 0);
}

QTEST_GUILESS_MAIN(TestMfaStatusSource)
#include "tst_mfastatussource.moc"
