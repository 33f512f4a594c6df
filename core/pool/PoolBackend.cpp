// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolBackend.h"

namespace tessera::pool {

namespace {

// A future of the response converted by `convert`, errors passed through unchanged.
template <typename T, typename Convert>
QFuture<PoolOutcome<T>> mapped(QFuture<PoolResult> future, Convert convert)
{
    return future.then([convert](const PoolResult& result) -> PoolOutcome<T> {
        if (!result) {
            return result.error();
        }
        return convert(*result);
    });
}

const QString kUserPoolId = QStringLiteral("UserPoolId");

} // namespace

QFuture<PoolOutcome<UserPool>> PoolBackend::describeUserPool(const QString& userPoolId)
{
    return mapped<UserPool>(call(QStringLiteral("DescribeUserPool"), {{kUserPoolId, userPoolId}}),
                            [](const QJsonObject& response) {
                                return UserPool::fromJson(
                                    response.value(QStringLiteral("UserPool")).toObject());
                            });
}

QFuture<PoolOutcome<MfaConfig>> PoolBackend::getUserPoolMfaConfig(const QString& userPoolId)
{
    return mapped<MfaConfig>(
        call(QStringLiteral("GetUserPoolMfaConfig"), {{kUserPoolId, userPoolId}}),
        [](const QJsonObject& response) { return MfaConfig::fromJson(response); });
}

QFuture<PoolOutcome<MfaConfig>> PoolBackend::setUserPoolMfaConfig(const QString& userPoolId,
                                                                  const MfaConfig& config)
{
    QJsonObject request = config.toJson();
    request.insert(kUserPoolId, userPoolId);
    return mapped<MfaConfig>(
        call(QStringLiteral("SetUserPoolMfaConfig"), request),
        [](const QJsonObject& response) { return MfaConfig::fromJson(response); });
}

QFuture<PoolOutcome<PoolUser>> PoolBackend::adminGetUser(const QString& userPoolId,
                                                         const QString& username)
{
    return mapped<PoolUser>(
        call(QStringLiteral("AdminGetUser"),
             {{kUserPoolId, userPoolId}, {QStringLiteral("Username"), username}}),
        [](const QJsonObject& response) { return PoolUser::fromJson(response); });
}

QFuture<PoolOutcome<AuthResponse>> PoolBackend::initiateAuth(const QJsonObject& request)
{
    return mapped<AuthResponse>(
        call(QStringLiteral("InitiateAuth"), request),
        [](const QJsonObject& response) { return AuthResponse::fromJson(response); });
}

QFuture<PoolOutcome<AuthResponse>> PoolBackend::respondToAuthChallenge(const QJsonObject& request)
{
    return mapped<AuthResponse>(
        call(QStringLiteral("RespondToAuthChallenge"), request),
        [](const QJsonObject& response) { return AuthResponse::fromJson(response); });
}

} // namespace tessera::pool
