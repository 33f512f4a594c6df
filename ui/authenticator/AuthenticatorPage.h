// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Clock.h"
#include "otp/OtpParameters.h"
#include "shell/AppSettings.h"
#include "time/SntpClient.h"
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
class QStackedWidget;
class QToolButton;

namespace tessera::ui {

class AddEntryDialog;
class ClipboardGuard;
class ClockCheckBar;
class EmptyState;
class ExportDialog;
class IdleWatcher;
class ImportDialog;
class ScreenLockWatcher;
class TokenDelegate;
class TokenListModel;
class TokenSortModel;
class UndoBar;
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
    TokenSortModel* sortModel() { return m_proxy; }
    ScreenLockWatcher& screenLockWatcher() { return *m_screenLock; }

    const AppSettings& settings() const { return m_settings; }
    // Applies preferences at once (clipboard delay, idle lock, hidden codes, order...).
    void applySettings(const AppSettings& settings);
    // Opens the settings dialog; on OK applies them, emits settingsChanged and updates the
    // keyring slot if that choice changed.
    QDialog* openSettings();

    // At start: unlocks through the system keyring, without typing, when the vault has a
    // keyring slot. Returns whether it tried.
    bool unlockWithKeyringIfSet();

    // Compares the clock with `server` now and every few hours (an empty server stops it).
    void startClockChecks(const QString& server);
    // What a clock check found; above the threshold a bar offers to correct the codes.
    void handleClockOffset(const time::ClockOffset& offset);
    // Codes are computed this many seconds ahead of the local clock (0 unless corrected).
    qint64 clockCorrection() const;
    void setClockCorrection(qint64 seconds);

    // The actions the main window puts in its menus (Add, Find, Copy, Show QR, Delete, Undo,
    // Lock), with their shortcuts.
    QList<QAction*> accountActions() const;

    void lock();
    // Opens the add dialog (window-modal, not blocking), optionally scanning a file first.
    AddEntryDialog* openAddDialog(const QString& imageToScan = {});
    // Opens the import wizard (window-modal, not blocking) while the vault is open; null when
    // locked.
    ImportDialog* openImportDialog();
    // Opens the export dialog (window-modal, not blocking) while the vault is open; null when
    // locked.
    ExportDialog* openExportDialog();
    bool addAccount(otp::OtpParameters parameters);
    void copyCode(const QModelIndex& index);
    void deleteAccount(const QModelIndex& index);
    void undoDelete();
    QDialog* editAccount(const QModelIndex& index);
    void toggleFavourite(const QModelIndex& index);
    // Moves the current account one place up (-1) or down (+1) in "My order" and saves; when the
    // list is sorted otherwise or filtered, says why it cannot in the status line.
    void moveCurrent(int delta);
    void showStatus(const QString& message);
    // From the screen-lock watcher: locks when the settings say so.
    void onScreenLocked();

signals:
    void settingsChanged(const tessera::ui::AppSettings& settings);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createListPage();
    QWidget* createEmptyState();
    void createActions();
    // Opens a window-modal dialog that may show a secret: deleted when closed, and closed when
    // the vault locks.
    void openSecretDialog(QDialog* dialog);
    void onClockCorrected(qint64 seconds);
    void onOpened();
    // The entries changed behind the model's back (an import saved through core): show them anew.
    void reloadModel();
    void updatePlace();
    void revealHotp(const QModelIndex& index);
    void showQrCode(const QModelIndex& index);
    void showContextMenu(const QPoint& position);
    // A drag or move changed the order: save it, or put the entry back if that fails.
    void saveMove(const QUuid& id, const QUuid& formerNext);
    bool saveOrReport();
    QModelIndex currentSourceIndex() const;
    // The row in the token model of an index from any view over it (the list, the tray popup).
    int sourceRow(const QModelIndex& index) const;
    void setKeyringRemembered(bool remember);

    otp::Clock m_clock;
    VaultSession* m_session = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    IdleWatcher* m_idle = nullptr;
    std::unique_ptr<TokenListModel> m_model;
    TokenSortModel* m_proxy = nullptr;
    TokenDelegate* m_delegate = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    AppSettings m_settings;
    ClockCheckBar* m_clockBar = nullptr;
    bool m_watchingWindow = false;
    // Where a press in the list began, to tell a drag that cannot move anything from a click.
    std::optional<QPoint> m_pressAt;
    bool m_revertingMove = false;

    QStackedWidget* m_stack = nullptr;
    UnlockView* m_unlock = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_listPage = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QToolButton* m_addButton = nullptr;
    QToolButton* m_lockButton = nullptr;
    QLabel* m_status = nullptr;
    UndoBar* m_undoBar = nullptr;
    QTimer m_statusTimer;
    std::optional<vault::Entry> m_deleted;

    QAction* m_addAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_qrAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_favouriteAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
};

} // namespace tessera::ui
