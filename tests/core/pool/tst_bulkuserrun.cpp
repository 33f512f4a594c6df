// SPDX-License-Identifier: GPL-3.0-or-later
// BulkUserRun over a scripted backend: one user's failure is recorded with the service's
// message and the rest go on; a cancel half-way lets the request in flight finish and names
// exactly the users changed; throttled answers are retried at the pacer's pace, never faster
// than its rate; users with nothing to do are skipped with the reason.
#include "pool/BulkUserRun.h"
#include "pool/UserCsv.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace tessera::pool;

namespace {

// A backend that answers at once, as the script says, and logs each call with the fake time.
class ScriptedBackend : public PoolBackend
{
public:
    struct Call
    {
        QString operation;
        QString username;
        qint64 at = 0;
    };
    // Returns the answer for the call; the default succeeds with an empty body.
    std::function<PoolResult(const QString& operation, const QJsonObject& request)> script;
    QList<Call> calls;
    qint64 now = 0;

    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override
    {
        calls.append({operation, request.value(QStringLiteral("Username")).toString(), now});
        return QtFuture::makeReadyFuture(script ? script(operation, request)
                                                : PoolResult(QJsonObject{}));
    }
    bool supports(const QString&) const override { return true; }

    QStringList usernamesOf(const QString& operation) const
    {
        QStringList names;
        for (const Call& c : calls) {
            if (c.operation == operation) {
                names << c.username;
            }
        }
        return names;
    }
    // The most calls that started in any one-second window.
    int busiestSecond() const
    {
        int busiest = 0;
        for (const Call& from : calls) {
            busiest = std::max<int>(
                busiest, int(std::count_if(calls.begin(), calls.end(), [&](const Call& c) {
                    return c.at >= from.at && c.at < from.at + 1000;
                })));
        }
        return busiest;
    }
};

QList<PoolUser> users(int count)
{
    QList<PoolUser> list;
    for (int i = 1; i <= count; ++i) {
        PoolUser user;
        user.username = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
        list << user;
    }
    return list;
}

PoolError throttled()
{
    return PoolError{QString::fromLatin1(errors::kTooManyRequests),
                     QStringLiteral("Too many requests")};
}

// Moves the fake clock in 50 ms steps, letting the pacer and the run work, until the run ends
// (or `limitMs` of fake time passes). `each` runs after every step.
void runToEnd(BulkUserRun& run, RequestPacer& pacer, ScriptedBackend& backend,
              const std::function<void()>& each = {}, qint64 limitMs = 120000)
{
    const qint64 end = backend.now + limitMs;
    while (!run.isFinished() && backend.now < end) {
        QCoreApplication::processEvents();
        if (each) {
            each();
        }
        backend.now += 50;
        pacer.dispatch();
    }
}

std::unique_ptr<RequestPacer> fakePacer(ScriptedBackend& backend)
{
    RequestPacer::Settings settings;
    settings.requestsPerSecond = 5;
    settings.baseBackoffMs = 200;
    auto pacer = std::make_unique<RequestPacer>(settings);
    pacer->setClock([&backend] { return backend.now; });
    pacer->setJitter([] { return 1.0; });
    return pacer;
}

} // namespace

