// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPasskeysSection.h"

#include "ActionConfirmBar.h"
#include "ConsoleTables.h"
#include "PoolSession.h"
#include "widgets/MessageBar.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

QString when(qint64 seconds, const QString& never)
{
    return seconds == 0
               ? never
               : QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

} // namespace

UserPasskeysSection::UserPasskeysSection(PoolSession& session, QWidget* parent)
    : QGroupBox(tr("Passkeys"), parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Passkeys note"));
    layout->addWidget(m_note);
    m_table = readOnlyTable({tr("Name"), tr("Created"), tr("Last used")}, tr("Passkeys"));
    m_table->setMinimumHeight(80);
    // Room for a handful of passkeys; dates on one line, the name takes what is left.
    m_table->setMaximumHeight(160);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    m_confirm = new ActionConfirmBar;
    layout->addWidget(m_confirm);
    m_outcome = new MessageBar(MessageBar::Tone::Neutral);
    m_outcome->hide();
    layout->addWidget(m_outcome);
    auto* row = new QHBoxLayout;
    m_delete = new QPushButton(tr("Delete passkey…"));
    m_delete->setAccessibleName(tr("Delete passkey"));
    m_delete->setAccessibleDescription(
        tr("Removes the selected passkey; the user can no longer sign in with it."));
    m_delete->setToolTip(m_delete->accessibleDescription());
    m_delete->setEnabled(false);
    row->addWidget(m_delete);
    row->addStretch();
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_delete, &QPushButton::clicked, this, &UserPasskeysSection::proposeDelete);
    connect(m_confirm, &ActionConfirmBar::confirmed, this, &UserPasskeysSection::deleteSelected);
    connect(m_confirm, &ActionConfirmBar::cancelled, this, [this] { m_pendingId.clear(); });
    showUser({}, {});
}

void UserPasskeysSection::showUser(const QString& userPoolId, const QString& username)
{
    const bool same = userPoolId == m_poolId && username == m_username;
    m_poolId = userPoolId;
    m_username = username;
    if (!same) {
        m_pendingId.clear();
        m_confirm->dismiss();
        m_outcome->hide();
    }
    m_passkeys.clear();
    m_table->setRowCount(0);
    m_delete->setEnabled(false);
    m_note->setText(username.isEmpty() ? QString() : tr("Reading…"));
    m_note->setVisible(!username.isEmpty());
    reload();
}

void UserPasskeysSection::reload()
{
    if (m_username.isEmpty() || m_session.backend() == nullptr) {
        return;
    }
    const QString username = m_username;
    m_session.request<QList<pool::UserPasskey>>(
        m_session.backend()->userPasskeys(m_poolId, username), this,
        [this, username](const Expected<QList<pool::UserPasskey>, pool::PoolError>& passkeys) {
            if (username != m_username) {
                return; // another user was chosen meanwhile
            }
            if (!passkeys) {
                const bool unsupported =
                    passkeys.failure().type == QLatin1String(pool::errors::kUnsupportedOperation);
                // What the backend cannot show is said in one sentence, not shown broken.
                m_note->setText(unsupported
                                    ? tr("This backend shows passkeys only to their own user "
                                         "(Cognito's ListWebAuthnCredentials takes the user's "
                                         "access token), so they are not listed here.")
                                    : passkeys.failure().message);
                m_table->setVisible(false);
                m_delete->setVisible(false);
                emit passkeysShown(passkeys.failure().message);
                return;
            }
            show(*passkeys);
            emit passkeysShown(QString());
        });
}

void UserPasskeysSection::show(const QList<pool::UserPasskey>& passkeys)
{
    m_passkeys = passkeys;
    m_table->setVisible(true);
    m_delete->setVisible(true);
    m_note->setText(
        passkeys.isEmpty()
            ? tr("%1 has no passkey.").arg(m_username)
            : tr("%1 has %n passkey(s).", nullptr, int(passkeys.size())).arg(m_username));
    m_table->setRowCount(int(passkeys.size()));
    for (int row = 0; row < passkeys.size(); ++row) {
        const pool::UserPasskey& passkey = passkeys.at(row);
        setRowTexts(m_table, row,
                    {passkey.name.isEmpty() ? tr("(unnamed)") : passkey.name,
                     when(passkey.created, tr("unknown")), when(passkey.lastUsed, tr("never"))});
    }
    m_table->setVisible(!passkeys.isEmpty());
}

void UserPasskeysSection::proposeDelete()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_passkeys.size()) {
        return;
    }
    const pool::UserPasskey& passkey = m_passkeys.at(row);
    m_pendingId = passkey.credentialId;
    const QString name = passkey.name.isEmpty() ? tr("(unnamed)") : passkey.name;
    m_confirm->ask(tr("Delete the passkey \"%1\" of %2? They can no longer sign in with it, and "
                      "must register it again to use it. This cannot be undone.")
                       .arg(name, m_username),
                   tr("Delete passkey"));
}

void UserPasskeysSection::deleteSelected()
{
    if (m_pendingId.isEmpty() || m_session.backend() == nullptr) {
        return;
    }
    const QString credentialId = m_pendingId;
    const QString username = m_username;
    QString name;
    for (const pool::UserPasskey& passkey : std::as_const(m_passkeys)) {
        if (passkey.credentialId == credentialId) {
            name = passkey.name.isEmpty() ? tr("(unnamed)") : passkey.name;
        }
    }
    m_pendingId.clear();
    m_confirm->dismiss();
    m_session.request<void>(
        m_session.backend()->deleteUserPasskey(m_poolId, username, credentialId), this,
        [this, username, name](const Expected<void, pool::PoolError>& deleted) {
            if (username != m_username) {
                return;
            }
            if (!deleted) {
                say(tr("The passkey \"%1\" was not deleted: %2")
                        .arg(name, deleted.failure().message),
                    true);
                emit deleteFinished(deleted.failure().message);
                return;
            }
            say(tr("Deleted the passkey \"%1\" of %2; they can no longer sign in with it.")
                    .arg(name, username),
                false);
            reload();
            emit deleteFinished(QString());
        });
}

void UserPasskeysSection::say(const QString& text, bool error)
{
    // MessageBar reads its text as its name; an error says so first.
    m_outcome->setText(error ? tr("Error: %1").arg(text) : text);
    m_outcome->show();
}

} // namespace tessera::ui::console
