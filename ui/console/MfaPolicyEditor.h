// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaChangePlan.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace tessera::ui::console {

class PasskeySettings;

// Edits a pool's MFA policy: the mode (Off / Optional / Required, each with what users will
// experience), the factors, SMS and email settings with a live preview of the message, device
// remembering and (local engine) the federated-user policy. Validation runs as the person types,
// through core's MfaConfig, in AWS's words, naming the field to change. Holds no rule itself.
class MfaPolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MfaPolicyEditor(QWidget* parent = nullptr);

    // Shows `inForce`. `tesseraPolicies`: the backend keeps Tessera's own policies (the local
    // engine); otherwise those controls are disabled with the reason.
    void setPolicy(const pool::MfaPolicy& inForce, bool tesseraPolicies);
    // The policy as edited.
    pool::MfaPolicy policy() const;
    // The first problem of the edited policy in AWS's words, or empty.
    QString problem() const { return m_problem; }
    bool isModified() const;

    // Controls the backend lacks are disabled, with `reason` as their tooltip.
    void setOperationSupported(bool setMfaConfig, bool updatePool, const QString& reason);

    // The passkey and passwordless sign-in section (its own widget; probed separately).
    PasskeySettings* passkeys() const { return m_passkeySettings; }

signals:
    void edited();

private:
    QWidget* createModeBox();
    QWidget* createFactorsBox();
    QWidget* createSmsBox();
    QWidget* createEmailBox();
    QWidget* createDevicesBox();
    void onModeChosen();
    void onChanged();
    void updatePreviews();
    void updateEnabled();

    pool::MfaPolicy m_inForce;
    bool m_loading = false;
    bool m_tesseraPolicies = false;
    bool m_canSetMfa = true;
    bool m_canUpdatePool = true;
    QString m_problem;

    QButtonGroup* m_mode = nullptr;
    QCheckBox* m_totp = nullptr;
    QCheckBox* m_sms = nullptr;
    QCheckBox* m_email = nullptr;
    QGroupBox* m_smsBox = nullptr;
    QLineEdit* m_snsArn = nullptr;
    QLineEdit* m_externalId = nullptr;
    QLineEdit* m_snsRegion = nullptr;
    QLineEdit* m_smsMessage = nullptr;
    QLabel* m_smsPreview = nullptr;
    QGroupBox* m_emailBox = nullptr;
    QLineEdit* m_emailSubject = nullptr;
    QPlainTextEdit* m_emailMessage = nullptr;
    QLabel* m_emailPreview = nullptr;
    QComboBox* m_devices = nullptr;
    QCheckBox* m_skipOnRemembered = nullptr;
    QComboBox* m_federated = nullptr;
    QLabel* m_federatedNote = nullptr;
    QLabel* m_problemLabel = nullptr;
    PasskeySettings* m_passkeySettings = nullptr;
};

} // namespace tessera::ui::console
