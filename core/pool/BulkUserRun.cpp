// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkUserRun.h"

#include "UserCsv.h"

#include <QFutureWatcher>
#include <QLocale>

namespace tessera::pool {

BulkUserRun::BulkUserRun(PoolBackend& backend, QString userPoolId, UserAction action,
                         QList<PoolUser> users, RequestPacer* pacer, QObject* parent)
    : QObject(parent), m_backend(backend), m_poolId(std::move(userPoolId)),
      m_action(std::move(action)), m_users(std::move(users)), m_pacer(pacer)
{
    if (m_pacer == nullptr) {
        m_pacer = new RequestPacer({}, this);
    }
    m_results.reserve(m_users.size());
    for (const PoolUser& user : std::as_const(m_users)) {
        m_results.append(BulkItemResult{user.username, Outcome::Pending, {}, false});
    }
}

BulkUserRun::~BulkUserRun()
{
    // A shared pacer outlives the run: what it still holds for the run must not start later.
    if (m_ticket != 0) {
        m_pacer->cancel(m_ticket);
    }
}

void BulkUserRun::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    emit progress(0, total());
    next();
}

void BulkUserRun::cancel()
{
    if (!isRunning() || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (!m_busy) {
        next();
    }
}

void BulkUserRun::next()
{
    if (m_cancelled) {
        for (int i = m_next; i < total(); ++i) {
            m_results[i].outcome = Outcome::Skipped;
            m_results[i].message = tr("Not reached: the run was cancelled first.");
            emit itemFinished(i);
        }
        m_next = total();
    }
    if (m_next >= total()) {
        m_finished = true;
        emit progress(total(), total());
        emit finished();
        return;
    }
    const PoolUser& user = m_users[m_next];
    ++m_next;
    m_busy = true;
    if (const auto reason = m_action.skipReason(user)) {
        finishUser(Outcome::Skipped, *reason, false);
        return;
    }
    runStep(user);
}

void BulkUserRun::finishUser(Outcome outcome, const QString& message, bool changed)
{
    const int index = m_next - 1;
    m_results[index].outcome = outcome;
    m_results[index].message = message;
    m_results[index].changed = changed;
    m_busy = false;
    emit itemFinished(index);
    emit progress(m_next, total());
    // The next user on the next turn of the event loop, so a long run never recurses.
    QMetaObject::invokeMethod(this, &BulkUserRun::next, Qt::QueuedConnection);
}

void BulkUserRun::failed(const PoolError& error, bool changed)
{
    if (error.type == QLatin1String(errors::kUserNotFound)) {
        finishUser(Outcome::Skipped, tr("The user no longer exists."), false);
        return;
    }
    finishUser(Outcome::Failed,
               error.message.isEmpty() ? error.type
                                       : QStringLiteral("%1: %2").arg(error.type, error.message),
               changed);
}

template <typename T>
void BulkUserRun::paced(std::function<QFuture<Expected<T, PoolError>>()> request,
                        std::function<void(const Expected<T, PoolError>&)> then)
{
    const auto scheduled = m_pacer->template schedule<T>(std::move(request));
    m_ticket = scheduled.ticket;
    auto* watcher = new QFutureWatcher<Expected<T, PoolError>>(this);
    connect(
        watcher, &QFutureWatcher<Expected<T, PoolError>>::finished, this,
        [watcher, then = std::move(then)] {
            watcher->deleteLater();
            const auto future = watcher->future();
            if (future.isCanceled() || future.resultCount() == 0) {
                then(Expected<T, PoolError>(PoolError{QString::fromLatin1(errors::kRequestCanceled),
                                                      tr("The request was cancelled.")}));
                return;
            }
            then(future.result());
        });
    watcher->setFuture(scheduled.future);
}

void BulkUserRun::runStep(const PoolUser& user)
{
    const QString username = user.username;
    PoolBackend& backend = m_backend;
    const QString poolId = m_poolId;
    const auto simple = [this,
                         username](std::function<QFuture<Expected<void, PoolError>>()> request) {
        paced<void>(std::move(request), [this, username](const Expected<void, PoolError>& outcome) {
            if (!outcome) {
                failed(outcome.failure());
                return;
            }
            finishUser(Outcome::Done, m_action.did(username), true);
        });
    };
    switch (m_action.kind) {
    case UserAction::Kind::Disable:
        simple([&backend, poolId, username] { return backend.adminDisableUser(poolId, username); });
        return;
    case UserAction::Kind::Enable:
        simple([&backend, poolId, username] { return backend.adminEnableUser(poolId, username); });
        return;
    case UserAction::Kind::ResetPassword:
        simple([&backend, poolId, username] {
            return backend.adminResetUserPassword(poolId, username);
        });
        return;
    case UserAction::Kind::Delete:
        simple([&backend, poolId, username] { return backend.adminDeleteUser(poolId, username); });
        return;
    case UserAction::Kind::PreferFactor:
    case UserAction::Kind::ClearPreference:
    case UserAction::Kind::RemoveFactor:
    case UserAction::Kind::ResetMfa: {
        MfaPreferenceChange change;
        switch (m_action.kind) {
        case UserAction::Kind::PreferFactor:
            change = MfaPreferenceChange::prefer(m_action.factor);
            break;
        case UserAction::Kind::ClearPreference:
            change = MfaPreferenceChange::clearPreference(user);
            break;
        case UserAction::Kind::RemoveFactor:
            change = MfaPreferenceChange::remove(m_action.factor);
            break;
        default:
            change = MfaPreferenceChange::resetAll();
            break;
        }
        simple([&backend, poolId, username, change] {
            return backend.adminSetUserMfaPreference(poolId, username, change);
        });
        return;
    }
    case UserAction::Kind::ForgetDevices:
        paced<Page<UserDevice>>(
            [&backend, poolId, username] { return backend.adminListDevices(poolId, username); },
            [this, username](const Expected<Page<UserDevice>, PoolError>& listed) {
                if (!listed) {
                    failed(listed.failure());
                    return;
                }
                if (listed->items.isEmpty()) {
                    finishUser(Outcome::Skipped, tr("No remembered devices."), false);
                    return;
                }
                forgetDevices(username, listed->items, 0);
            });
        return;
    }
}

// One device at a time, so a cancel between two leaves a count that is exact.
void BulkUserRun::forgetDevices(const QString& username, QList<UserDevice> devices, int forgotten)
{
    if (forgotten == devices.size()) {
        finishUser(Outcome::Done,
                   tr("%1: %n device(s) forgotten.", nullptr, forgotten).arg(username), true);
        return;
    }
    if (m_cancelled) {
        finishUser(
            forgotten == 0 ? Outcome::Skipped : Outcome::Failed,
            tr("Cancelled after %1 of %n device(s) were forgotten.", nullptr, int(devices.size()))
                .arg(forgotten),
            forgotten > 0);
        return;
    }
    PoolBackend& backend = m_backend;
    const QString poolId = m_poolId;
    const QString key = devices[forgotten].deviceKey;
    paced<void>([&backend, poolId, username,
                 key] { return backend.adminForgetDevice(poolId, username, key); },
                [this, username, devices, forgotten](const Expected<void, PoolError>& outcome) {
                    if (!outcome) {
                        failed(outcome.failure(), forgotten > 0);
                        return;
                    }
                    forgetDevices(username, devices, forgotten + 1);
                });
}

int BulkUserRun::count(Outcome outcome) const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [outcome](const BulkItemResult& r) { return r.outcome == outcome; }));
}

