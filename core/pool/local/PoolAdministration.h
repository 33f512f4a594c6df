// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineServices.h"

#include <QJsonObject>

namespace tessera::pool::local {

// The local engine's operations on pools themselves: the pools, their app clients, their MFA
// configuration and their risk configuration, with Cognito's validation and errors.
class PoolAdministration
{
public:
    explicit PoolAdministration(EngineServices& services) : m_services(services) {}

    PoolResult createUserPool(const QJsonObject& request);
    PoolResult listUserPools(const QJsonObject& request);
    PoolResult describeUserPool(const QJsonObject& request);
    PoolResult updateUserPool(const QJsonObject& request);
    PoolResult deleteUserPool(const QJsonObject& request);
    PoolResult createUserPoolClient(const QJsonObject& request);
    PoolResult listUserPoolClients(const QJsonObject& request);
    PoolResult describeUserPoolClient(const QJsonObject& request);
    PoolResult getUserPoolMfaConfig(const QJsonObject& request);
    PoolResult setUserPoolMfaConfig(const QJsonObject& request);
    PoolResult describeRiskConfiguration(const QJsonObject& request);
    PoolResult setRiskConfiguration(const QJsonObject& request);

private:
    // The client `clientId` of the pool `poolId`, or ResourceNotFoundException naming it.
    Expected<UserPoolClient, PoolError> clientOf(const QString& poolId, const QString& clientId);

    EngineServices& m_services;
};

} // namespace tessera::pool::local
