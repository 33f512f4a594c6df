// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolOutcome.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool {

// How risky a sign-in looks (Cognito's RiskLevelType).
enum class RiskLevel
{
    Low,
    Medium,
    High
};
QString riskLevelName(RiskLevel level); // "Low", "Medium", "High"

// AccountTakeoverEventActionType: what a pool does at a given risk level.
enum class RiskAction
{
    NoAction,
    MfaIfConfigured,
    MfaRequired,
    Block
};
QString riskActionName(RiskAction action); // "NO_ACTION", ...
std::optional<RiskAction> riskActionFromName(const QString& name);

// RiskConfigurationType: the AccountTakeoverRiskConfiguration's actions per level and the
// RiskExceptionConfiguration's IP lists (CIDR). With no configuration every level is NO_ACTION.
struct RiskConfig
{
    QString userPoolId;
    QString clientId;
    RiskAction lowAction = RiskAction::NoAction;
    RiskAction mediumAction = RiskAction::NoAction;
    RiskAction highAction = RiskAction::NoAction;
    QStringList blockedIpRangeList;
    QStringList skippedIpRangeList;
    qint64 lastModifiedDate = 0;

    RiskAction actionFor(RiskLevel level) const;
    // Whether anything differs from "no configuration": an action or an IP list.
    bool isConfigured() const;

    // DescribeRiskConfiguration's "RiskConfiguration" member.
    QJsonObject toJson() const;
    // Reads a SetRiskConfiguration request or a RiskConfigurationType; a bad action name or CIDR
    // is InvalidParameterException.
    static PoolOutcome<RiskConfig> fromJson(const QJsonObject& object);
};

} // namespace tessera::pool
