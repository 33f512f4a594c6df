// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/AuthEvent.h"
#include "pool/PoolUser.h"
#include "pool/UserAction.h"
#include "pool/UserChanges.h"

#include "pool/BulkUserRun.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::ui {
class MessageBar;
}

namespace tessera::ui::console {

class ActionConfirmBar;
class UserPasskeysSection;
class PoolSession;

// One user of a pool: attributes, status, factors and preference (AdminGetUser), remembered
// devices (AdminListDevices) and recent sign-ins (AdminListUserAuthEvents) where the backend
// serves them, and the actions an administrator takes on the user. Each action says what it
// will do before it runs (ActionConfirmBar) and what it did after; it runs as a BulkUserRun of
// one, so the pane and bulk runs share one path, one pace and one wording.
class UserDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailPane(PoolSession& session, QWidget* parent = nullptr);
    ~UserDetailPane() override;

    // Reads and shows `username` of `userPoolId`; an empty username clears the pane.
    void showUser(const QString& userPoolId, const QString& username);
    QString username() const { return m_username; }
    QString poolId() const { return m_poolId; }
    const std::optional<pool::PoolUser>& user() const { return m_user; }

signals:
    // The user was read and is shown.
    void userShown(const QString& username);
    // An action finished (error empty) or failed; the table may want to re-read the user.
    void actionFinished(const QString& username, const QString& error);
    void userDeleted(const QString& username);

private:
    QWidget* createActions();
    QGroupBox* createMfaBox();
    QGroupBox* createDevicesBox();
    QGroupBox* createEventsBox();
    void reload();
    void cancelReads();
    void showLoadedUser(const pool::PoolUser& user);
    void showDevices(const QList<pool::UserDevice>& devices);
    void showEvents(const QList<pool::AuthEvent>& events);
    void showListFailure(const pool::PoolError& error, QLabel* note);
    void propose(const pool::UserAction& action);
    void proposeForgetDevice();
    void runAction(const pool::UserAction& action);
    void showOutcome(const QString& text, bool error);
    void updateSupport();
    QString selectedFactor() const;

    PoolSession& m_session;
    // The session's pacer, and this pane's reads waiting on it or in flight.
    pool::RequestPacer* m_pacer = nullptr;
    QList<quint64> m_reads;
    QPointer<pool::BulkUserRun> m_run;
    QString m_poolId;
    QString m_username;
    std::optional<pool::PoolUser> m_user;
    QList<pool::UserDevice> m_devices;
    // What Confirm will do: an action, or forgetting the selected device.
    std::optional<pool::UserAction> m_pendingAction;
    QString m_pendingDevice;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    MessageBar* m_outcome = nullptr;
    MessageBar* m_error = nullptr;
    ActionConfirmBar* m_confirm = nullptr;
    QTableWidget* m_attributes = nullptr;
    QLabel* m_factors = nullptr;
    QComboBox* m_factor = nullptr;
    QPushButton* m_toggleEnabled = nullptr;
    QList<QPushButton*> m_actionButtons;
    QGroupBox* m_devicesBox = nullptr;
    QLabel* m_devicesNote = nullptr;
    QTableWidget* m_deviceTable = nullptr;
    QPushButton* m_forgetDevice = nullptr;
    QPushButton* m_forgetAll = nullptr;
    QGroupBox* m_eventsBox = nullptr;
    QLabel* m_eventsNote = nullptr;
    QTableWidget* m_eventTable = nullptr;
    UserPasskeysSection* m_passkeys = nullptr;
};

} // namespace tessera::ui::console
