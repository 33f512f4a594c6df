// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultEntryCodes.h"

#include "vault/Vault.h"

namespace tessera::pool::lab {

namespace {

Expected<LinkedEntry> totpEntry(const vault::Entry& entry)
{
    if (entry.parameters().type() != otp::OtpType::Totp) {
        return makeError(
            VaultLinks::tr("vault entry '%1' is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP")
                .arg(entry.displayName()));
    }
    return LinkedEntry{entry.displayName(), entry.parameters().clone()};
}

} // namespace

QString VaultLinks::noteLine(const QString& poolId, const QString& username)
{
    return QStringLiteral("pool-user: %1/%2").arg(poolId, username);
}

Expected<LinkedEntry> VaultLinks::linked(const vault::Vault& vault, const QString& poolId,
                                         const QString& username)
{
    const QString line = noteLine(poolId, username);
    const vault::Entry* byAccount = nullptr;
    int accounts = 0;
    for (const vault::Entry& entry : vault.entries()) {
        if (entry.note().split(QLatin1Char('\n')).contains(line)) {
            return totpEntry(entry);
        }
        if (entry.parameters().type() == otp::OtpType::Totp &&
            entry.parameters().account() == username) {
            byAccount = &entry;
            ++accounts;
        }
    }
    if (accounts == 1) {
        return totpEntry(*byAccount);
    }
    return makeError(accounts == 0 ? tr("no vault entry is linked to %1 (set up an authenticator "
                                        "for the user, or type the code)")
                                         .arg(username)
                                   : tr("%n vault entries have the account %1 and none is linked "
                                        "to the user; type the code",
                                        nullptr, accounts)
                                         .arg(username));
}

Expected<LinkedEntry> VaultLinks::named(const vault::Vault& vault, const QString& name)
{
    const QList<QUuid> matches = vault.find(name);
    if (matches.size() != 1) {
        return makeError(
            matches.isEmpty()
                ? tr("no vault entry is named '%1' ('tessera-cli list' shows them)").arg(name)
                : tr("'%1' names %2 vault entries; name one by issuer:account or UUID")
                      .arg(name)
                      .arg(matches.size()));
    }
    return totpEntry(*vault.entry(matches.first()));
}

std::shared_ptr<VaultEntryCodes> VaultEntryCodes::linkedTo(LabVault& vault, const QString& poolId,
                                                           const QString& username,
                                                           otp::Clock clock)
{
    return std::make_shared<VaultEntryCodes>(
        [&vault, poolId, username]() -> Expected<LinkedEntry> {
            if (!vault.isOpen()) {
                return makeError(
                    tr("the vault is locked: unlock it in the authenticator, or type the code"));
            }
            return vault.linkedEntry(poolId, username);
        },
        std::move(clock));
}

bool VaultEntryCodes::canAnswer(const QString& challenge) const
{
    return challenge == QLatin1String("SOFTWARE_TOKEN_MFA");
}

Expected<LabCode> VaultEntryCodes::code(const QString& challenge,
                                        const QMap<QString, QString>& parameters)
{
    if (!m_codes) {
        auto entry = m_lookup();
        if (!entry) {
            return entry.failure();
        }
        m_codes.emplace(std::move(entry->parameters), entry->name, m_clock);
    }
    return m_codes->code(challenge, parameters);
}

} // namespace tessera::pool::lab
