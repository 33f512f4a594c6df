// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaChangePlan.h"
#include "pool/PoolConnection.h"
#include "pool/RequestPacer.h"
#include "widgets/BackgroundWork.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

namespace tessera::pool::lab {
class LabVault;
}

namespace tessera::ui::console {

// The console's one way to a pool backend, as VaultSession is the authenticator's way to the
// vault: it owns the backend of the current connection, runs every call asynchronously and
// delivers answers on the UI thread. Each connection (and each cancel) starts a new generation;
// an answer from an older generation is dropped, so a slow reply never lands on a view that has
// moved on.
class PoolSession : public QObject
{
    Q_OBJECT

public:
    explicit PoolSession(QObject* parent = nullptr);
    ~PoolSession() override;

    // Opens `connection` and probes it with one ListUserPools request; connected() or
    // connectionFailed() follows. The previous connection is closed first.
    void connectTo(const pool::PoolConnection& connection);
    void disconnectFromBackend();
    // The same with a backend opened elsewhere (tests give a fake one).
    void connectTo(const pool::PoolConnection& connection, pool::OpenedBackend opened);

    bool isConnected() const { return m_connected; }
    const pool::PoolConnection& connection() const { return m_connection; }
    pool::PoolBackend* backend() const { return m_opened.backend.get(); }
    pool::local::LocalPoolEngine* localEngine() const { return m_opened.local; }
    // Whether the backend serves `operation` (false when not connected).
    bool supports(const QString& operation) const;

    // The unlocked vault as the shell lends it to the sign-in lab and the enrolment bridge (null:
    // no vault; codes are typed). The console does not know the authenticator.
    void setLabVault(pool::lab::LabVault* vault) { m_labVault = vault; }
    pool::lab::LabVault* labVault() const { return m_labVault; }

    quint64 generation() const { return m_generation; }
    int pendingCount() const { return m_pending; }

    // Calls `done(outcome)` on the UI thread when `future` finishes, unless the session moved on
    // (another connection, cancelPending()) or `context` was destroyed first.
    template <typename T>
    void request(QFuture<Expected<T, pool::PoolError>> future, QObject* context,
                 std::function<void(const Expected<T, pool::PoolError>&)> done)
    {
        const quint64 generation = m_generation;
        QPointer<QObject> guard(context);
        setPending(m_pending + 1);
        auto finish = [this, guard, generation,
                       done = std::move(done)](const Expected<T, pool::PoolError>& outcome) {
            if (generation != m_generation) {
                return; // pending was reset when the generation moved on
            }
            setPending(m_pending - 1);
            if (!guard.isNull()) {
                done(outcome);
            }
        };
        whenFinished(this, future, finish, [finish] { finish(canceledError()); });
        m_inFlight.append(QFuture<void>(future));
    }

    // The one pace of this connection: every per-user or repeated request the console makes (the
    // table's MFA reads, the detail pane, bulk runs, exports, the enrolment full count) goes
    // through it, so together they never exceed its rate. Disconnecting cancels what it holds.
    pool::RequestPacer& pacer() { return m_pacer; }

    // request() for a call made when the pacer allows it; the ticket cancels it (pacer().cancel).
    // What a person just asked for (the default) goes before background work.
    template <typename T>
    pool::RequestPacer::Ticket
    paced(std::function<QFuture<Expected<T, pool::PoolError>>()> call, QObject* context,
          std::function<void(const Expected<T, pool::PoolError>&)> done,
          pool::RequestPacer::Urgency urgency = pool::RequestPacer::Urgency::OnScreen)
    {
        auto scheduled = m_pacer.schedule<T>(std::move(call), urgency);
        request<T>(scheduled.future, context, std::move(done));
        return scheduled.ticket;
    }

    // Drops every answer still on its way and cancels the requests that can be cancelled.
    void cancelPending();

    // Applies a plan: SetUserPoolMfaConfig, then UpdateUserPool, then SetRiskConfiguration, as
    // the plan says. When a request fails after earlier ones succeeded, those are undone (what
    // was in force is sent back, newest first), so nothing is left half-applied. `done` gets the
    // first error, if any.
    void applyPlan(const pool::MfaChangePlan& plan, const pool::MfaPolicy& inForce,
                   QObject* context,
                   std::function<void(const Expected<void, pool::PoolError>&)> done);

    // One sentence saying what went wrong with a connection, for a person to act on.
    QString explain(const pool::PoolError& error) const;

signals:
    void connecting(const tessera::pool::PoolConnection& connection);
    void connected();
    void connectionFailed(const QString& sentence);
    void disconnected();
    // Requests are in flight (true) or all have answered (false).
    void busyChanged(bool busy);
    // Pools were created, deleted or changed through this session.
    void poolsChanged();

private:
    // One request of a plan, and the request that puts back what it changed.
    struct PlanStep
    {
        std::function<QFuture<Expected<void, pool::PoolError>>()> apply;
        std::function<QFuture<Expected<void, pool::PoolError>>()> undo;
    };
    void runSteps(QList<PlanStep> steps, qsizetype next, QObject* context,
                  std::function<void(const Expected<void, pool::PoolError>&)> done);
    void undoSteps(QList<PlanStep> applied, QObject* context, std::function<void()> finished);
    void probe(pool::OpenedBackend opened);
    void setPending(int pending);
    static pool::PoolError canceledError();

    pool::PoolConnection m_connection;
    pool::OpenedBackend m_opened;
    bool m_connected = false;
    quint64 m_generation = 0;
    int m_pending = 0;
    QList<QFuture<void>> m_inFlight;
    pool::RequestPacer m_pacer;
    pool::lab::LabVault* m_labVault = nullptr;
};

} // namespace tessera::ui::console
