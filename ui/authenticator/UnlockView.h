// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tessera::ui {

class VaultSession;

// The authenticator while locked: creates the vault on first start (password, confirmation and
// a strength hint from core) or unlocks it, by password or through the system keyring, and can
// remember the vault's key in the keyring. The KDF runs in VaultSession off the UI thread;
// meanwhile the form is disabled and a busy bar runs.
class UnlockView : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockView(VaultSession& session, QWidget* parent = nullptr);

    bool isCreating() const { return m_creating; }
    // Re-reads whether the file exists and clears the fields; called whenever the view shows.
    void reset();

protected:
    // The password field takes the keyboard focus whenever the form is shown, so a person who
    // launches Tessera (or comes back to it locked) can type the password and press Enter.
    void showEvent(QShowEvent* event) override;

private:
    void focusPassword();
    void submit();
    void updateCreateState();
    void setBusy(bool busy);
    void showFailure(const QString& message, bool wrongPassword);
    void unlockWithKeyring();

    VaultSession& m_session;
    bool m_creating = false;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_submit = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_keyringButton = nullptr;
};

} // namespace tessera::ui
