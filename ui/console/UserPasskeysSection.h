// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/UserPasskey.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::ui {
class MessageBar;
}

namespace tessera::ui::console {

class ActionConfirmBar;
class PoolSession;

// A section of the user detail pane: the user's registered passkeys (name, created, last used)
// and deleting one, asked first (ActionConfirmBar) and reported after. Where the backend cannot
// show them to an administrator (Cognito lists passkeys only to their user) one sentence says so.
class UserPasskeysSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit UserPasskeysSection(PoolSession& session, QWidget* parent = nullptr);

    // Reads `username`'s passkeys; an empty username clears the section.
    void showUser(const QString& userPoolId, const QString& username);
    const QList<pool::UserPasskey>& passkeys() const { return m_passkeys; }

signals:
    // The list was read (or failed: `error` non-empty).
    void passkeysShown(const QString& error);
    // A passkey was deleted (error empty) or the delete failed.
    void deleteFinished(const QString& error);

private:
    void reload();
    void show(const QList<pool::UserPasskey>& passkeys);
    void proposeDelete();
    void deleteSelected();
    void say(const QString& text, bool error);

    PoolSession& m_session;
    QString m_poolId;
    QString m_username;
    QList<pool::UserPasskey> m_passkeys;
    QString m_pendingId;

    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_delete = nullptr;
    ActionConfirmBar* m_confirm = nullptr;
    MessageBar* m_outcome = nullptr;
};

} // namespace tessera::ui::console
