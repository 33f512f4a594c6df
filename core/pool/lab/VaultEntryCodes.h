// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeProvider.h"
#include "otp/OtpParameters.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tessera::vault {
class Vault;
}

namespace tessera::pool::lab {

// A vault entry the lab may take codes from: its name as the person knows it and a copy of its
// generator (the secret in wiped memory, like the vault's own).
struct LinkedEntry
{
    QString name;
    otp::OtpParameters parameters;
};

// How a vault entry is tied to a pool user: a line "pool-user: <pool id>/<username>" in its note,
// written when the bridge adds the entry, readable (and removable) by the person in the entry's
// note. Without such a line, the one TOTP entry whose account is the username stands in.
class VaultLinks
{
    Q_DECLARE_TR_FUNCTIONS(VaultLinks)

public:
    static QString noteLine(const QString& poolId, const QString& username);
    // The TOTP entry linked to the pool user; the error says why there is none.
    static Expected<LinkedEntry> linked(const vault::Vault& vault, const QString& poolId,
                                        const QString& username);
    // The one TOTP entry a person names ("issuer:account", account or UUID), as Vault::find reads
    // it.
    static Expected<LinkedEntry> named(const vault::Vault& vault, const QString& name);
};

// The console's and the shell's meeting point for the vault: the shell gives the console one
// over the unlocked vault (the console does not know the authenticator), the CLI reads its own.
class LabVault
{
public:
    virtual ~LabVault() = default;
    virtual bool isOpen() const = 0;
    virtual Expected<LinkedEntry> linkedEntry(const QString& poolId,
                                              const QString& username) const = 0;
    // Adds `parameters` as a new entry linked to the user (its note says so); the save runs as
    // the vault's saves do. The error says why not (the vault is locked).
    virtual Status addLinkedEntry(const QString& poolId, const QString& username,
                                  otp::OtpParameters parameters) = 0;
};

// SOFTWARE_TOKEN_MFA from a vault entry, found when the first code is asked for (a sign-in without
// TOTP never opens the vault); a code the service already took in this run is not offered again.
class VaultEntryCodes : public CodeProvider
{
    Q_DECLARE_TR_FUNCTIONS(VaultEntryCodes)

public:
    using Lookup = std::function<Expected<LinkedEntry>()>;
    VaultEntryCodes(Lookup lookup, otp::Clock clock)
        : m_lookup(std::move(lookup)), m_clock(std::move(clock))
    {}

    // The entry `vault` links to the pool user, looked up when a code is first asked for.
    static std::shared_ptr<VaultEntryCodes> linkedTo(LabVault& vault, const QString& poolId,
                                                     const QString& username, otp::Clock clock);

    bool canAnswer(const QString& challenge) const override;
    Expected<LabCode> code(const QString& challenge,
                           const QMap<QString, QString>& parameters) override;

private:
    Lookup m_lookup;
    otp::Clock m_clock;
    std::optional<TotpCodes> m_codes;
};

} // namespace tessera::pool::lab
