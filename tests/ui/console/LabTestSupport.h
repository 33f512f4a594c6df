// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the sign-in lab and enrolment bridge widget tests: a local engine with a clock the
// test moves, lent to a PoolSession, and a vault the way the shell lends it (a real vault::Vault
// read through VaultLinks).

#include "PoolTestSupport.h"
#include "console/PoolSession.h"
#include "pool/lab/VaultEntryCodes.h"
#include "vault/Vault.h"

#include <QTest>

namespace tessera::test {

// LabVault over an in-memory vault, as ShellLabVault is over the authenticator's.
class MemoryLabVault : public pool::lab::LabVault
{
public:
    bool open = true;
    vault::Vault vault;

    bool isOpen() const override { return open; }
    Expected<pool::lab::LinkedEntry> linkedEntry(const QString& poolId,
                                                 const QString& username) const override
    {
        return pool::lab::VaultLinks::linked(vault, poolId, username);
    }
    Status addLinkedEntry(const QString& poolId, const QString& username,
                          otp::OtpParameters parameters) override
    {
        vault::Entry entry(std::move(parameters));
        entry.setNote(pool::lab::VaultLinks::noteLine(poolId, username));
        vault.addEntry(std::move(entry));
        return {};
    }
};

// RFC 6238's secret as the vault's entry for alice (the fixture gives alice the same secret).
inline otp::OtpParameters aliceTotp(const QString& issuer = QStringLiteral("Tessera test"))
{
    otp::OtpSpec spec;
    auto secret = otp::base32::decode(pool::test::kTotpSecret);
    spec.secret = std::move(*secret);
    spec.issuer = issuer;
    spec.account = QStringLiteral("alice");
    return otp::OtpParameters::create(std::move(spec)).value();
}

// A fixture's engine handed to `session` (the fixture keeps its clock and file; engine() stays
// usable through the returned pointer).
inline pool::local::LocalPoolEngine* lendEngine(pool::test::PoolFixture& fixture,
                                                ui::console::PoolSession& session)
{
    auto* engine = fixture.engine.get();
    pool::OpenedBackend opened;
    opened.local = engine;
    opened.backend = std::move(fixture.engine);
    session.connectTo(pool::PoolConnection::local(fixture.path()), std::move(opened));
    return engine;
}

inline void setFactors(pool::local::LocalPoolEngine& engine, const QString& poolId,
                       const QJsonObject& settings)
{
    QJsonObject request = settings;
    request.insert(QStringLiteral("UserPoolId"), poolId);
    request.insert(QStringLiteral("Username"), QStringLiteral("alice"));
    QVERIFY(engine.execute(QStringLiteral("AdminSetUserMFAPreference"), request));
}

} // namespace tessera::test