class TestBulkUserRun : public QObject
{
    Q_OBJECT

private slots:
    void oneUserFailingDoesNotStopTheRest()
    {
        ScriptedBackend backend;
        backend.script = [](const QString&, const QJsonObject& request) -> PoolResult {
            if (request.value(QStringLiteral("Username")).toString() == QLatin1String("user03")) {
                return PoolError::invalidParameter(QStringLiteral("User is in a bad state"));
            }
            return QJsonObject{};
        };
        auto pacer = fakePacer(backend);
        BulkUserRun run(backend, QStringLiteral("pool"), {UserAction::Kind::Disable, {}}, users(6),
                        pacer.get());
        QSignalSpy items(&run, &BulkUserRun::itemFinished);
        run.start();
        runToEnd(run, *pacer, backend);
        QVERIFY(run.isFinished());
        QCOMPARE(items.count(), 6);
        QCOMPARE(backend.usernamesOf(QStringLiteral("AdminDisableUser")).size(), 6);
        QCOMPARE(run.count(BulkItemResult::Outcome::Done), 5);
        QCOMPARE(run.count(BulkItemResult::Outcome::Failed), 1);
        const BulkItemResult& failed = run.results().at(2);
        QCOMPARE(failed.outcome, BulkItemResult::Outcome::Failed);
        QCOMPARE(failed.message,
                 QStringLiteral("InvalidParameterException: User is in a bad state"));
        QVERIFY(!failed.changed);
        QVERIFY(run.summary().contains(QStringLiteral("5 done, 1 failed, 0 skipped")));
        QVERIFY2(backend.busiestSecond() <= 5, "never more than 5 requests a second");
        const QStringList lines = run.resultsCsv().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("username,result,changed,message"));
        QCOMPARE(lines.at(3), QStringLiteral("user03,failed,false,InvalidParameterException: User "
                                             "is in a bad state"));
    }

    void cancelHalfWayNamesExactlyTheChangedUsers()
    {
        ScriptedBackend backend;
        auto pacer = fakePacer(backend);
        BulkUserRun run(backend, QStringLiteral("pool"), {UserAction::Kind::Delete, {}}, users(10),
                        pacer.get());
        run.start();
        runToEnd(run, *pacer, backend, [&] {
            if (backend.calls.size() == 5 && !run.wasCancelled()) {
                run.cancel();
            }
        });
        QVERIFY(run.isFinished());
        QVERIFY(run.wasCancelled());
        // The fifth request was sent before the cancel: it finished and counts as changed.
        const QStringList deleted = backend.usernamesOf(QStringLiteral("AdminDeleteUser"));
        QCOMPARE(deleted.size(), 5);
        QCOMPARE(run.changedUsers(), deleted);
        QCOMPARE(run.count(BulkItemResult::Outcome::Done), 5);
        QCOMPARE(run.count(BulkItemResult::Outcome::Skipped), 5);
        for (int i = 5; i < 10; ++i) {
            QCOMPARE(run.results().at(i).outcome, BulkItemResult::Outcome::Skipped);
            QVERIFY(run.results().at(i).message.contains(QStringLiteral("cancelled")));
        }
        for (const QString& name : deleted) {
            QVERIFY2(run.summary().contains(name), qPrintable(run.summary()));
        }
        QVERIFY(!run.summary().contains(QStringLiteral("user06")));
    }

    void throttledRequestsAreRetriedAtThePace()
    {
        ScriptedBackend backend;
        QMap<QString, int> attempts;
        backend.script = [&attempts](const QString&, const QJsonObject& request) -> PoolResult {
            const QString name = request.value(QStringLiteral("Username")).toString();
            const int attempt = ++attempts[name];
            // user02 is throttled twice then succeeds; user04 always.
            if ((name == QLatin1String("user02") && attempt <= 2) ||
                name == QLatin1String("user04")) {
                return throttled();
            }
            return QJsonObject{};
        };
        auto pacer = fakePacer(backend);
        BulkUserRun run(backend, QStringLiteral("pool"),
                        {UserAction::Kind::PreferFactor, QString::fromLatin1(factors::kEmail)},
                        users(5), pacer.get());
        run.start();
        runToEnd(run, *pacer, backend);
        QVERIFY(run.isFinished());
        QCOMPARE(attempts.value(QStringLiteral("user02")), 3);
        QCOMPARE(run.results().at(1).outcome, BulkItemResult::Outcome::Done);
        QCOMPARE(attempts.value(QStringLiteral("user04")), pacer->settings().maxAttempts);
        QCOMPARE(run.results().at(3).outcome, BulkItemResult::Outcome::Failed);
        QVERIFY(run.results().at(3).message.startsWith(QLatin1String(errors::kTooManyRequests)));
        QCOMPARE(run.results().at(4).outcome, BulkItemResult::Outcome::Done);
        QCOMPARE(pacer->throttledAnswers(), 2 + pacer->settings().maxAttempts);
        QVERIFY2(backend.busiestSecond() <= 5, "retries keep to the rate too");
        // Backing off: user02's third attempt came at least 200 + 400 ms after its first.
        QList<qint64> user02;
        for (const auto& c : backend.calls) {
            if (c.username == QLatin1String("user02")) {
                user02 << c.at;
            }
        }
        QCOMPARE(user02.size(), 3);
        QVERIFY2(user02[2] - user02[0] >= 600, "retries wait as the standard mode says");
    }

    void skipsWhatHasNothingToDo()
    {
        ScriptedBackend backend;
        backend.script = [](const QString& operation, const QJsonObject& request) -> PoolResult {
            const QString name = request.value(QStringLiteral("Username")).toString();
            if (name == QLatin1String("user03")) {
                return PoolError::userNotFound();
            }
            if (operation == QLatin1String("AdminListDevices")) {
                QJsonArray devices;
                if (name == QLatin1String("user01")) {
                    for (const char* key : {"d-1", "d-2"}) {
                        devices.append(
                            QJsonObject{{QStringLiteral("DeviceKey"), QString::fromLatin1(key)}});
                    }
                }
                return QJsonObject{{QStringLiteral("Devices"), devices}};
            }
            return QJsonObject{};
        };
        auto pacer = fakePacer(backend);
        BulkUserRun run(backend, QStringLiteral("pool"), {UserAction::Kind::ForgetDevices, {}},
                        users(3), pacer.get());
        run.start();
        runToEnd(run, *pacer, backend);
        QCOMPARE(run.results().at(0).outcome, BulkItemResult::Outcome::Done);
        QVERIFY(run.results().at(0).message.contains(QStringLiteral("2 device(s)")) ||
                run.results().at(0).message.contains(QStringLiteral("2 devices")));
        QCOMPARE(run.results().at(1).outcome, BulkItemResult::Outcome::Skipped);
        QCOMPARE(run.results().at(1).message, QStringLiteral("No remembered devices."));
        QCOMPARE(run.results().at(2).outcome, BulkItemResult::Outcome::Skipped);
        QCOMPARE(run.results().at(2).message, QStringLiteral("The user no longer exists."));
        QCOMPARE(backend.usernamesOf(QStringLiteral("AdminForgetDevice")),
                 (QStringList{QStringLiteral("user01"), QStringLiteral("user01")}));

        // Disabling a disabled user sends nothing.
        QList<PoolUser> list = users(2);
        list[0].enabled = false;
        backend.calls.clear();
        BulkUserRun disable(backend, QStringLiteral("pool"), {UserAction::Kind::Disable, {}}, list,
                            pacer.get());
        disable.start();
        runToEnd(disable, *pacer, backend);
        QCOMPARE(disable.results().at(0).outcome, BulkItemResult::Outcome::Skipped);
        QCOMPARE(disable.results().at(0).message, QStringLiteral("Already disabled."));
        QCOMPARE(backend.usernamesOf(QStringLiteral("AdminDisableUser")),
                 QStringList{QStringLiteral("user02")});
    }

    void resetMfaSendsEveryFactorOff()
    {
        ScriptedBackend backend;
        QJsonObject sent;
        backend.script = [&sent](const QString&, const QJsonObject& request) -> PoolResult {
            sent = request;
            return QJsonObject{};
        };
        auto pacer = fakePacer(backend);
        BulkUserRun run(backend, QStringLiteral("pool"), {UserAction::Kind::ResetMfa, {}}, users(1),
                        pacer.get());
        run.start();
        runToEnd(run, *pacer, backend);
        QCOMPARE(backend.calls.first().operation, QStringLiteral("AdminSetUserMFAPreference"));
        for (const char* key : {"SMSMfaSettings", "SoftwareTokenMfaSettings", "EmailMfaSettings"}) {
            QCOMPARE(sent.value(QLatin1String(key)).toObject().value(QStringLiteral("Enabled")),
                     QJsonValue(false));
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkUserRun)
#include "tst_bulkuserrun.moc"
