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

const QString kNotify = QStringLiteral("Notify");

QJsonObject actionJson(RiskAction action, bool notify)
{
    return {{kNotify, notify}, {QStringLiteral("EventAction"), riskActionName(action)}};
}

Expected<void, PoolError> readList(const QJsonObject& object, const QString& name, QStringList& out)
{
    for (const QJsonValue& item : object.value(name).toArray()) {
        const QString range = item.toString();
        if (auto checked = RiskConfig::checkRange(name, range); !checked) {
            return checked.failure();
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

bool RiskConfig::notifyFor(RiskLevel level) const
{
    switch (level) {
    case RiskLevel::Medium:
        return mediumNotify;
    case RiskLevel::High:
        return highNotify;
    case RiskLevel::Low:
        break;
    }
    return lowNotify;
}

void RiskConfig::setAction(RiskLevel level, RiskAction action, bool notify)
{
    switch (level) {
    case RiskLevel::Medium:
        mediumAction = action;
        mediumNotify = notify;
        return;
    case RiskLevel::High:
        highAction = action;
        highNotify = notify;
        return;
    case RiskLevel::Low:
        break;
    }
    lowAction = action;
    lowNotify = notify;
}

bool RiskConfig::isConfigured() const
{
    return lowAction != RiskAction::NoAction || mediumAction != RiskAction::NoAction ||
           highAction != RiskAction::NoAction || lowNotify || mediumNotify || highNotify ||
           !blockedIpRangeList.isEmpty() || !skippedIpRangeList.isEmpty();
}

QJsonObject RiskConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("UserPoolId"), userPoolId}};
    json::putIfNotEmpty(object, QStringLiteral("ClientId"), clientId);
    object.insert(
        kTakeover,
        QJsonObject{
            {kActions,
             QJsonObject{{QStringLiteral("LowAction"), actionJson(lowAction, lowNotify)},
                         {QStringLiteral("MediumAction"), actionJson(mediumAction, mediumNotify)},
                         {QStringLiteral("HighAction"), actionJson(highAction, highNotify)}}}});
    if (!notifySourceArn.isEmpty()) {
        QJsonObject takeover = object.value(kTakeover).toObject();
        takeover.insert(QStringLiteral("NotifyConfiguration"),
                        QJsonObject{{QStringLiteral("SourceArn"), notifySourceArn}});
        object.insert(kTakeover, takeover);
    }
    object.insert(kExceptions,
                  QJsonObject{{kBlocked, QJsonArray::fromStringList(blockedIpRangeList)},
                              {kSkipped, QJsonArray::fromStringList(skippedIpRangeList)}});
    object.insert(QStringLiteral("LastModifiedDate"), json::epochSeconds(lastModifiedDate));
    return object;
}

Expected<RiskConfig, PoolError> RiskConfig::fromJson(const QJsonObject& object)
{
    RiskConfig config;
    config.userPoolId = object.value(QStringLiteral("UserPoolId")).toString();
    config.clientId = object.value(QStringLiteral("ClientId")).toString();
    config.lastModifiedDate = qint64(object.value(QStringLiteral("LastModifiedDate")).toDouble());
    const QJsonObject takeover = object.value(kTakeover).toObject();
    const QJsonObject actions = takeover.value(kActions).toObject();
    config.notifySourceArn = takeover.value(QStringLiteral("NotifyConfiguration"))
                                 .toObject()
                                 .value(QStringLiteral("SourceArn"))
                                 .toString();
    const std::tuple<QString, RiskAction*, bool*> levels[] = {
        {QStringLiteral("LowAction"), &config.lowAction, &config.lowNotify},
        {QStringLiteral("MediumAction"), &config.mediumAction, &config.mediumNotify},
        {QStringLiteral("HighAction"), &config.highAction, &config.highNotify}};
    for (const auto& [name, target, notify] : levels) {
        if (!actions.contains(name)) {
            continue;
        }
        *notify = actions.value(name).toObject().value(kNotify).toBool();
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
        return done.failure();
    }
    if (auto done = readList(exceptions, kSkipped, config.skippedIpRangeList); !done) {
        return done.failure();
    }
    return config;
}

