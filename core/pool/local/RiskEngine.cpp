// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskEngine.h"

#include <QHostAddress>

#include <algorithm>

namespace tessera::pool::local {

namespace {

// The first range in `ranges` that holds `address`, or an empty string.
QString matchingRange(const QHostAddress& address, const QStringList& ranges)
{
    for (const QString& range : ranges) {
        if (address.isInSubnet(QHostAddress::parseSubnet(range))) {
            return range;
        }
    }
    return {};
}

} // namespace

QString RiskEngine::networkOf(const QString& ipAddress)
{
    const QHostAddress address(ipAddress);
    if (address.isNull()) {
        return {};
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QHostAddress(v4 & 0xFFFFFF00U).toString() + QStringLiteral("/24");
    }
    Q_IPV6ADDR v6 = address.toIPv6Address();
    std::fill(std::begin(v6.c) + 6, std::end(v6.c), quint8(0));
    return QHostAddress(v6).toString() + QStringLiteral("/48");
}

RiskAssessment RiskEngine::assess(const RiskSignals& input, const RiskConfig& config)
{
    RiskAssessment result;
    const auto step = [&result](TraceCode code, QStringList arguments = {}) {
        result.steps.append({code, std::move(arguments)});
    };
    const QHostAddress address(input.ipAddress);
    if (!address.isNull()) {
        if (const QString range = matchingRange(address, config.blockedIpRangeList);
            !range.isEmpty()) {
            result.level = RiskLevel::High;
            result.action = RiskAction::Block;
            result.reasons.append(QStringLiteral("IP address %1 is in the blocked range %2")
                                      .arg(input.ipAddress, range));
            step(TraceCode::IpBlocked, {input.ipAddress, range});
            return result;
        }
        if (const QString range = matchingRange(address, config.skippedIpRangeList);
            !range.isEmpty()) {
            result.reasons.append(
                QStringLiteral("IP address %1 is in the allowed range %2; risk checks skipped")
                    .arg(input.ipAddress, range));
            step(TraceCode::IpSkipped, {input.ipAddress, range});
            return result;
        }
    }
    int points = 0;
    if (!input.hasHistory) {
        result.reasons.append(QStringLiteral("first sign-in: no history to compare with"));
        step(TraceCode::FirstSignIn);
    } else {
        if (input.device.isEmpty()) {
            step(TraceCode::NoDevice);
        } else if (!input.knownDevices.contains(input.device)) {
            points += 1;
            result.reasons.append(QStringLiteral("new device"));
            step(TraceCode::NewDevice, {input.device});
        } else {
            step(TraceCode::KnownDevice, {input.device});
        }
        const QString network = networkOf(input.ipAddress);
        const bool knownNetwork =
            std::any_of(input.knownIpAddresses.begin(), input.knownIpAddresses.end(),
                        [&network](const QString& known) { return networkOf(known) == network; });
        if (!network.isEmpty() && !knownNetwork) {
            points += 1;
            result.reasons.append(QStringLiteral("new network %1").arg(network));
            step(TraceCode::NewNetwork, {network});
        } else if (!network.isEmpty()) {
            step(TraceCode::KnownNetwork, {network});
        }
    }
    if (input.recentFailures >= kVelocityFailures) {
        const int added = input.recentFailures >= kHighVelocityFailures ? 2 : 1;
        points += added;
        result.reasons.append(
            QStringLiteral("%1 failed sign-ins in the last 15 minutes").arg(input.recentFailures));
        step(TraceCode::FailureVelocity,
             {QString::number(input.recentFailures), QString::number(added)});
    }
    if (input.recentRequestsFromIp >= kBotRequestsPerMinute) {
        points += 3;
        result.reasons.append(
            QStringLiteral("bot-like rate: %1 sign-in attempts from %2 in a minute")
                .arg(input.recentRequestsFromIp)
                .arg(input.ipAddress));
        step(TraceCode::RequestRate,
             {QString::number(input.recentRequestsFromIp), input.ipAddress});
    }
    result.score = points;
    result.level = points >= 3 ? RiskLevel::High : points == 2 ? RiskLevel::Medium : RiskLevel::Low;
    result.action = config.actionFor(result.level);
    step(TraceCode::RiskScore, {QString::number(points), riskLevelName(result.level)});
    step(TraceCode::RiskAction, {riskLevelName(result.level), riskActionName(result.action)});
    return result;
}

} // namespace tessera::pool::local
