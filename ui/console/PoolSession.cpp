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
    auto updatePool = [this, plan, inForce, poolId, context, done](bool undoMfaOnFailure) {
        request<QJsonObject>(
            m_opened.backend->updateUserPool(plan.edited.pool), context,
            [this, inForce, poolId, context, done,
             undoMfaOnFailure](const pool::PoolResult& result) {
                if (result) {
                    emit poolsChanged();
                    done({});
                    return;
                }
                const pool::PoolError error = result.failure();
                if (!undoMfaOnFailure) {
                    done(error);
                    return;
                }
                // Put the MFA configuration back as it was, then report the first failure.
                request<pool::MfaConfig>(
                    m_opened.backend->setUserPoolMfaConfig(poolId, inForce.mfa), context,
                    [done, error](const Expected<pool::MfaConfig, pool::PoolError>&) { done(error); });
            });
    };
    if (!plan.setsMfaConfig) {
        updatePool(false);
        return;
    }
    request<pool::MfaConfig>(
        m_opened.backend->setUserPoolMfaConfig(poolId, plan.edited.mfa), context,
        [this, plan, done, updatePool](const Expected<pool::MfaConfig, pool::PoolError>& result) {
            if (!result) {
                done(result.failure());
                return;
            }
            if (plan.updatesPool) {
                updatePool(true);
                return;
            }
            emit poolsChanged();
            done({});
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
