// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the user-administration widget tests: a local store with one pool and users made
// through the engine (some with remembered devices and sign-in events), and ways to read it
// back with a second engine, as another process would.

#include "pool/local/LocalPoolEngine.h"

#include <QJsonArray>
#include <QTest>

namespace tessera::test {

// `count` users named user01..., each with an email; the odd ones with a phone number too.
// alice has two remembered devices and one sign-in event. Returns the pool id.
inline QString makeUserStore(const QString& path, int count)
{
    pool::local::LocalPoolOptions options;
    options.path = path;
    pool::local::LocalPoolEngine engine(options);
    if (!engine.open()) {
        return {};
    }
    const auto created = engine.execute(QStringLiteral("CreateUserPool"),
                                        {{QStringLiteral("PoolName"), QStringLiteral("people")}});
    const QString poolId = created->value(QStringLiteral("UserPool"))
                               .toObject()
                               .value(QStringLiteral("Id"))
                               .toString();
    const auto add = [&](const QString& name, bool phone) {
        QJsonArray attributes{QJsonObject{{QStringLiteral("Name"), QStringLiteral("email")},
                                          {QStringLiteral("Value"), name + "@example.com"}}};
        if (phone) {
            attributes.append(
                QJsonObject{{QStringLiteral("Name"), QStringLiteral("phone_number")},
                            {QStringLiteral("Value"), QStringLiteral("+15555550100")}});
        }
        return engine.execute(QStringLiteral("AdminCreateUser"),
                              {{QStringLiteral("UserPoolId"), poolId},
                               {QStringLiteral("Username"), name},
                               {QStringLiteral("TemporaryPassword"), QStringLiteral("Temp-pass-1")},
                               {QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS")},
                               {QStringLiteral("UserAttributes"), attributes}});
    };
    if (!add(QStringLiteral("alice"), true)) {
        return {};
    }
    for (int i = 1; i <= count; ++i) {
        if (!add(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')), i % 2 == 1)) {
            return {};
        }
    }
    auto& store = engine.services().store;
    for (const char* name : {"Work laptop", "Phone"}) {
        pool::local::DeviceRecord device;
        device.deviceKey = QStringLiteral("eu-west-1_") + QString::fromLatin1(name).left(4);
        device.name = QString::fromLatin1(name);
        device.created = device.lastSeen = 1'700'000'000;
        device.rememberedUntil = 4'000'000'000;
        device.lastIp = QStringLiteral("203.0.113.7");
        if (!store.addDevice(poolId, QStringLiteral("alice"), device)) {
            return {};
        }
    }
    pool::AuthEvent event;
    event.eventId = QStringLiteral("event-1");
    event.creationDate = 1'700'000'100;
    event.eventResponse = QStringLiteral("Pass");
    event.riskDecision = QStringLiteral("AccountTakeover");
    event.riskLevel = QStringLiteral("Medium");
    event.action = QStringLiteral("MFA_IF_CONFIGURED");
    event.reasons = {QStringLiteral("new device"), QStringLiteral("new country")};
    event.ipAddress = QStringLiteral("198.51.100.4");
    event.deviceName = QStringLiteral("Firefox on Linux");
    if (!store.saveAuthEvent(poolId, QStringLiteral("alice"), event)) {
        return {};
    }
    return poolId;
}

// AdminGetUser's answer from a second engine on the same file.
inline pool::PoolResult readUser(const QString& path, const QString& poolId,
                                 const QString& username)
{
    pool::local::LocalPoolOptions options;
    options.path = path;
    pool::local::LocalPoolEngine engine(options);
    if (auto opened = engine.open(); !opened) {
        return opened.failure();
    }
    return engine.execute(QStringLiteral("AdminGetUser"), {{QStringLiteral("UserPoolId"), poolId},
                                                           {QStringLiteral("Username"), username}});
}

} // namespace tessera::test
