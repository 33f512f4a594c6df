// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolAdministration.h"

#include "PageRequest.h"
#include "pool/JsonFields.h"

#include <QJsonArray>

namespace tessera::pool::local {

namespace {

const QString kUserPoolId = QStringLiteral("UserPoolId");
const QString kClientId = QStringLiteral("ClientId");
const QStringView kIdAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const QStringView kClientAlphabet = u"abcdefghijklmnopqrstuvwxyz0123456789";

} // namespace

PoolResult PoolAdministration::createUserPool(const QJsonObject& request)
{
    const auto name =
        json::requiredString(request, QStringLiteral("PoolName"), QStringLiteral("poolName"));
    if (!name) {
        return name.failure();
    }
    UserPool pool = UserPool::fromJson(request);
    MfaConfig mfa;
    mfa.mode = pool.mfaMode;
    if (pool.mfaMode != MfaMode::Off && pool.smsConfiguration) {
        mfa.sms = SmsMfaConfig{pool.smsAuthenticationMessage, std::nullopt};
    }
    if (auto done = mfa.validate(pool.smsConfiguration); !done) {
        return done.failure();
    }
    if (auto done = pool.validate(); !done) {
        return done.failure();
    }
    pool.id = m_services.region + QLatin1Char('_') + m_services.randomChars(9, kIdAlphabet);
    pool.arn = QStringLiteral("arn:aws:cognito-idp:%1:000000000000:userpool/%2")
                   .arg(m_services.region, pool.id);
    pool.creationDate = pool.lastModifiedDate = m_services.now();
    if (auto done = m_services.store.createPool(pool, mfa); !done) {
        return done.failure();
    }
    return QJsonObject{{QStringLiteral("UserPool"), pool.toJson()}};
}

PoolResult PoolAdministration::listUserPools(const QJsonObject& request)
{
    if (!request.contains(QStringLiteral("MaxResults"))) {
        return PoolError::invalidParameter(
            QStringLiteral("1 validation error detected: Value null at "
                           "'maxResults' failed to satisfy constraint: "
                           "Member must not be null"));
    }
    const auto page = PageRequest::of(QStringLiteral("ListUserPools"), request);
    if (!page) {
        return page.failure();
    }
    auto found = m_services.store.listPools(page->after().value_or(QString()), page->fetchSize());
    if (!found) {
        return found.failure();
    }
    const bool more = page->trim(*found);
    QJsonArray pools;
    for (const UserPool& pool : std::as_const(*found)) {
        pools.append(pool.toSummaryJson());
    }
    QJsonObject response{{QStringLiteral("UserPools"), pools}};
    if (more) {
        page->continueAfter(response, found->last().id);
    }
    return response;
}

PoolResult PoolAdministration::describeUserPool(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    auto pool = m_services.store.loadPool(poolId);
    if (!pool) {
        return pool.failure();
    }
    const auto mfa = m_services.store.loadMfaConfig(poolId);
    if (!mfa) {
        return mfa.failure();
    }
    pool->mfaMode = mfa->mode;
    if (mfa->sms) {
        pool->smsAuthenticationMessage = mfa->sms->smsAuthenticationMessage;
    }
    if (const auto count = m_services.store.countUsers(poolId)) {
        pool->estimatedNumberOfUsers = *count;
    }
    return QJsonObject{{QStringLiteral("UserPool"), pool->toJson()}};
}

PoolResult PoolAdministration::updateUserPool(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    auto pool = m_services.store.loadPool(poolId);
    if (!pool) {
        return pool.failure();
    }
    auto mfa = m_services.store.loadMfaConfig(poolId);
    if (!mfa) {
        return mfa.failure();
    }
    if (auto done = pool->update(request); !done) {
        return done.failure();
    }
    if (request.contains(QStringLiteral("MfaConfiguration"))) {
        const auto mode =
            mfaModeFromName(request.value(QStringLiteral("MfaConfiguration")).toString());
        if (!mode) {
            return PoolError::validation(
                request.value(QStringLiteral("MfaConfiguration")).toString(),
                QStringLiteral("mfaConfiguration"),
                QStringLiteral("Member must satisfy enum value set: [OFF, ON, OPTIONAL]"));
        }
        mfa->mode = *mode;
        if (auto done = mfa->validate(pool->smsConfiguration); !done) {
            return done.failure();
        }
    }
    pool->mfaMode = mfa->mode;
    pool->lastModifiedDate = m_services.now();
    if (auto done = m_services.store.savePool(*pool); !done) {
        return done.failure();
    }
    if (auto done = m_services.store.saveMfaConfig(poolId, *mfa); !done) {
        return done.failure();
    }
    return QJsonObject{};
}

PoolResult PoolAdministration::deleteUserPool(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    if (auto done = m_services.store.deleteUserPool(poolId); !done) {
        return done.failure();
    }
    return QJsonObject{};
}

PoolResult PoolAdministration::createUserPoolClient(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const auto name =
        json::requiredString(request, QStringLiteral("ClientName"), QStringLiteral("clientName"));
    if (!name) {
        return name.failure();
    }
    UserPoolClient client = UserPoolClient::fromJson(request);
    if (auto done = client.validate(); !done) {
        return done.failure();
    }
    client.clientId = m_services.randomChars(26, kClientAlphabet);
    client.creationDate = client.lastModifiedDate = m_services.now();
    if (auto done = m_services.store.createClient(poolId, client); !done) {
        return done.failure();
    }
    return QJsonObject{{QStringLiteral("UserPoolClient"), client.toJson()}};
}

PoolResult PoolAdministration::listUserPoolClients(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const auto found = m_services.store.listClients(poolId);
    if (!found) {
        return found.failure();
    }
    QJsonArray clients;
    for (const UserPoolClient& client : *found) {
        clients.append(client.toSummaryJson());
    }
    return QJsonObject{{QStringLiteral("UserPoolClients"), clients}};
}

PoolResult PoolAdministration::describeUserPoolClient(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const auto client = clientOf(poolId, request.value(kClientId).toString());
    if (!client) {
        return client.failure();
    }
    return QJsonObject{{QStringLiteral("UserPoolClient"), client->toJson()}};
}

PoolResult PoolAdministration::getUserPoolMfaConfig(const QJsonObject& request)
{
    const auto mfa = m_services.store.loadMfaConfig(request.value(kUserPoolId).toString());
    if (!mfa) {
        return mfa.failure();
    }
    return mfa->toJson();
}

PoolResult PoolAdministration::setUserPoolMfaConfig(const QJsonObject& request)
{
    const auto poolId = json::requiredString(request, kUserPoolId, QStringLiteral("userPoolId"));
    if (!poolId) {
        return poolId.failure();
    }
    auto pool = m_services.store.loadPool(*poolId);
    if (!pool) {
        return pool.failure();
    }
    auto config = MfaConfig::fromJson(request);
    if (!config) {
        return config.failure();
    }
    if (auto done = config->validate(pool->smsConfiguration); !done) {
        return done.failure();
    }
    if (config->sms && !config->sms->smsConfiguration) {
        config->sms->smsConfiguration = pool->smsConfiguration;
    }
    if (config->sms) {
        pool->smsConfiguration = config->sms->smsConfiguration;
        pool->smsAuthenticationMessage = config->sms->smsAuthenticationMessage;
    }
    pool->mfaMode = config->mode;
    pool->lastModifiedDate = m_services.now();
    if (auto done = m_services.store.savePool(*pool); !done) {
        return done.failure();
    }
    if (auto done = m_services.store.saveMfaConfig(*poolId, *config); !done) {
        return done.failure();
    }
    return config->toJson();
}

PoolResult PoolAdministration::describeRiskConfiguration(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const RiskConfig config =
        m_services.store.loadRiskConfig(poolId, request.value(kClientId).toString());
    return QJsonObject{{QStringLiteral("RiskConfiguration"), config.toJson()}};
}

PoolResult PoolAdministration::setRiskConfiguration(const QJsonObject& request)
{
    const QString poolId = request.value(kUserPoolId).toString();
    if (auto pool = m_services.store.loadPool(poolId); !pool) {
        return pool.failure();
    }
    const QString clientId = request.value(kClientId).toString();
    if (!clientId.isEmpty()) {
        if (const auto client = clientOf(poolId, clientId); !client) {
            return client.failure();
        }
    }
    auto config = RiskConfig::fromJson(request);
    if (!config) {
        return config.failure();
    }
    if (auto valid = config->validate(); !valid) {
        return valid.failure();
    }
    config->lastModifiedDate = m_services.now();
    if (auto done = m_services.store.saveRiskConfig(poolId, clientId, *config); !done) {
        return done.failure();
    }
    return QJsonObject{{QStringLiteral("RiskConfiguration"), config->toJson()}};
}

Expected<UserPoolClient, PoolError> PoolAdministration::clientOf(const QString& poolId,
                                                                 const QString& clientId)
{
    auto client = m_services.store.loadClient(clientId);
    if (!client || client->userPoolId != poolId) {
        return PoolError::clientNotFound(clientId);
    }
    return client;
}

} // namespace tessera::pool::local
