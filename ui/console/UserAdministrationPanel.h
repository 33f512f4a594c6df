// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolUser.h"

#include <QTimer>
#include <QWidget>

class QPushButton;

namespace tessera::pool {
class RequestPacer;
}

namespace tessera::ui {
class MessageBar;
}

namespace tessera::ui::console {

class PoolSession;
class UserDetailPane;
class UsersView;

// What an administrator does with a pool's users, beside the users table: New user, Import
// CSV, Export CSV and Bulk action over the table's selection or filter, and the detail pane of
// the table's current user. It puts itself beside the table (UsersView::setDetailPane) and
// re-reads the table after a change.
class UserAdministrationPanel : public QWidget
{
    Q_OBJECT

public:
    UserAdministrationPanel(PoolSession& session, UsersView& users, QWidget* parent = nullptr);

    UserDetailPane* detailPane() const { return m_pane; }
    // Writes every user matching the table's filter to `path` as CSV (what Export does after
    // its file dialog); exported() follows.
    void exportTo(const QString& path);

signals:
    void exported(int count, const QString& error);

private:
    void openBulkAction();
    void openCreateUser();
    void openImport();
    void changed(const QString& sentence);
    void updateButtons();
    void addFactors(QList<pool::PoolUser> users, int from, const QString& path);
    void finishExport(const QString& path, const QList<pool::PoolUser>& users, const QString& error,
                      bool withoutFactors = false);

    PoolSession& m_session;
    UsersView& m_users;
    pool::RequestPacer* m_pacer = nullptr;
    UserDetailPane* m_pane = nullptr;
    // Shows the current user in the pane once the current row has rested this long.
    static constexpr int kFollowDelayMs = 120;
    QTimer m_follow;
    MessageBar* m_message = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_bulk = nullptr;
};

} // namespace tessera::ui::console
