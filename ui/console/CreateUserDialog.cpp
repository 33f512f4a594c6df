// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateUserDialog.h"

#include "PoolSession.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

QLabel* statusLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(name);
    return label;
}

} // namespace

CreateUserDialog::CreateUserDialog(PoolSession& session, QString userPoolId,
                                   pool::PasswordPolicy policy, QWidget* parent)
    : QDialog(parent), m_session(session), m_poolId(std::move(userPoolId)),
      m_policy(std::move(policy))
{
    setWindowTitle(tr("New user"));
    auto* form = new QFormLayout(this);
    // A long label goes above its field rather than widening the dialog.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_username = new QLineEdit;
    m_username->setAccessibleName(tr("Username"));
    m_username->setAccessibleDescription(tr("1 to 128 characters, no spaces."));
    form->addRow(tr("&Username:"), m_username);
    m_email = new QLineEdit;
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    form->addRow(tr("&Email:"), m_email);
    m_phone = new QLineEdit;
    m_phone->setAccessibleName(tr("Phone number"));
    m_phone->setAccessibleDescription(
        tr("+ then the country code and number, digits only, as Cognito requires."));
    m_phone->setPlaceholderText(QStringLiteral("+14325551212"));
    form->addRow(tr("&Phone:"), m_phone);
    m_inviteEmail = new QRadioButton(tr("Send an invitation by email"));
    m_inviteSms = new QRadioButton(tr("Send an invitation by SMS"));
    m_temporary = new QRadioButton(tr("Set a temporary password to hand over"));
    const QString outbox =
        m_session.localEngine() != nullptr
            ? tr("The invitation holds a temporary password; on the local engine it lands in the "
                 "outbox instead of being sent.")
            : tr("The invitation holds a temporary password Cognito makes.");
    for (QRadioButton* invitation : {m_inviteEmail, m_inviteSms}) {
        invitation->setAccessibleDescription(outbox);
    }
    auto* group = new QButtonGroup(this);
    for (QRadioButton* choice : {m_inviteEmail, m_inviteSms, m_temporary}) {
        group->addButton(choice);
        form->addRow(choice);
    }
    m_inviteEmail->setChecked(true);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Temporary password"));
    form->addRow(tr("&Temporary password:"), m_password);
    m_policyStatus = statusLabel(tr("Password policy"));
    form->addRow(m_policyStatus);
    m_status = statusLabel(tr("Status"));
    form->addRow(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("&Create user"), QDialogButtonBox::AcceptRole);
    m_create->setAccessibleName(tr("Create user"));
    form->addRow(buttons);
    connect(m_create, &QPushButton::clicked, this, &CreateUserDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_username, m_email, m_phone, m_password}) {
        connect(field, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    }
    connect(group, &QButtonGroup::buttonToggled, this, &CreateUserDialog::validate);
    validate();
}

pool::NewUser CreateUserDialog::newUser() const
{
    pool::NewUser user;
    user.username = m_username->text();
    if (!m_email->text().isEmpty()) {
        user.attributes.insert(QStringLiteral("email"), m_email->text());
    }
    if (!m_phone->text().isEmpty()) {
        user.attributes.insert(QStringLiteral("phone_number"), m_phone->text());
    }
    user.invitation = m_inviteEmail->isChecked() ? pool::NewUser::Invitation::Email
                      : m_inviteSms->isChecked() ? pool::NewUser::Invitation::Sms
                                                 : pool::NewUser::Invitation::None;
    if (m_temporary->isChecked()) {
        // Shares the field's own buffer (no copy), which a password field keeps from moving.
        user.setTemporaryPassword(m_password->text());
    }
    return user;
}

void CreateUserDialog::validate()
{
    m_password->setEnabled(m_temporary->isChecked());
    QString policyProblem;
    if (m_temporary->isChecked() && !m_password->text().isEmpty()) {
        const auto checked = m_policy.check(m_password->text());
        policyProblem =
            checked ? tr("The password meets the pool's policy.") : checked.failure().message;
        showInlineMessage(m_policyStatus, policyProblem, !checked);
        if (checked) {
            policyProblem.clear();
        }
    } else {
        showInlineMessage(m_policyStatus,
                          m_temporary->isChecked()
                              ? tr("At least %n character(s), as the pool's policy says.", nullptr,
                                   m_policy.minimumLength)
                              : QString(),
                          false);
    }
    const auto valid = newUser().validate();
    // A field not yet typed in is not an error to shout about; the button says it all.
    const bool started = !m_username->text().isEmpty();
    showInlineMessage(m_status, started && !valid ? valid.failure().message : QString(), true);
    m_create->setEnabled(valid.ok() && policyProblem.isEmpty());
}

void CreateUserDialog::create()
{
    if (m_session.backend() == nullptr) {
        return;
    }
    const pool::NewUser user = newUser();
    m_create->setEnabled(false);
    showInlineMessage(m_status, tr("Creating %1…").arg(user.username), false);
    const bool local = m_session.localEngine() != nullptr;
    m_session.request<pool::PoolUser>(
        m_session.backend()->adminCreateUser(m_poolId, user), this,
        [this, user, local](const Expected<pool::PoolUser, pool::PoolError>& created) {
            if (!created) {
                showInlineMessage(m_status, created.failure().message, true);
                m_create->setEnabled(true);
                return;
            }
            QString sentence;
            switch (user.invitation) {
            case pool::NewUser::Invitation::None:
                sentence = tr("%1 is created with the temporary password you set; they choose "
                              "their own at the first sign-in.")
                               .arg(user.username);
                break;
            case pool::NewUser::Invitation::Email:
            case pool::NewUser::Invitation::Sms:
                sentence =
                    local ? tr("%1 is created; the invitation with a temporary password "
                               "is in the local outbox.")
                                .arg(user.username)
                          : tr("%1 is created; Cognito sent the invitation.").arg(user.username);
                break;
            }
            m_password->clear();
            emit userCreated(user.username, sentence);
            accept();
        });
}

} // namespace tessera::ui::console
