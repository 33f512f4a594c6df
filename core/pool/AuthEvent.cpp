// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthEvent.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace tessera::pool {

QJsonObject AuthEvent::toJson() const
{
    QJsonArray challenges;
    for (const auto& [name, response] : challengeResponses) {
        challenges.append(QJsonObject{{QStringLiteral("ChallengeName"), name},
                                      {QStringLiteral("ChallengeResponse"), response}});
    }
    QJsonObject context;
    json::putIfNotEmpty(context, QStringLiteral("IpAddress"), ipAddress);
    json::putIfNotEmpty(context, QStringLiteral("DeviceName"), deviceName);
    QJsonObject object{
        {QStringLiteral("EventId"), eventId},
        {QStringLiteral("EventType"), eventType},
        {QStringLiteral("CreationDate"), json::epochSeconds(creationDate)},
        {QStringLiteral("EventResponse"), eventResponse},
        {QStringLiteral("EventRisk"),
         QJsonObject{{QStringLiteral("RiskDecision"), riskDecision},
                     {QStringLiteral("RiskLevel"), riskLevel},
                     {QStringLiteral("CompromisedCredentialsDetected"), false},
                     {QStringLiteral("Action"), action},
                     {QStringLiteral("Reasons"), QJsonArray::fromStringList(reasons)}}},
        {QStringLiteral("ChallengeResponses"), challenges},
        {QStringLiteral("EventContextData"), context}};
    if (!trace.isEmpty()) {
        object.insert(QStringLiteral("DecisionTrace"), trace.toJson());
    }
    return object;
}

AuthEvent AuthEvent::fromJson(const QJsonObject& object)
{
    AuthEvent event;
    event.eventId = object.value(QStringLiteral("EventId")).toString();
    event.eventType = object.value(QStringLiteral("EventType")).toString(event.eventType);
    event.creationDate = qint64(object.value(QStringLiteral("CreationDate")).toDouble());
    event.eventResponse = object.value(QStringLiteral("EventResponse")).toString();
    const QJsonObject risk = object.value(QStringLiteral("EventRisk")).toObject();
    event.riskDecision = risk.value(QStringLiteral("RiskDecision")).toString();
    event.riskLevel = risk.value(QStringLiteral("RiskLevel")).toString();
    event.action = risk.value(QStringLiteral("Action")).toString();
    for (const QJsonValue& reason : risk.value(QStringLiteral("Reasons")).toArray()) {
        event.reasons.append(reason.toString());
    }
    for (const QJsonValue& item : object.value(QStringLiteral("ChallengeResponses")).toArray()) {
        const QJsonObject challenge = item.toObject();
        event.challengeResponses.append(
            {challenge.value(QStringLiteral("ChallengeName")).toString(),
             challenge.value(QStringLiteral("ChallengeResponse")).toString()});
    }
    const QJsonObject context = object.value(QStringLiteral("EventContextData")).toObject();
    event.ipAddress = context.value(QStringLiteral("IpAddress")).toString();
    event.deviceName = context.value(QStringLiteral("DeviceName")).toString();
    event.trace = SignInTrace::fromJson(object.value(QStringLiteral("DecisionTrace")).toArray());
    return event;
}

} // namespace tessera::pool
