// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolError.h"

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
    // Each level's Notify: the user is told of the sign-in (by the local engine through the
    // outbox; by Cognito by email from NotifyConfiguration's SES identity).
    bool lowNotify = false;
    bool mediumNotify = false;
    bool highNotify = false;
    // NotifyConfiguration.SourceArn: the SES identity Cognito mails from; unused locally.
    QString notifySourceArn;
    QStringList blockedIpRangeList;
    QStringList skippedIpRangeList;
    qint64 lastModifiedDate = 0;

    // Cognito's limit on each IP list.
    static constexpr int kMaxRanges = 200;

    RiskAction actionFor(RiskLevel level) const;
    bool notifyFor(RiskLevel level) const;
    void setAction(RiskLevel level, RiskAction action, bool notify);
    // The rules fromJson leaves to an editor: no range written with host bits set
    // ("192.0.2.1/24", meant as 192.0.2.0/24?), none in both lists, at most kMaxRanges a list.
    // Refused with a message naming the range and the fix.
    Expected<void, PoolError> validate() const;
    // Whether `range` is a CIDR range ("192.0.2.0/24", "2001:db8::/32"); the error says what
    // is wrong with it in words a person can act on.
    static Expected<void, PoolError> checkRange(const QString& listName, const QString& range);
    // Whether anything differs from "no configuration": an action, a notify flag or an IP list.
    bool isConfigured() const;

    // DescribeRiskConfiguration's "RiskConfiguration" member.
    QJsonObject toJson() const;
    // Reads a SetRiskConfiguration request or a RiskConfigurationType; a bad action name or CIDR
    // is InvalidParameterException.
    static Expected<RiskConfig, PoolError> fromJson(const QJsonObject& object);
};

// `error` from DescribeRiskConfiguration or SetRiskConfiguration, its message saying why the
// backend has no risk configuration when that is the cause (cognito-local has no risk APIs;
// AWS Cognito needs threat protection on the pool); other errors unchanged.
PoolError riskUnavailable(const PoolError& error);

// Why a backend has no risk configuration, read from DescribeRiskConfiguration's error: it has
// no risk API at all (cognito-local), or the pool lacks threat protection (AWS Cognito); Other
// when the error is about something else (network, access), which an editor reports as such.
enum class RiskAbsence
{
    Other,
    NoApi,
    NeedsThreatProtection
};
RiskAbsence riskAbsence(const PoolError& error);

} // namespace tessera::pool