PoolError riskUnavailable(const PoolError& error)
{
    const RiskAbsence absence = riskAbsence(error);
    if (absence == RiskAbsence::NoApi) {
        return {error.type,
                QStringLiteral("This endpoint has no adaptive MFA (risk configuration) API; "
                               "cognito-local, for one, lacks it. Use the local engine or AWS "
                               "Cognito with threat protection. (%1)")
                    .arg(error.message)};
    }
    if (absence == RiskAbsence::NeedsThreatProtection) {
        return {error.type,
                QStringLiteral("Adaptive MFA needs threat protection (advanced security) on this "
                               "pool's feature plan; turn it on in AWS first. (%1)")
                    .arg(error.message)};
    }
    return error;
}

RiskAbsence riskAbsence(const PoolError& error)
{
    if (error.type == QLatin1String(errors::kUnsupportedOperation)) {
        return RiskAbsence::NoApi;
    }
    if (error.type == QLatin1String("UserPoolAddOnNotEnabledException")) {
        return RiskAbsence::NeedsThreatProtection;
    }
    return RiskAbsence::Other;
}

Expected<void, PoolError> RiskConfig::checkRange(const QString& listName, const QString& range)
{
    const auto refuse = [&listName, &range](const QString& why) {
        return PoolError::invalidParameter(QStringLiteral("%1: '%2' is not a CIDR range: %3")
                                               .arg(listName, PoolError::quotedPrefix(range), why));
    };
    const qsizetype slash = range.indexOf(QLatin1Char('/'));
    const QHostAddress address(range.left(slash));
    if (range.trimmed().isEmpty()) {
        return refuse(QStringLiteral("it is empty"));
    }
    if (address.isNull()) {
        return refuse(QStringLiteral("'%1' is not an IPv4 or IPv6 address")
                          .arg(PoolError::quotedPrefix(range.left(slash))));
    }
    const int bits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (slash < 0) {
        return refuse(QStringLiteral("it has no prefix length; write %1/%2 for this one address")
                          .arg(range)
                          .arg(bits));
    }
    bool number = false;
    const int prefix = range.mid(slash + 1).toInt(&number);
    if (!number || prefix < 0 || prefix > bits) {
        return refuse(QStringLiteral("the prefix length must be a number from 0 to %1").arg(bits));
    }
    return {};
}

Expected<void, PoolError> RiskConfig::validate() const
{
    const std::pair<QString, const QStringList*> lists[] = {{kBlocked, &blockedIpRangeList},
                                                            {kSkipped, &skippedIpRangeList}};
    for (const auto& [name, list] : lists) {
        if (list->size() > kMaxRanges) {
            return PoolError::invalidParameter(
                QStringLiteral("%1 has %2 ranges; Cognito takes at most %3")
                    .arg(name)
                    .arg(list->size())
                    .arg(kMaxRanges));
        }
        for (const QString& range : *list) {
            if (auto checked = checkRange(name, range); !checked) {
                return checked;
            }
            const auto [network, prefix] = QHostAddress::parseSubnet(range);
            const QString canonical =
                network.toString() + QLatin1Char('/') + QString::number(prefix);
            if (QHostAddress(range.left(range.indexOf(QLatin1Char('/')))) != network) {
                return PoolError::invalidParameter(
                    QStringLiteral("%1: '%2' has bits set after its prefix; the range it names "
                                   "is %3 (write that, or /%4 for the one address)")
                        .arg(name, range, canonical)
                        .arg(network.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128));
            }
        }
    }
    for (const QString& range : blockedIpRangeList) {
        if (skippedIpRangeList.contains(range)) {
            return PoolError::invalidParameter(
                QStringLiteral("%1 is in both BlockedIPRangeList and SkippedIPRangeList; keep it "
                               "in one")
                    .arg(range));
        }
    }
    return {};
}

} // namespace tessera::pool
