// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/RiskConfig.h"
#include "pool/SignInTrace.h"

#include <QString>
#include <QStringList>

namespace tessera::pool::local {

// What the engine knows about one sign-in attempt and the user's history.
struct RiskSignals
{
    QString ipAddress;
    QString device;               // DEVICE_KEY, else encoded device data, else user agent
    bool hasHistory = false;      // the user signed in successfully before
    QStringList knownDevices;     // devices of earlier successful sign-ins
    QStringList knownIpAddresses; // addresses of earlier successful sign-ins
    int recentFailures = 0;       // failed sign-ins for the user in the last 15 minutes
    int recentRequestsFromIp = 0; // sign-in attempts from the address in the last minute
};

// The verdict: a level, the action the pool's configuration maps it to, and why.
struct RiskAssessment
{
    RiskLevel level = RiskLevel::Low;
    RiskAction action = RiskAction::NoAction;
    int score = 0;
    // The auth event's Reasons: the signals that added points, in English as Cognito writes.
    QStringList reasons;
    // Every signal looked at (those that added nothing too), the score, level and action.
    QList<TraceStep> steps;
};

// Scores a sign-in from plain signals: each signal adds points (new device 1, new network 1,
// failed-attempt velocity 1 or 2, bot-like rate 3); 0-1 is Low, 2 Medium, 3+ High. The pool's
// IP lists come first: a blocked range is High and BLOCK, an allowed (skipped) range is Low and
// NO_ACTION whatever else is seen. A pure function, so every rule is testable alone.
class RiskEngine
{
public:
    static constexpr int kVelocityFailures = 3;
    static constexpr int kHighVelocityFailures = 10;
    static constexpr int kBotRequestsPerMinute = 20;

    static RiskAssessment assess(const RiskSignals& input, const RiskConfig& config);

    // The network an address belongs to for "new network": /24 for IPv4, /48 for IPv6.
    static QString networkOf(const QString& ipAddress);
};

} // namespace tessera::pool::local
