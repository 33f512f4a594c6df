// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/UserFilter.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTableView;

namespace tessera::ui::console {

class PoolSession;
class UserFilterBar;
class UserTableModel;

// A pool's users: the filter bar, the user table (loaded page by page, the MFA column read for
// the rows on screen) and a status line. Columns can be shown or hidden from the header's
// context menu; their order and widths are remembered. Other parts of the console attach to the
// current user (currentUserChanged) and the selection (selectedUsernames), and can put a detail
// pane beside the table (setDetailPane).
class UsersView : public QWidget
{
    Q_OBJECT

public:
    explicit UsersView(PoolSession& session, QWidget* parent = nullptr);
    ~UsersView() override;

    // Shows `poolId`'s users (empty: none); the filter is cleared.
    void setPool(const QString& poolId);
    const QString& poolId() const;

    UserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    UserFilterBar* filterBar() const { return m_filterBar; }

    // The user the keyboard focus is on (empty: none), and every selected user.
    QString currentUsername() const;
    QStringList selectedUsernames() const;
    // The filter the table is listed with (nothing: every user).
    std::optional<pool::UserFilter> currentFilter() const;

    // Puts `pane` beside the table (the view owns it from then on).
    void setDetailPane(QWidget* pane);

signals:
    void currentUserChanged(const QString& username);
    void selectionChanged(const QStringList& usernames);
    void filterChanged(const std::optional<tessera::pool::UserFilter>& filter);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showHeaderMenu(const QPoint& at);
    void saveHeader();
    void restoreHeader();
    void reportVisibleRows();
    void updateStatus();

    PoolSession& m_session;
    UserTableModel* m_model = nullptr;
    UserFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
    QTimer m_visibleRows;
    QTimer m_saveHeader;
};

} // namespace tessera::ui::console
