// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountActions.h"
#include "TokenChanges.h"
#include "authenticator/AppSettings.h"
#include "otp/Clock.h"
#include "otp/OtpParameters.h"
#include "vault/Entry.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QListView;
class QStackedWidget;

namespace tessera::ui {

class AddEntryDialog;
class AutoLock;
class ClipboardGuard;
class ClockCheckBar;
class EmptyState;
class ExportDialog;
class IdleWatcher;
class ImportDialog;
class ScreenLockWatcher;
class TokenListModel;
class TokenListPage;
class TokenSortModel;
class UnlockView;
class VaultSession;

// The authenticator place: unlock (or create) the vault, then the list of codes with search,
// copy, add, show as QR, delete with undo and lock. Holds no rule: the vault, OTP and scanning
// are core's; this class wires them to widgets, and changes the vault through
// VaultSession::apply only.
class AuthenticatorPage : public QWidget
{
    Q_OBJECT
public:
    AuthenticatorPage(const QString& vaultPath, otp::Clock clock, QWidget* parent = nullptr);
    ~AuthenticatorPage() override;

    VaultSession& session() { return *m_session; }
    ClipboardGuard& clipboard() { return *m_clipboard; }
    IdleWatcher& idleWatcher();
    ScreenLockWatcher& screenLockWatcher();
    // The clock check over the list: its server, what it found and the correction accepted.
    ClockCheckBar& clockCheck() { return *m_clockBar; }
    // Null while locked.
    TokenListModel* model() { return m_model.get(); }
    QListView* listView() { return m_list; }
    TokenSortModel* sortModel() { return m_proxy; }

    const AppSettings& settings() const { return m_settings; }
    // Applies preferences at once (clipboard delay, idle lock, hidden codes, order, clock...).
    void applySettings(const AppSettings& settings);
    // Opens the settings dialog; on OK applies them, emits settingsChanged and updates the
    // keyring slot if that choice changed.
    QDialog* openSettings();

    // At start: unlocks through the system keyring, without typing, when the vault has a
    // keyring slot. Returns whether it tried.
    bool unlockWithKeyringIfSet();

    // The commands the main window puts in its menus, with their shortcuts.
    const AccountActions& actions() const { return m_actions; }

    void lock();
    // Opens the add dialog (window-modal, not blocking), optionally scanning a file first.
    AddEntryDialog* openAddDialog(const QString& imageToScan = {});
    // Opens the import wizard (window-modal, not blocking) while the vault is open; null when
    // locked.
    ImportDialog* openImportDialog();
    // Opens the export dialog (window-modal, not blocking) while the vault is open; null when
    // locked.
    ExportDialog* openExportDialog();
    // The changes a person makes: each through VaultSession::apply, so it shows at once, is
    // saved on a worker thread and is taken back if that save fails.
    bool addAccount(otp::OtpParameters parameters);
    void deleteAccount(const QModelIndex& index);
    void undoDelete();
    QDialog* editAccount(const QModelIndex& index);
    void toggleFavourite(const QModelIndex& index);
    // Moves the current account one place up (-1) or down (+1) in "My order" and saves; when the
    // list is sorted otherwise or filtered, says why it cannot in the status line.
    void moveCurrent(int delta);
    void copyCode(const QModelIndex& index);
    void showStatus(const QString& message);

signals:
    void settingsChanged(const tessera::ui::AppSettings& settings);

private:
    QWidget* createListPage();
    QWidget* createEmptyState();
    void connectActions();
    // Opens a window-modal dialog that may show a secret: deleted when closed, and closed when
    // the vault locks.
    void openSecretDialog(QDialog* dialog);
    void onClockCorrected(qint64 seconds);
    void onOpened();
    // The entries changed behind the model's back (an import saved through core): show them anew.
    void updatePlace();
    void revealHotp(const QModelIndex& index);
    void showQrCode(const QModelIndex& index);
    void showContextMenu(const QPoint& position);
    // A drag or move changed the order: save it, or put the entry back if that fails.
    void saveMove(const QUuid& id, const QUuid& formerNext);
    // The row in the token model of an index from any view over it (the list, the tray popup).
    int sourceRow(const QModelIndex& index) const;
    void select(const QUuid& id);
    QString displayName(const QUuid& id) const;

    otp::Clock m_clock;
    VaultSession* m_session = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    AutoLock* m_autoLock = nullptr;
    std::unique_ptr<TokenListModel> m_model;
    TokenSortModel* m_proxy = nullptr;
    AppSettings m_settings;
    ClockCheckBar* m_clockBar = nullptr;
    AccountActions m_actions;
    // Set while a failed move is put back, so that putting it back is not saved as a move.
    bool m_revertingMove = false;

    QStackedWidget* m_stack = nullptr;
    UnlockView* m_unlock = nullptr;
    EmptyState* m_empty = nullptr;
    TokenListPage* m_listPage = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    // An entry deleted and saved, for Undo.
    std::optional<TokenChanges::Removed> m_deleted;
};

} // namespace tessera::ui
