// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskConfig.h"

#include "JsonFields.h"

#include <QHostAddress>
#include <QJsonArray>

namespace tessera::pool {

namespace {

const QString kTakeover = QStringLiteral("AccountTakeoverRiskConfiguration");
const QString kActions = QStringLiteral("Actions");
const QString kExceptions = QStringLiteral("RiskExceptionConfiguration");
const QString kBlocked = QStringLiteral("BlockedIPRangeList");
const QString kSkipped = QStringLiteral("SkippedIPRangeList");

QJsonObject actionJson(RiskAction action)
{
    return {{QStringLiteral("Notify"), false},
            {QStringLiteral("EventAction"), riskActionName(action)}};
}

PoolOutcome<void> readList(const QJsonObject& object, const QString& name, QStringList& out)
{
    for (const QJsonValue& item : object.value(name).toArray()) {
        const QString range = item.toString();
        if (QHostAddress::parseSubnet(range).first.isNull()) {
            return PoolError::invalidParameter(QStringLiteral("%1 has an invalid CIDR range: '%2'")
                                                   .arg(name, PoolError::quotedPrefix(range)));
        }
        out.append(range);
    }
    return {};
}

} // namespace

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Medium:
        return QStringLiteral("Medium");
    case RiskLevel::High:
        return QStringLiteral("High");
    case RiskLevel::Low:
        break;
    }
    return QStringLiteral("Low");
}

QString riskActionName(RiskAction action)
{
    switch (action) {
    case RiskAction::MfaIfConfigured:
        return QStringLiteral("MFA_IF_CONFIGURED");
    case RiskAction::MfaRequired:
        return QStringLiteral("MFA_REQUIRED");
    case RiskAction::Block:
        return QStringLiteral("BLOCK");
    case RiskAction::NoAction:
        break;
    }
    return QStringLiteral("NO_ACTION");
}

std::optional<RiskAction> riskActionFromName(const QString& name)
{
    for (const auto action : {RiskAction::NoAction, RiskAction::MfaIfConfigured,
                              RiskAction::MfaRequired, RiskAction::Block}) {
        if (riskActionName(action) == name) {
            return action;
        }
    }
    return std::nullopt;
}

RiskAction RiskConfig::actionFor(RiskLevel level) const
{
    switch (level) {
    case RiskLevel::Medium:
        return mediumAction;
    case RiskLevel::High:
        return highAction;
    case RiskLevel::Low:
        break;
    }
    return lowAction;
}

bool RiskConfig::isConfigured() const
{
    return lowAction != RiskAction::NoAction || mediumAction != RiskAction::NoAction ||
           highAction != RiskAction::NoAction || !blockedIpRangeList.isEmpty() ||
           !skippedIpRangeList.isEmpty();
}

QJsonObject RiskConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("UserPoolId"), userPoolId}};
    json::putIfNotEmpty(object, QStringLiteral("ClientId"), clientId);
    object.insert(
        kTakeover,
        QJsonObject{
            {kActions, QJsonObject{{QStringLiteral("LowAction"), actionJson(lowAction)},
                                   {QStringLiteral("MediumAction"), actionJson(mediumAction)},
                                   {QStringLiteral("HighAction"), actionJson(highAction)}}}});
    object.insert(kExceptions,
                  QJsonObject{{kBlocked, QJsonArray::fromStringList(blockedIpRangeList)},
                              {kSkipped, QJsonArray::fromStringList(skippedIpRangeList)}});
    object.insert(QStringLiteral("LastModifiedDate"), json::epochSeconds(lastModifiedDate));
    return object;
}

PoolOutcome<RiskConfig> RiskConfig::fromJson(const QJsonObject& object)
{
    RiskConfig config;
    config.userPoolId = object.value(QStringLiteral("UserPoolId")).toString();
    config.clientId = object.value(QStringLiteral("ClientId")).toString();
    config.lastModifiedDate = qint64(object.value(QStringLiteral("LastModifiedDate")).toDouble());
    const QJsonObject actions = object.value(kTakeover).toObject().value(kActions).toObject();
    const std::pair<QString, RiskAction*> levels[] = {
        {QStringLiteral("LowAction"), &config.lowAction},
        {QStringLiteral("MediumAction"), &config.mediumAction},
        {QStringLiteral("HighAction"), &config.highAction}};
    for (const auto& [name, target] : levels) {
        if (!actions.contains(name)) {
            continue;
        }
        const QString actionName =
            actions.value(name).toObject().value(QStringLiteral("EventAction")).toString();
        const auto action = riskActionFromName(actionName);
        if (!action) {
            return PoolError::validation(
                actionName, QStringLiteral("accountTakeoverRiskConfiguration.actions.") + name,
                QStringLiteral("Member must satisfy enum value set: [BLOCK, MFA_IF_CONFIGURED, "
                               "MFA_REQUIRED, NO_ACTION]"));
        }
        *target = *action;
    }
    const QJsonObject exceptions = object.value(kExceptions).toObject();
    if (auto done = readList(exceptions, kBlocked, config.blockedIpRangeList); !done) {
        return done.error();
    }
    if (auto done = readList(exceptions, kSkipped, config.skippedIpRangeList); !done) {
        return done.error();
    }
    return config;
}

} // namespace tessera::pool
