// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolBackend.h"
#include "RequestPacer.h"
#include "UserAction.h"

#include <QList>
#include <QObject>
#include <QString>

namespace tessera::pool {

// What one user's part of a run came to.
struct BulkItemResult
{
    enum class Outcome
    {
        Pending,
        Done,
        Failed,  // the message is the service's
        Skipped, // the message says why
    };
    QString username;
    Outcome outcome = Outcome::Pending;
    QString message;
    // Whether the user was changed (true for Done; also for a Failed forget-devices run that
    // forgot some devices before it stopped).
    bool changed = false;
};

// Carries out one UserAction on a list of users, one user at a time, each request paced by a
// RequestPacer (which also retries throttled answers with backoff). One user's failure is
// recorded and the run goes on; cancel() lets the request in flight finish (so its outcome is
// known, not guessed) and marks the users not reached as skipped. The detail pane runs its
// actions through it too, as a run of one.
class BulkUserRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUserRun)

public:
    using Outcome = BulkItemResult::Outcome;

    // `pacer` may be shared with other work; when null the run paces itself at the default rate.
    BulkUserRun(PoolBackend& backend, QString userPoolId, UserAction action, QList<PoolUser> users,
                RequestPacer* pacer = nullptr, QObject* parent = nullptr);
    ~BulkUserRun() override;

    const UserAction& action() const { return m_action; }
    int total() const { return int(m_results.size()); }
    int finishedCount() const { return m_next - (m_busy ? 1 : 0); }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }

    // Starts the run (once).
    void start();
    // Stops after the request in flight; the users not reached are skipped.
    void cancel();

    // One per user, in the order given; Pending until the user's turn is over.
    const QList<BulkItemResult>& results() const { return m_results; }
    int count(Outcome outcome) const;
    // The users the run changed, in order: after a cancel, exactly those.
    QStringList changedUsers() const;
    // One paragraph for the end of a run: counts, and after a cancel the users changed.
    QString summary() const;
    // username,result,changed,message with a header row (csv::row quoting).
    QString resultsCsv() const;
    static QString outcomeWords(Outcome outcome);

signals:
    void itemFinished(int index);
    void progress(int finished, int total);
    void finished();

private:
    void next();
    void finishUser(Outcome outcome, const QString& message, bool changed);
    void runStep(const PoolUser& user);
    void forgetDevices(const QString& username, QList<UserDevice> devices, int forgotten);
    // Schedules `request` on the pacer and calls `then` with its answer on this thread.
    template <typename T>
    void paced(std::function<QFuture<Expected<T, PoolError>>()> request,
               std::function<void(const Expected<T, PoolError>&)> then);
    void failed(const PoolError& error, bool changed = false);

    PoolBackend& m_backend;
    QString m_poolId;
    UserAction m_action;
    QList<PoolUser> m_users;
    QList<BulkItemResult> m_results;
    RequestPacer* m_pacer = nullptr;
    // The request last scheduled on the pacer.
    RequestPacer::Ticket m_ticket = 0;
    int m_next = 0;
    bool m_busy = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace tessera::pool
