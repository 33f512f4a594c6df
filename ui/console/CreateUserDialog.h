// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PasswordPolicy.h"
#include "pool/UserChanges.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tessera::ui::console {

class PoolSession;

// "New user": a username, email and phone (checked as Cognito checks them), and either an
// invitation by email or SMS (on the local engine it lands in the outbox) or a temporary
// password checked live against the pool's password policy. Creates the user with
// AdminCreateUser and stays open with the service's message when that fails.
class CreateUserDialog : public QDialog
{
    Q_OBJECT

public:
    CreateUserDialog(PoolSession& session, QString userPoolId, pool::PasswordPolicy policy,
                     QWidget* parent = nullptr);

    // The request as the form stands.
    pool::NewUser newUser() const;

signals:
    // The user exists now; `sentence` says what was done (and where an invitation went).
    void userCreated(const QString& username, const QString& sentence);

private:
    void validate();
    void create();

    PoolSession& m_session;
    QString m_poolId;
    pool::PasswordPolicy m_policy;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QRadioButton* m_inviteEmail = nullptr;
    QRadioButton* m_inviteSms = nullptr;
    QRadioButton* m_temporary = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_policyStatus = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace tessera::ui::console
