// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaChangePlan.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace tessera::ui::console {

class PoolSession;

// The pool's passkey and passwordless sign-in settings, a section of the MFA policy editor so
// they go through the same review, change plan and apply: passkeys on or off (WEB_AUTHN among
// the allowed first factors), the relying party ID (with the registrable-suffix rule explained
// and checked against the app's address), user verification, and the code first factors.
// Where the endpoint has no passkey operations the controls are hidden and one sentence says why.
class PasskeySettings : public QWidget
{
    Q_OBJECT

public:
    explicit PasskeySettings(QWidget* parent = nullptr);

    void setPolicy(const pool::MfaPolicy& inForce);
    // Writes the edited settings into `edited` (its WebAuthn configuration and sign-in policy).
    void applyTo(pool::MfaPolicy& edited) const;
    // Controls whose request the backend lacks are disabled, with `reason` as their tooltip.
    void setOperationSupported(bool setMfaConfig, bool updatePool, const QString& reason);
    // Asks the session's backend whether it has the passkey operations, and hides the controls
    // (saying why) when it has not.
    void probe(PoolSession& session);
    bool isAvailable() const { return m_available; }

signals:
    void edited();

private:
    void onChanged();
    void updateEnabled();
    void updateOriginCheck();
    void setAvailable(bool available, const QString& reason);

    pool::MfaPolicy m_inForce;
    bool m_loading = false;
    bool m_available = true;
    bool m_canSetMfa = true;
    bool m_canUpdatePool = true;

    QWidget* m_controls = nullptr;
    QLabel* m_unavailable = nullptr;
    QCheckBox* m_passkeys = nullptr;
    QLineEdit* m_relyingParty = nullptr;
    QLineEdit* m_appAddress = nullptr;
    QLabel* m_originCheck = nullptr;
    QButtonGroup* m_verification = nullptr;
    QCheckBox* m_password = nullptr;
    QCheckBox* m_emailOtp = nullptr;
    QCheckBox* m_smsOtp = nullptr;
};

} // namespace tessera::ui::console
