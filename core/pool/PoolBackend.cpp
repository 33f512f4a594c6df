// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolBackend.h"

#include <QJsonArray>

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

// DescribeRiskConfiguration's and SetRiskConfiguration's answer, read; a backend without them
// says why.
QFuture<PoolOutcome<RiskConfig>> riskAnswer(QFuture<PoolResult> future)
{
    return future.then([](const PoolResult& result) -> PoolOutcome<RiskConfig> {
        if (!result) {
            return riskUnavailable(result.error());
        }
        return RiskConfig::fromJson(result->value(QStringLiteral("RiskConfiguration")).toObject());
    });
}

} // namespace

QFuture<PoolOutcome<Page<UserPool>>> PoolBackend::listUserPools(int maxResults,
                                                                const QString& nextToken)
{
    QJsonObject request{{QStringLiteral("MaxResults"), maxResults}};
    if (!nextToken.isEmpty()) {
        request.insert(QStringLiteral("NextToken"), nextToken);
    }
    return mapped<Page<UserPool>>(
        call(QStringLiteral("ListUserPools"), request), [](const QJsonObject& response) {
            Page<UserPool> page;
            const QJsonArray pools = response.value(QStringLiteral("UserPools")).toArray();
            page.items.reserve(pools.size());
            for (const auto& pool : pools) {
                page.items << UserPool::fromJson(pool.toObject());
            }
            page.nextToken = response.value(QStringLiteral("NextToken")).toString();
            return page;
        });
}

QFuture<PoolOutcome<UserPool>> PoolBackend::createUserPool(const QString& name)
{
    return mapped<UserPool>(call(QStringLiteral("CreateUserPool"),
                                 {{QStringLiteral("PoolName"), name},
                                  {QStringLiteral("MfaConfiguration"), QStringLiteral("OFF")}}),
                            [](const QJsonObject& response) {
                                return UserPool::fromJson(
                                    response.value(QStringLiteral("UserPool")).toObject());
                            });
}

QFuture<PoolResult> PoolBackend::updateUserPool(const UserPool& pool)
{
    return call(QStringLiteral("UpdateUserPool"), pool.updateRequest());
}

QFuture<PoolResult> PoolBackend::deleteUserPool(const QString& userPoolId)
{
    return call(QStringLiteral("DeleteUserPool"), {{kUserPoolId, userPoolId}});
}

QFuture<PoolOutcome<RiskConfig>> PoolBackend::describeRiskConfiguration(const QString& userPoolId,
                                                                        const QString& clientId)
{
    QJsonObject request{{kUserPoolId, userPoolId}};
    if (!clientId.isEmpty()) {
        request.insert(QStringLiteral("ClientId"), clientId);
    }
    return riskAnswer(call(QStringLiteral("DescribeRiskConfiguration"), request));
}

QFuture<PoolOutcome<RiskConfig>> PoolBackend::setRiskConfiguration(const RiskConfig& config)
{
    if (auto valid = config.validate(); !valid) {
        return QtFuture::makeReadyFuture(PoolOutcome<RiskConfig>(valid.error()));
    }
    QJsonObject request = config.toJson();
    request.remove(QStringLiteral("LastModifiedDate"));
    if (config.clientId.isEmpty()) {
        request.remove(QStringLiteral("ClientId"));
    }
    return riskAnswer(call(QStringLiteral("SetRiskConfiguration"), request));
}

QFuture<PoolOutcome<EnrolmentSummary>> PoolBackend::enrolmentSummary(const QString& userPoolId)
{
    Q_UNUSED(userPoolId)
    return QtFuture::makeReadyFuture(
        PoolOutcome<EnrolmentSummary>(PoolError::unsupported(QStringLiteral("EnrolmentSummary"))));
}

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
        [](const QJsonObject& response) { return MfaConfig::fromResponse(response); });
}

QFuture<PoolOutcome<MfaConfig>> PoolBackend::setUserPoolMfaConfig(const QString& userPoolId,
                                                                  const MfaConfig& config)
{
    QJsonObject request = config.toJson();
    request.insert(kUserPoolId, userPoolId);
    return mapped<MfaConfig>(
        call(QStringLiteral("SetUserPoolMfaConfig"), request),
        [](const QJsonObject& response) { return MfaConfig::fromResponse(response); });
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
