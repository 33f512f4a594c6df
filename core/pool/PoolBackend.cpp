// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolBackend.h"

#include "JsonFields.h"

#include <QJsonArray>

#include <algorithm>

namespace tessera::pool {

namespace {

// A future of the response converted by `convert`, errors passed through unchanged.
template <typename T, typename Convert>
QFuture<Expected<T, PoolError>> mapped(QFuture<PoolResult> future, Convert convert)
{
    return future.then([convert](const PoolResult& result) -> Expected<T, PoolError> {
        if (!result) {
            return result.failure();
        }
        return convert(*result);
    });
}

const QString kUserPoolId = QStringLiteral("UserPoolId");

// DescribeRiskConfiguration's and SetRiskConfiguration's answer, read; a backend without them
// says why.
QFuture<Expected<RiskConfig, PoolError>> riskAnswer(QFuture<PoolResult> future)
{
    return future.then([](const PoolResult& result) -> Expected<RiskConfig, PoolError> {
        if (!result) {
            return riskUnavailable(result.failure());
        }
        return RiskConfig::fromJson(result->value(QStringLiteral("RiskConfiguration")).toObject());
    });
}

} // namespace

QFuture<Expected<Page<UserPool>, PoolError>> PoolBackend::listUserPools(int maxResults,
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

QFuture<Expected<UserPool, PoolError>> PoolBackend::createUserPool(const QString& name)
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

QFuture<Expected<RiskConfig, PoolError>>
PoolBackend::describeRiskConfiguration(const QString& userPoolId, const QString& clientId)
{
    QJsonObject request{{kUserPoolId, userPoolId}};
    if (!clientId.isEmpty()) {
        request.insert(QStringLiteral("ClientId"), clientId);
    }
    return riskAnswer(call(QStringLiteral("DescribeRiskConfiguration"), request));
}

QFuture<Expected<RiskConfig, PoolError>> PoolBackend::setRiskConfiguration(const RiskConfig& config)
{
    if (auto valid = config.validate(); !valid) {
        return QtFuture::makeReadyFuture(Expected<RiskConfig, PoolError>(valid.failure()));
    }
    QJsonObject request = config.toJson();
    request.remove(QStringLiteral("LastModifiedDate"));
    if (config.clientId.isEmpty()) {
        request.remove(QStringLiteral("ClientId"));
    }
    return riskAnswer(call(QStringLiteral("SetRiskConfiguration"), request));
}

QFuture<Expected<EnrolmentSummary, PoolError>>
PoolBackend::enrolmentSummary(const QString& userPoolId)
{
    Q_UNUSED(userPoolId)
    return QtFuture::makeReadyFuture(Expected<EnrolmentSummary, PoolError>(
        PoolError::unsupported(QStringLiteral("EnrolmentSummary"))));
}

QFuture<Expected<UserPool, PoolError>> PoolBackend::describeUserPool(const QString& userPoolId)
{
    return mapped<UserPool>(call(QStringLiteral("DescribeUserPool"), {{kUserPoolId, userPoolId}}),
                            [](const QJsonObject& response) {
                                return UserPool::fromJson(
                                    response.value(QStringLiteral("UserPool")).toObject());
                            });
}

QFuture<Expected<MfaConfig, PoolError>> PoolBackend::getUserPoolMfaConfig(const QString& userPoolId)
{
    return mapped<MfaConfig>(
        call(QStringLiteral("GetUserPoolMfaConfig"), {{kUserPoolId, userPoolId}}),
        [](const QJsonObject& response) { return MfaConfig::fromResponse(response); });
}

QFuture<Expected<MfaConfig, PoolError>> PoolBackend::setUserPoolMfaConfig(const QString& userPoolId,
                                                                          const MfaConfig& config)
{
    QJsonObject request = config.toJson();
    request.insert(kUserPoolId, userPoolId);
    return mapped<MfaConfig>(
        call(QStringLiteral("SetUserPoolMfaConfig"), request),
        [](const QJsonObject& response) { return MfaConfig::fromResponse(response); });
}

QFuture<Expected<PoolUser, PoolError>> PoolBackend::adminGetUser(const QString& userPoolId,
                                                                 const QString& username)
{
    return mapped<PoolUser>(
        call(QStringLiteral("AdminGetUser"),
             {{kUserPoolId, userPoolId}, {QStringLiteral("Username"), username}}),
        [](const QJsonObject& response) { return PoolUser::fromJson(response); });
}

QJsonObject ListUsersQuery::toRequest(const QString& userPoolId) const
{
    QJsonObject request{{kUserPoolId, userPoolId},
                        {QStringLiteral("Limit"), std::clamp(limit, 1, kMaxLimit)}};
    if (filter) {
        request.insert(QStringLiteral("Filter"), filter->toString());
    }
    if (!paginationToken.isEmpty()) {
        request.insert(QStringLiteral("PaginationToken"), paginationToken);
    }
    if (!attributesToGet.isEmpty()) {
        request.insert(QStringLiteral("AttributesToGet"),
                       QJsonArray::fromStringList(attributesToGet));
    }
    return request;
}

QFuture<Expected<Page<PoolUser>, PoolError>> PoolBackend::listUsers(const QString& userPoolId,
                                                                    const ListUsersQuery& query)
{
    return mapped<Page<PoolUser>>(
        call(QStringLiteral("ListUsers"), query.toRequest(userPoolId)),
        [](const QJsonObject& response) {
            Page<PoolUser> page;
            const QJsonArray users = response.value(QStringLiteral("Users")).toArray();
            page.items.reserve(users.size());
            for (const auto& user : users) {
                page.items << PoolUser::fromJson(user.toObject());
            }
            page.nextToken = response.value(QStringLiteral("PaginationToken")).toString();
            return page;
        });
}

QFuture<Expected<QMap<QString, UserFactors>, PoolError>>
PoolBackend::userFactors(const QString& userPoolId, const QStringList& usernames)
{
    Q_UNUSED(userPoolId)
    Q_UNUSED(usernames)
    return QtFuture::makeReadyFuture(Expected<QMap<QString, UserFactors>, PoolError>(
        PoolError::unsupported(QStringLiteral("UserFactors"))));
}

QFuture<Expected<AuthResponse, PoolError>> PoolBackend::initiateAuth(const QJsonObject& request)
{
    return mapped<AuthResponse>(
        call(QStringLiteral("InitiateAuth"), request),
        [](const QJsonObject& response) { return AuthResponse::fromJson(response); });
}

QFuture<Expected<AuthResponse, PoolError>>
PoolBackend::respondToAuthChallenge(const QJsonObject& request)
{
    return mapped<AuthResponse>(
        call(QStringLiteral("RespondToAuthChallenge"), request),
        [](const QJsonObject& response) { return AuthResponse::fromJson(response); });
}

// --- One user's administration (issue 13, items 4-7) ---

namespace {

const QString kUsername = QStringLiteral("Username");

// A future of success or the error, the response body dropped.
QFuture<Expected<void, PoolError>> discarded(QFuture<PoolResult> future)
{
    return future.then([](const PoolResult& result) -> Expected<void, PoolError> {
        if (!result) {
            return result.failure();
        }
        return {};
    });
}

// A list operation's page: `listMember`'s items read with T::fromJson, and the next token.
template <typename T>
Page<T> pageOf(const QJsonObject& response, const QString& listMember, const QString& tokenMember)
{
    Page<T> page;
    for (const QJsonValue item : response.value(listMember).toArray()) {
        page.items << T::fromJson(item.toObject());
    }
    page.nextToken = response.value(tokenMember).toString();
    return page;
}

QJsonObject userRequest(const QString& userPoolId, const QString& username)
{
    return {{kUserPoolId, userPoolId}, {kUsername, username}};
}

} // namespace

QFuture<Expected<void, PoolError>> PoolBackend::adminEnableUser(const QString& userPoolId,
                                                                const QString& username)
{
    return discarded(call(QStringLiteral("AdminEnableUser"), userRequest(userPoolId, username)));
}

QFuture<Expected<void, PoolError>> PoolBackend::adminDisableUser(const QString& userPoolId,
                                                                 const QString& username)
{
    return discarded(call(QStringLiteral("AdminDisableUser"), userRequest(userPoolId, username)));
}

QFuture<Expected<void, PoolError>> PoolBackend::adminResetUserPassword(const QString& userPoolId,
                                                                       const QString& username)
{
    return discarded(
        call(QStringLiteral("AdminResetUserPassword"), userRequest(userPoolId, username)));
}

QFuture<Expected<void, PoolError>> PoolBackend::adminDeleteUser(const QString& userPoolId,
                                                                const QString& username)
{
    return discarded(call(QStringLiteral("AdminDeleteUser"), userRequest(userPoolId, username)));
}

QFuture<Expected<void, PoolError>>
PoolBackend::adminSetUserMfaPreference(const QString& userPoolId, const QString& username,
                                       const MfaPreferenceChange& change)
{
    QJsonObject request = change.toJson();
    request.insert(kUserPoolId, userPoolId);
    request.insert(kUsername, username);
    return discarded(call(QStringLiteral("AdminSetUserMFAPreference"), request));
}

QFuture<Expected<Page<UserDevice>, PoolError>>
PoolBackend::adminListDevices(const QString& userPoolId, const QString& username, int limit,
                              const QString& paginationToken)
{
    QJsonObject request = userRequest(userPoolId, username);
    request.insert(QStringLiteral("Limit"), limit);
    json::putIfNotEmpty(request, QStringLiteral("PaginationToken"), paginationToken);
    return mapped<Page<UserDevice>>(
        call(QStringLiteral("AdminListDevices"), request), [](const QJsonObject& response) {
            return pageOf<UserDevice>(response, QStringLiteral("Devices"),
                                      QStringLiteral("PaginationToken"));
        });
}

QFuture<Expected<void, PoolError>> PoolBackend::adminForgetDevice(const QString& userPoolId,
                                                                  const QString& username,
                                                                  const QString& deviceKey)
{
    QJsonObject request = userRequest(userPoolId, username);
    request.insert(QStringLiteral("DeviceKey"), deviceKey);
    return discarded(call(QStringLiteral("AdminForgetDevice"), request));
}

QFuture<Expected<Page<AuthEvent>, PoolError>>
PoolBackend::adminListUserAuthEvents(const QString& userPoolId, const QString& username,
                                     int maxResults, const QString& nextToken)
{
    QJsonObject request = userRequest(userPoolId, username);
    request.insert(QStringLiteral("MaxResults"), maxResults);
    json::putIfNotEmpty(request, QStringLiteral("NextToken"), nextToken);
    return mapped<Page<AuthEvent>>(
        call(QStringLiteral("AdminListUserAuthEvents"), request), [](const QJsonObject& response) {
            return pageOf<AuthEvent>(response, QStringLiteral("AuthEvents"),
                                     QStringLiteral("NextToken"));
        });
}

QFuture<Expected<PoolUser, PoolError>> PoolBackend::adminCreateUser(const QString& userPoolId,
                                                                    const NewUser& user)
{
    if (auto valid = user.validate(); !valid) {
        return QtFuture::makeReadyFuture(Expected<PoolUser, PoolError>(valid.failure()));
    }
    return mapped<PoolUser>(call(QStringLiteral("AdminCreateUser"), user.toRequest(userPoolId)),
                            [](const QJsonObject& response) {
                                return PoolUser::fromJson(
                                    response.value(QStringLiteral("User")).toObject());
                            });
}

QFuture<Expected<bool, PoolError>> PoolBackend::probeWebAuthn()
{
    // No access token is "-": every endpoint that has the operation refuses it as a token.
    return call(QStringLiteral("ListWebAuthnCredentials"),
                {{QStringLiteral("AccessToken"), QStringLiteral("-")}})
        .then([](const PoolResult& answer) -> Expected<bool, PoolError> {
            return answer || answer.failure().type != QLatin1String(errors::kUnsupportedOperation);
        });
}

QFuture<Expected<QList<UserPasskey>, PoolError>>
PoolBackend::userPasskeys(const QString& userPoolId, const QString& username)
{
    Q_UNUSED(userPoolId)
    Q_UNUSED(username)
    return QtFuture::makeReadyFuture(Expected<QList<UserPasskey>, PoolError>(
        PoolError::unsupported(QStringLiteral("ListWebAuthnCredentials"))));
}

QFuture<Expected<void, PoolError>> PoolBackend::deleteUserPasskey(const QString& userPoolId,
                                                                  const QString& username,
                                                                  const QString& credentialId)
{
    Q_UNUSED(userPoolId)
    Q_UNUSED(username)
    Q_UNUSED(credentialId)
    return QtFuture::makeReadyFuture(Expected<void, PoolError>(
        PoolError::unsupported(QStringLiteral("DeleteWebAuthnCredential"))));
}

} // namespace tessera::pool
