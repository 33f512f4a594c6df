// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolSession.h"
#include "pool/Enrolment.h"
#include "pool/MfaChangePlan.h"
#include "pool/PolicyHistory.h"
#include "pool/RiskConfig.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace tessera::ui {
class EmptyState;
class MessageBar;
} // namespace tessera::ui

namespace tessera::ui::console {

class ConnectionBar;
class MfaPolicyEditor;
class PoolListModel;
class EnrolmentChart;
class UsersView;

// The pool console's place in the window: a connection picker, the connection's pools, and the
// chosen pool's MFA policy with its editor, change plan, history and IaC export. Wiring only:
// calls go through PoolSession, rules live in core/pool.
class PoolConsolePage : public QWidget
{
    Q_OBJECT

public:
    explicit PoolConsolePage(QWidget* parent = nullptr);
    ~PoolConsolePage() override;

    PoolSession& session() { return m_session; }
    // Connects to `connection` (also what the picker does).
    void connectTo(const pool::PoolConnection& connection);
    // Where the policy history is kept (tests point it at a temporary file).
    void setHistoryPath(const QString& path);

    QString selectedPoolId() const;
    // The selected pool's users (its tab); other parts attach to its current user and selection.
    UsersView* usersView() const { return m_usersView; }
    EnrolmentChart* enrolmentChart() const { return m_chart; }
    // Shows the users tab, or the enrolment chart.
    void showUsers();
    void showEnrolment();
    const pool::MfaPolicy& policyInForce() const { return m_inForce; }

signals:
    // A pool's policy has been read and is shown in the editor.
    void poolShown(const QString& poolId);
    // A plan was applied (error empty) or failed.
    void planFinished(const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createPoolList();
    QWidget* createOverview();
    // The policy, users and enrolment tabs (PoolConsoleSections.cpp).
    QWidget* createSections(QWidget* policy);
    void onConnected();
    void onConnectionFailed(const QString& sentence);
    void onPoolSelected();
    void showPolicy(const pool::UserPool& described, const pool::MfaConfig& mfa);
    void updateOverviewText();
    void reviewChanges();
    void reviewPolicy(const pool::MfaPolicy& edited);
    void exportConfiguration();
    void showHistory();
    void createPool();
    void deletePool();
    void createSamplePool();
    void showFirstPageState();
    void showSelectedPoolTab();
    void showMessage(const QString& text, bool error);

    PoolSession m_session;
    PoolListModel* m_pools = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    pool::PolicyHistory m_history;
    pool::MfaPolicy m_inForce;
    std::optional<pool::EnrolmentSummary> m_users;
    std::optional<pool::RiskConfig> m_risk;
    bool m_everShown = false;

    ConnectionBar* m_connectionBar = nullptr;
    QStackedWidget* m_body = nullptr;
    EmptyState* m_notConnected = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_newPool = nullptr;
    QPushButton* m_deletePool = nullptr;
    QStackedWidget* m_detail = nullptr;
    EmptyState* m_noPool = nullptr;
    EmptyState* m_emptyStore = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_enrolment = nullptr;
    MfaPolicyEditor* m_editor = nullptr;
    QTabWidget* m_tabs = nullptr;
    UsersView* m_usersView = nullptr;
    EnrolmentChart* m_chart = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_historyButton = nullptr;
    MessageBar* m_message = nullptr;
    MessageBar* m_error = nullptr;
};

} // namespace tessera::ui::console
