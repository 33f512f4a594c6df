// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellLabVault.h"

#include "authenticator/AuthenticatorPage.h"
#include "authenticator/TokenChanges.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "vault/Vault.h"

namespace tessera::ui {

bool ShellLabVault::isOpen() const
{
    return m_authenticator.session().isOpen() && m_authenticator.model() != nullptr;
}

Expected<pool::lab::LinkedEntry> ShellLabVault::linkedEntry(const QString& poolId,
                                                            const QString& username) const
{
    const vault::Vault* vault = m_authenticator.session().vault();
    if (vault == nullptr) {
        return makeError(tr("the vault is locked: unlock it in the authenticator, or type the "
                            "code"));
    }
    return pool::lab::VaultLinks::linked(*vault, poolId, username);
}

Status ShellLabVault::addLinkedEntry(const QString& poolId, const QString& username,
                                     otp::OtpParameters parameters)
{
    TokenListModel* model = m_authenticator.model();
    if (!isOpen() || model == nullptr) {
        return makeError(tr("The vault is locked: unlock it in the authenticator first."));
    }
    vault::Entry entry(std::move(parameters));
    entry.setNote(pool::lab::VaultLinks::noteLine(poolId, username));
    m_authenticator.session().apply(TokenChanges(*model).add(std::move(entry)));
    return {};
}

} // namespace tessera::ui
