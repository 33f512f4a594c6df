// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "otp/OtpParameters.h"
#include "vault/Entry.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;

namespace tessera::ui {

class AddEntryDialog;
class ClipboardGuard;
class EmptyState;
class IdleWatcher;
class TokenListModel;
class UnlockView;
class VaultSession;

// The authenticator place: unlock (or create) the vault, then the list of codes with search,
// copy, add, show as QR, delete with undo and lock. Holds no rule: the vault, OTP and scanning
// are core's; this class wires them to widgets.
class AuthenticatorPage : public QWidget
{
    Q_OBJECT
public:
    AuthenticatorPage(const QString& vaultPath, otp::Clock clock, QWidget* parent = nullptr);
    ~AuthenticatorPage() override;

    VaultSession& session() { return *m_session; }
    ClipboardGuard& clipboard() { return *m_clipboard; }
    IdleWatcher& idleWatcher() { return *m_idle; }
    // Null while locked.
    TokenListModel* model() { return m_model.get(); }
    QListView* listView() { return m_list; }

    // The actions the main window puts in its menus (Add, Find, Copy, Show QR, Delete, Undo,
    // Lock), with their shortcuts.
    QList<QAction*> accountActions() const;

    void lock();
    // Opens the add dialog (window-modal, not blocking), optionally scanning a file first.
    AddEntryDialog* openAddDialog(const QString& imageToScan = {});
    bool addAccount(otp::OtpParameters parameters);
    void copyCode(const QModelIndex& index);
    void deleteAccount(const QModelIndex& index);
    void undoDelete();
    void showStatus(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createListPage();
    QWidget* createEmptyState();
    void createActions();
    void onOpened();
    void updatePlace();
    void revealHotp(const QModelIndex& index);
    void showQrCode(const QModelIndex& index);
    bool saveOrReport();
    QModelIndex currentSourceIndex() const;

    otp::Clock m_clock;
    VaultSession* m_session = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    IdleWatcher* m_idle = nullptr;
    std::unique_ptr<TokenListModel> m_model;
    QSortFilterProxyModel* m_proxy = nullptr;

    QStackedWidget* m_stack = nullptr;
    UnlockView* m_unlock = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_listPage = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QTimer m_undoTimer;
    QTimer m_statusTimer;
    std::optional<vault::Entry> m_deleted;

    QAction* m_addAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_qrAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_lockAction = nullptr;
};

} // namespace tessera::ui
