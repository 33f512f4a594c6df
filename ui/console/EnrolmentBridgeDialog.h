// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "pool/PoolError.h"
#include "pool/lab/CodeProvider.h"
#include "pool/lab/EnrolmentBridge.h"
#include "pool/lab/SignInLab.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace tessera::ui {
class MessageBar;
}

namespace tessera::ui::console {

class PoolSession;

// "Set up an authenticator" for one pool user, over core's EnrolmentBridge: AssociateSoftwareToken
// with the user's access token (from a lab run, or a sign-in made here with the user's password),
// then the secret as a QR code for a phone (shown only on request, hidden after 60 s) or added to
// this computer's vault (through the shell's LabVault), then VerifySoftwareToken with the code the
// secret gives at that moment, then TOTP on and preferred. Each step says what it did.
class EnrolmentBridgeDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kQrSeconds = 60;

    EnrolmentBridgeDialog(PoolSession& session, QString poolId, QString username,
                          QWidget* parent = nullptr);
    ~EnrolmentBridgeDialog() override;

    void setClock(otp::Clock clock) { m_clock = std::move(clock); }
    // The user's access token (a lab run's); without one the dialog signs in first.
    void setAccessToken(const QString& token);

    bool succeeded() const { return m_bridge && m_bridge->succeeded(); }
    QListWidget* stepList() const { return m_steps; }
    QLabel* qrLabel() const { return m_qr; }

signals:
    // The secret is known (AssociateSoftwareToken answered): QR or vault may be chosen.
    void associated();
    // The bridge ended: TOTP is set up (error empty) or why not.
    void finished(const QString& error);

private:
    QWidget* createSignIn();
    void readClients();
    void signIn();
    void associate();
    void send(std::optional<pool::lab::LabRequest> request);
    void onAnswer(const pool::PoolResult& answer);
    void showQr();
    void hideQr();
    void tickQr();
    void addToVault();
    void verify();
    void addStep(const QString& text);
    void showError(const QString& text);

    PoolSession& m_session;
    QString m_poolId;
    QString m_username;
    otp::Clock m_clock;
    QString m_accessToken;
    std::unique_ptr<pool::lab::EnrolmentBridge> m_bridge;
    std::unique_ptr<pool::lab::ChainedCodes> m_signInCodes;
    std::unique_ptr<pool::lab::SignInLab> m_signIn;
    QString m_operation;   // the request on its way
    bool m_paused = false; // association answered, verification waits for the admin's choice
    qint64 m_qrShownAt = 0;

    QWidget* m_signInBox = nullptr;
    QComboBox* m_client = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signInButton = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_account = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_showQr = nullptr;
    QPushButton* m_addToVault = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_qrNote = nullptr;
    QTimer* m_qrTimer = nullptr;
    QListWidget* m_steps = nullptr;
    MessageBar* m_error = nullptr;
};

} // namespace tessera::ui::console
