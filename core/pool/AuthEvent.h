// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignInTrace.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::pool {

// AuthEventType: one sign-in attempt, its outcome, the risk seen and (beyond Cognito) the reasons
// for that risk and the action taken, so an administrator can see why a sign-in was challenged.
struct AuthEvent
{
    QString eventId;
    QString eventType = QStringLiteral("SignIn");
    qint64 creationDate = 0;
    QString eventResponse; // Pass, Fail, InProgress
    QString riskDecision;  // NoRisk, AccountTakeover, Block
    QString riskLevel;     // Low, Medium, High
    QString action;        // NO_ACTION, MFA_IF_CONFIGURED, MFA_REQUIRED, BLOCK
    QStringList reasons;
    // ChallengeResponses: name ("Password", "Mfa") and "Success"/"Failure".
    QList<std::pair<QString, QString>> challengeResponses;
    QString ipAddress;
    QString deviceName;
    // The local engine's decision trace ("DecisionTrace"; beyond Cognito, empty elsewhere).
    SignInTrace trace;

    QJsonObject toJson() const;
    static AuthEvent fromJson(const QJsonObject& object);
};

} // namespace tessera::pool
