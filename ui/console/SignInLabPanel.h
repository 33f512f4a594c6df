// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "pool/PoolError.h"
#include "pool/UserPoolClient.h"
#include "pool/lab/CodeProvider.h"
#include "pool/lab/SignInLab.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::ui {
class MessageBar;
}

namespace tessera::ui::console {

class PoolSession;
class SignInLabView;

// The sign-in lab: a user, an app client (or a test client made in one click), the password (in
// wiped memory once Start reads it) and a context; Start walks the sign-in through core's
// SignInLab, one asynchronous request at a time through PoolSession, so the window never waits.
// Codes come from the vault entry linked to the user (named), the local outbox, or the person
// (a prompt when neither has one). Wiring only: the lab, its advice and the trace are core's.
class SignInLabPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignInLabPanel(PoolSession& session, QWidget* parent = nullptr);
    ~SignInLabPanel() override;

    // Reads the pool's users and app clients (poolRead() follows).
    void setPool(const QString& poolId);
    QString poolId() const { return m_poolId; }
    // Tests give a fake clock; the system clock otherwise.
    void setClock(otp::Clock clock) { m_clock = std::move(clock); }

    bool isRunning() const { return m_running; }
    const pool::lab::SignInLab* lab() const { return m_lab.get(); }
    SignInLabView* view() const { return m_view; }

signals:
    void poolRead();
    // A run ended (authenticated or stopped) and its trace, if any, is shown.
    void runFinished(bool authenticated);
    // The lab waits for a code typed into the prompt; `reason` says why none was found.
    void codeNeeded(const QString& challenge, const QString& reason);

private:
    QWidget* createForm();
    QWidget* createPrompt();
    void readClients();
    void showClients(const QList<pool::UserPoolClient>& clients);
    void createTestClient();
    void readDevices();
    void start();
    void startRun();
    void send(std::optional<pool::lab::LabRequest> request);
    void onAnswer(const pool::PoolResult& answer);
    void sendTypedCode();
    void finish();
    void showTrace();
    void setRunning(bool running);
    void showError(const QString& text);
    void openBridge();
    void addEnrolledToVault();

    PoolSession& m_session;
    otp::Clock m_clock;
    QString m_poolId;
    QString m_runUser;
    bool m_running = false;
    std::unique_ptr<pool::lab::ChainedCodes> m_found;
    std::unique_ptr<pool::lab::SignInLab> m_lab;
    // Devices lab runs had the pool remember, by key: their group key and own password (wiped
    // memory), for a later run from them (DEVICE_SRP_AUTH). Kept for this window only.
    std::map<QString, pool::lab::RememberedDevice> m_devices;

    QComboBox* m_user = nullptr;
    QComboBox* m_client = nullptr;
    QPushButton* m_createClient = nullptr;
    QLabel* m_clientNote = nullptr;
    QComboBox* m_flow = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_setPassword = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_ip = nullptr;
    QComboBox* m_device = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QLineEdit* m_userAgent = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_bridge = nullptr;
    QPushButton* m_addToVault = nullptr;
    QWidget* m_prompt = nullptr;
    QLabel* m_promptText = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_sendCode = nullptr;
    MessageBar* m_error = nullptr;
    SignInLabView* m_view = nullptr;
};

} // namespace tessera::ui::console