QStringList BulkUserRun::changedUsers() const
{
    QStringList names;
    for (const BulkItemResult& result : m_results) {
        if (result.changed) {
            names.append(result.username);
        }
    }
    return names;
}

QString BulkUserRun::summary() const
{
    const QString counts = tr("%1 done, %2 failed, %3 skipped.")
                               .arg(count(Outcome::Done))
                               .arg(count(Outcome::Failed))
                               .arg(count(Outcome::Skipped));
    if (!m_cancelled) {
        return tr("Finished %n user(s): %1", nullptr, total()).arg(counts);
    }
    const QStringList changed = changedUsers();
    if (changed.isEmpty()) {
        return tr("Cancelled: no user was changed. %1").arg(counts);
    }
    return tr("Cancelled. Changed before it stopped: %1. %2")
        .arg(QLocale().createSeparatedList(changed), counts);
}

QString BulkUserRun::outcomeWords(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("pending");
    case Outcome::Done:
        return tr("done");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Skipped:
        return tr("skipped");
    }
    return {};
}

QString BulkUserRun::resultsCsv() const
{
    QString text = csv::row({QStringLiteral("username"), QStringLiteral("result"),
                             QStringLiteral("changed"), QStringLiteral("message")});
    for (const BulkItemResult& result : m_results) {
        // The file keeps English keywords whatever the interface language, for scripts.
        static const QStringList keywords = {QStringLiteral("pending"), QStringLiteral("done"),
                                             QStringLiteral("failed"), QStringLiteral("skipped")};
        text += csv::row({result.username, keywords.at(int(result.outcome)),
                          result.changed ? QStringLiteral("true") : QStringLiteral("false"),
                          result.message});
    }
    return text;
}

} // namespace tessera::pool
