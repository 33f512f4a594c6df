// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/lab/VaultEntryCodes.h"

#include <QCoreApplication>

namespace tessera::ui {

class AuthenticatorPage;

// The authenticator's vault as the pool console's sign-in lab and enrolment bridge use it: codes
// from the entry linked to a pool user, and new linked entries added the way the window adds any
// entry (VaultSession::apply through the token model, saved on a worker). The shell alone knows
// both faces, so it lends this to the console.
class ShellLabVault : public pool::lab::LabVault
{
    Q_DECLARE_TR_FUNCTIONS(ShellLabVault)

public:
    explicit ShellLabVault(AuthenticatorPage& authenticator) : m_authenticator(authenticator) {}

    bool isOpen() const override;
    Expected<pool::lab::LinkedEntry> linkedEntry(const QString& poolId,
                                                 const QString& username) const override;
    Status addLinkedEntry(const QString& poolId, const QString& username,
                          otp::OtpParameters parameters) override;

private:
    AuthenticatorPage& m_authenticator;
};

} // namespace tessera::ui
