// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolSession.h"

#include "pool/PoolError.h"

namespace tessera::ui::console {

PoolSession::PoolSession(QObject* parent) : QObject(parent) {}

PoolSession::~PoolSession()
{
    cancelPending();
}

bool PoolSession::supports(const QString& operation) const
{
    return m_opened.backend && m_opened.backend->supports(operation);
}

void PoolSession::connectTo(const pool::PoolConnection& connection)
{
    disconnectFromBackend();
    m_connection = connection;
    emit connecting(connection);
    auto opened = connection.open();
    if (!opened) {
        emit connectionFailed(opened.error());
        return;
    }
    probe(std::move(*opened));
}

void PoolSession::connectTo(const pool::PoolConnection& connection, pool::OpenedBackend opened)
{
    disconnectFromBackend();
    m_connection = connection;
    emit connecting(connection);
    probe(std::move(opened));
}

void PoolSession::probe(pool::OpenedBackend opened)
{
    m_opened = std::move(opened);
    // The probe: the smallest request every identity that can use the console may make.
    request<pool::Page<pool::UserPool>>(
        m_opened.backend->listUserPools(1), this,
        [this](const Expected<pool::Page<pool::UserPool>, pool::PoolError>& probe) {
            if (!probe) {
                const QString sentence = explain(probe.failure());
                m_opened = {};
                emit connectionFailed(sentence);
                return;
            }
            m_connected = true;
            emit connected();
        });
}

void PoolSession::disconnectFromBackend()
{
    cancelPending();
    // What waits for the pace would call a backend that is about to go.
    m_pacer.cancelAll();
    const bool was = m_connected || m_opened.backend != nullptr;
    m_connected = false;
    // Requests already running on the engine's worker hold no reference to the session; the
    // engine's destructor waits for them.
    m_opened = {};
    if (was) {
        emit disconnected();
    }
}

void PoolSession::cancelPending()
{
    ++m_generation;
    for (auto& future : m_inFlight) {
        future.cancel();
    }
    m_inFlight.clear();
    setPending(0);
}

void PoolSession::setPending(int pending)
{
    const bool wasBusy = m_pending > 0;
    m_pending = std::max(0, pending);
    if (m_pending == 0) {
        m_inFlight.clear();
    }
    if (wasBusy != (m_pending > 0)) {
        emit busyChanged(m_pending > 0);
    }
}

pool::PoolError PoolSession::canceledError()
{
    return pool::PoolError{QString::fromLatin1(pool::errors::kRequestCanceled),
                           tr("The request was cancelled.")};
}

namespace {

// A request reduced to whether it succeeded, so the plan's steps chain alike.
template <typename T>
QFuture<Expected<void, pool::PoolError>> succeeded(QFuture<Expected<T, pool::PoolError>> future)
{
    return future.then(
        [](const Expected<T, pool::PoolError>& outcome) -> Expected<void, pool::PoolError> {
            if (!outcome) {
                return outcome.failure();
            }
            return {};
        });
}

} // namespace

void PoolSession::applyPlan(const pool::MfaChangePlan& plan, const pool::MfaPolicy& inForce,
                            QObject* context,
                            std::function<void(const Expected<void, pool::PoolError>&)> done)
{
    if (!plan.canApply() || !m_opened.backend) {
        done(!plan.validation.ok()
                 ? plan.validation
                 : pool::PoolError::invalidParameter(tr("There is nothing to apply.")));
        return;
    }
    const QString poolId = plan.edited.pool.id;
    // Each request with the one that puts back what it changed, in the plan's order.
    QList<PlanStep> steps;
    if (plan.setsMfaConfig) {
        steps.append({[this, poolId, mfa = plan.edited.mfa] {
                          return succeeded(m_opened.backend->setUserPoolMfaConfig(poolId, mfa));
                      },
                      [this, poolId, mfa = inForce.mfa] {
                          return succeeded(m_opened.backend->setUserPoolMfaConfig(poolId, mfa));
                      }});
    }
    if (plan.updatesPool) {
        steps.append({[this, edited = plan.edited.pool] {
                          return succeeded(m_opened.backend->updateUserPool(edited));
                      },
                      [this, was = inForce.pool] {
                          return succeeded(m_opened.backend->updateUserPool(was));
                      }});
    }
    if (plan.setsRiskConfig && plan.edited.risk) {
        pool::RiskConfig edited = *plan.edited.risk;
        edited.userPoolId = poolId;
        // Without a configuration in force, "none" is every level at NO_ACTION and no lists.
        pool::RiskConfig was = inForce.risk.value_or(pool::RiskConfig{});
        was.userPoolId = poolId;
        steps.append(
            {[this, edited] { return succeeded(m_opened.backend->setRiskConfiguration(edited)); },
             [this, was] { return succeeded(m_opened.backend->setRiskConfiguration(was)); }});
    }
    runSteps(std::move(steps), 0, context, std::move(done));
}

void PoolSession::runSteps(QList<PlanStep> steps, qsizetype next, QObject* context,
                           std::function<void(const Expected<void, pool::PoolError>&)> done)
{
    if (next >= steps.size()) {
        emit poolsChanged();
        done({});
        return;
    }
    const PlanStep step = steps.at(next);
    request<void>(
        step.apply(), context,
        [this, steps, next, context, done](const Expected<void, pool::PoolError>& applied) {
            if (applied) {
                runSteps(steps, next + 1, context, done);
                return;
            }
            // Put back what the earlier steps changed, newest first, then report the
            // first failure; nothing is left half-applied. The undo runs even when
            // the asker has gone meanwhile.
            undoSteps(steps.mid(0, next), this,
                      [done, error = applied.failure(), guard = QPointer(context)] {
                          if (!guard.isNull()) {
                              done(error);
                          }
                      });
        });
}

void PoolSession::undoSteps(QList<PlanStep> applied, QObject* context,
                            std::function<void()> finished)
{
    if (applied.isEmpty()) {
        finished();
        return;
    }
    const PlanStep last = applied.takeLast();
    request<void>(last.undo(), context,
                  [this, applied, context, finished](const Expected<void, pool::PoolError>&) {
                      undoSteps(applied, context, finished);
                  });
}

QString PoolSession::explain(const pool::PoolError& error) const
{
    const QString& type = error.type;
    const QString profile =
        m_connection.profile.isEmpty() ? QStringLiteral("default") : m_connection.profile;
    if (type == QLatin1String("NoCredentialsError")) {
        return tr("No AWS keys were found for profile %1: run \"aws configure --profile %1\" or "
                  "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
            .arg(profile);
    }
    if (type == QLatin1String("ExpiredTokenException") || type == QLatin1String("ExpiredToken")) {
        return tr("The session token of profile %1 has expired: sign in again (for SSO, \"aws sso "
                  "login --profile %1\").")
            .arg(profile);
    }
    if (type == QLatin1String("UnrecognizedClientException") ||
        type == QLatin1String("InvalidSignatureException") ||
        type == QLatin1String("InvalidClientTokenId")) {
        return tr("AWS did not accept the keys of profile %1 (%2): check the access key and "
                  "secret, and that the region is right.")
            .arg(profile, type);
    }
    if (type == QLatin1String("AccessDeniedException")) {
        return tr("Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. "
                  "AWS said: %2")
            .arg(profile, error.message);
    }
    if (type == QLatin1String("NetworkError") || type == QLatin1String("RequestTimeout")) {
        return tr("The endpoint could not be reached (%1): check the URL or region and the "
                  "network.")
            .arg(error.message);
    }
    if (type == QLatin1String(pool::errors::kUnsupportedOperation)) {
        return tr("This endpoint does not list user pools: %1").arg(error.message);
    }
    return tr("%1: %2").arg(type, error.message);
}

} // namespace tessera::ui::console
