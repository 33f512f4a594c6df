// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolUser.h"
#include "pool/UserAction.h"
#include "pool/UserFilter.h"

#include "pool/BulkUserRun.h"
#include "pool/UserListWalk.h"
#include <QDialog>

#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tessera::ui::console {

class PoolSession;

// A bulk action on the selected users or on every user matching a filter: choose the action,
// see what it will do (how many users, a sample) before it runs, watch it run with a progress
// bar and Cancel, and end with a per-user result table (done / failed with the service's
// message / skipped with why) that can be saved as CSV.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    // `selection` may be empty (then only the filter scope is offered); `filter` empty means
    // every user of the pool.
    BulkActionDialog(PoolSession& session, QString userPoolId, QList<pool::PoolUser> selection,
                     std::optional<pool::UserFilter> filter, QWidget* parent = nullptr);
    ~BulkActionDialog() override;

    pool::BulkUserRun* run() const { return m_run; }
    // Writes the result table as CSV; false (with the reason shown) when it cannot.
    bool saveResults(const QString& path);

    // While a run goes on, closing (Esc, the window's close button) cancels it instead, so the
    // run always ends with its result table; a second close after that closes.
    void reject() override;

signals:
    // The run ended (cancelled or not); the users table may want to re-read.
    void runFinished();

private:
    void scopeChanged();
    void readMatchingUsers();
    void updatePreview();
    void startRun();
    void showItem(int index);
    void runEnded();
    pool::UserAction chosenAction() const;
    const QList<pool::PoolUser>& targets() const;

    PoolSession& m_session;
    QString m_poolId;
    QList<pool::PoolUser> m_selection;
    std::optional<pool::UserFilter> m_filter;
    QList<pool::PoolUser> m_matching;
    bool m_matchingRead = false;
    pool::RequestPacer* m_pacer = nullptr;
    QPointer<pool::UserListWalk> m_walk;
    QPointer<pool::BulkUserRun> m_run;

    QComboBox* m_scope = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_factor = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_confirmPrompt = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_results = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace tessera::ui::console
