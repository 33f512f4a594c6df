// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorPage.h"

#include "AddEntryDialog.h"
#include "BackupBanner.h"
#include "ClockCheckBar.h"
#include "EditEntryDialog.h"
#include "QrCodeDialog.h"
#include "TokenDelegate.h"
#include "TokenListModel.h"
#include "TokenSortModel.h"
#include "UndoBar.h"
#include "UnlockView.h"
#include "VaultSession.h"
#include "otp/OtpAuthUri.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/EmptyState.h"
#include "shell/IdleWatcher.h"
#include "shell/ScreenLockWatcher.h"
#include "shell/SettingsDialog.h"
#include "widgets/SymbolicIconEngine.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::ui {

namespace {

constexpr std::chrono::milliseconds kUndoTime(10000);
constexpr int kStatusMs = 4000;

} // namespace

AuthenticatorPage::AuthenticatorPage(const QString& vaultPath, otp::Clock clock, QWidget* parent)
    : QWidget(parent), m_clock(std::move(clock)), m_session(new VaultSession(vaultPath, this)),
      m_clipboard(new ClipboardGuard(this)), m_idle(new IdleWatcher(this)),
      m_proxy(new TokenSortModel(this)), m_screenLock(new ScreenLockWatcher(this)),
      m_clockBar(new ClockCheckBar), m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("authenticatorPlace"));
    setAcceptDrops(true);

    m_unlock = new UnlockView(*m_session);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createListPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_clockBar);
    layout->addWidget(new BackupBanner(*m_session));
    layout->addWidget(m_stack);
    createActions();
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this,
            &AuthenticatorPage::onScreenLocked);
    connect(m_clockBar, &ClockCheckBar::correctionChanged, this,
            &AuthenticatorPage::onClockCorrected);
    connect(m_session, &VaultSession::keyringFailed, this, [this](const QString& message) {
        showStatus(tr("Not remembered in the system keyring: %1").arg(message));
    });
    connect(m_session, &VaultSession::rememberedChanged, this, [this](bool remembered) {
        showStatus(remembered ? tr("The vault now unlocks through the system keyring.")
                              : tr("The system keyring no longer unlocks the vault."));
    });

    connect(m_session, &VaultSession::opened, this, &AuthenticatorPage::onOpened);
    connect(m_idle, &IdleWatcher::idle, this, &AuthenticatorPage::lock);
    connect(m_undoBar, &UndoBar::undoRequested, this, &AuthenticatorPage::undoDelete);
    connect(m_undoBar, &UndoBar::expired, this, [this] {
        m_deleted.reset();
        m_undoAction->setEnabled(false);
    });
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);
    updatePlace();
}

AuthenticatorPage::~AuthenticatorPage()
{
    // The model refers to the session's vault: it goes first.
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
}

QWidget* AuthenticatorPage::createEmptyState()
{
    m_empty = new EmptyState(
        SymbolicIconEngine::icon(QStringLiteral(":/icons/authenticator.svg"),
                                 QPalette::PlaceholderText),
        tr("No accounts yet"),
        tr("Add an account by scanning a QR code from the screen, a file or the clipboard, or "
           "type the secret the service shows. Your secrets stay in an encrypted vault on this "
           "computer."));
    m_empty->setObjectName(QStringLiteral("authenticatorEmpty"));
    connect(m_empty->addButton(tr("Scan QR code…")), &QPushButton::clicked, this, [this] {
        if (AddEntryDialog* dialog = openAddDialog()) {
            dialog->focusScanning();
        }
    });
    connect(m_empty->addButton(tr("Add manually…")), &QPushButton::clicked, this,
            [this] { openAddDialog(); });
    QPushButton* import = m_empty->addButton(tr("Import…"));
    import->setObjectName(QStringLiteral("importButton"));
    connect(import, &QPushButton::clicked, this, [this] { openImportDialog(); });
    return m_empty;
}

QWidget* AuthenticatorPage::createListPage()
{
    m_listPage = new QWidget;
    m_listPage->setObjectName(QStringLiteral("tokenPage"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    m_addButton = new QToolButton;
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_lockButton = new QToolButton;
    m_lockButton->setObjectName(QStringLiteral("lockButton"));

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("tokenList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setModel(m_proxy);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_delegate = new TokenDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    connect(m_delegate, &TokenDelegate::revealRequested, this, &AuthenticatorPage::revealHotp);
    // In "My order", rows are dragged to a new place (the proxy says when that is allowed).
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->viewport()->installEventFilter(this);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &AuthenticatorPage::showContextMenu);
    connect(m_list, &QListView::clicked, this, &AuthenticatorPage::copyCode);
    connect(m_list, &QListView::activated, this, &AuthenticatorPage::copyCode);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Down or Enter in the search field moves on to the list, so the keyboard alone suffices.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
            copyCode(m_proxy->index(0, 0));
        }
    });

    m_undoBar = new UndoBar;

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setContentsMargins(12, 2, 12, 6);

    // A strip in the window colour, so the search field (Base) shows on any palette.
    auto* headerBar = new QWidget;
    headerBar->setObjectName(QStringLiteral("listHeader"));
    headerBar->setAutoFillBackground(true);
    headerBar->setBackgroundRole(QPalette::Window);
    auto* header = new QHBoxLayout(headerBar);
    header->setContentsMargins(12, 8, 12, 8);
    header->setSpacing(6);
    header->addWidget(m_search, 1);
    header->addWidget(m_addButton);
    header->addWidget(m_lockButton);
    auto* layout = new QVBoxLayout(m_listPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(headerBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_status);
    return m_listPage;
}

void AuthenticatorPage::createActions()
{
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_addAction = make(tr("&Add account…"), QStringLiteral("actionAddAccount"),
                       QKeySequence(Qt::CTRL | Qt::Key_N));
    m_importAction =
        make(tr("&Import…"), QStringLiteral("actionImport"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = make(tr("E&xport…"), QStringLiteral("actionExport"), QKeySequence());
    m_findAction = make(tr("&Find"), QStringLiteral("actionFind"), QKeySequence::Find);
    m_copyAction = make(tr("&Copy code"), QStringLiteral("actionCopyCode"), QKeySequence::Copy);
    m_qrAction = make(tr("Show as &QR code…"), QStringLiteral("actionShowQr"), QKeySequence());
    m_deleteAction =
        make(tr("&Delete account"), QStringLiteral("actionDeleteAccount"), QKeySequence::Delete);
    m_undoAction = make(tr("&Undo delete"), QStringLiteral("actionUndoDelete"), QKeySequence::Undo);
    m_lockAction =
        make(tr("&Lock"), QStringLiteral("actionLock"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_editAction =
        make(tr("&Edit account…"), QStringLiteral("actionEditAccount"), QKeySequence(Qt::Key_F2));
    m_favouriteAction = make(tr("&Favourite"), QStringLiteral("actionFavourite"),
                             QKeySequence(Qt::CTRL | Qt::Key_D));
    m_settingsAction = make(tr("&Settings…"), QStringLiteral("actionSettings"),
                            QKeySequence(QKeySequence::Preferences));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_moveUpAction = make(tr("Move &up"), QStringLiteral("actionMoveUp"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDownAction = make(tr("Move do&wn"), QStringLiteral("actionMoveDown"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    m_undoAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this,
            [this] { editAccount(m_list->currentIndex()); });
    connect(m_favouriteAction, &QAction::triggered, this,
            [this] { toggleFavourite(m_list->currentIndex()); });
    connect(m_settingsAction, &QAction::triggered, this, &AuthenticatorPage::openSettings);

    connect(m_addAction, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_importAction, &QAction::triggered, this, [this] { openImportDialog(); });
    connect(m_exportAction, &QAction::triggered, this, [this] { openExportDialog(); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_copyAction, &QAction::triggered, this, [this] { copyCode(m_list->currentIndex()); });
    connect(m_qrAction, &QAction::triggered, this, [this] { showQrCode(m_list->currentIndex()); });
    connect(m_deleteAction, &QAction::triggered, this,
            [this] { deleteAccount(m_list->currentIndex()); });
    connect(m_undoAction, &QAction::triggered, this, &AuthenticatorPage::undoDelete);
    connect(m_lockAction, &QAction::triggered, this, &AuthenticatorPage::lock);

    m_addButton->setDefaultAction(m_addAction);
    m_addButton->setText(tr("Add"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lockButton->setDefaultAction(m_lockAction);
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setToolTip(tr("Lock (Ctrl+L)"));
}

QList<QAction*> AuthenticatorPage::accountActions() const
{
    return {m_addAction,    m_importAction, m_exportAction,    m_findAction,    m_copyAction,
            m_qrAction,     m_editAction,   m_favouriteAction, m_moveUpAction,  m_moveDownAction,
            m_deleteAction, m_undoAction,   m_lockAction,      m_settingsAction};
}

void AuthenticatorPage::updatePlace()
{
    const bool open = m_session->isOpen() && m_model;
    for (QAction* action : accountActions()) {
        action->setEnabled(open && action != m_undoAction);
    }
    m_undoAction->setEnabled(open && m_deleted.has_value());
    // Settings are reachable while locked too (the keyring choice then waits for an unlock).
    m_settingsAction->setEnabled(true);
    if (!open) {
        m_stack->setCurrentWidget(m_unlock);
    } else if (m_model->rowCount() == 0) {
        m_stack->setCurrentWidget(m_empty);
        m_addAction->setEnabled(true);
        m_importAction->setEnabled(true);
    } else {
        m_stack->setCurrentWidget(m_listPage);
    }
}

void AuthenticatorPage::onOpened()
{
    // Codes follow the corrected clock when the user accepted a clock check's offset.
    m_model = std::make_unique<TokenListModel>(
        *m_session->vault(), [this] { return m_clock() + m_clockBar->correction(); });
    m_model->setHideCodes(m_settings.hideCodes);
    m_proxy->setSourceModel(m_model.get());
    connect(m_model.get(), &TokenListModel::rowsInserted, this, &AuthenticatorPage::updatePlace);
    connect(m_model.get(), &TokenListModel::rowsRemoved, this, &AuthenticatorPage::updatePlace);
    connect(m_model.get(), &TokenListModel::entryMoved, this, &AuthenticatorPage::saveMove);
    m_search->clear();
    m_idle->setActive(m_settings.idleLockMinutes > 0);
    updatePlace();
    if (m_proxy->rowCount() > 0) {
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    }
    m_list->setFocus();
}

void AuthenticatorPage::lock()
{
    if (!m_session->isOpen()) {
        return;
    }
    m_idle->setActive(false);
    m_clipboard->clearIfOurs();
    m_deleted.reset();
    m_undoBar->withdraw();
    m_search->clear();
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    m_session->lock();
    m_unlock->reset();
    updatePlace();
}

QModelIndex AuthenticatorPage::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_list->currentIndex());
}

int AuthenticatorPage::sourceRow(const QModelIndex& index) const
{
    QModelIndex source = index;
    while (source.isValid() && source.model() != m_model.get()) {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(source.model());
        if (proxy == nullptr) {
            return -1;
        }
        source = proxy->mapToSource(source);
    }
    return source.isValid() ? source.row() : -1;
}

bool AuthenticatorPage::saveOrReport()
{
    const Status saved = m_session->save();
    if (!saved) {
        showStatus(tr("Could not save the vault: %1").arg(saved.error()));
        return false;
    }
    return true;
}

void AuthenticatorPage::showStatus(const QString& message)
{
    m_status->setText(message);
    m_statusTimer.start(kStatusMs);
}

void AuthenticatorPage::openSecretDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_session, &VaultSession::locked, dialog, &QDialog::reject);
    dialog->open();
}

AddEntryDialog* AuthenticatorPage::openAddDialog(const QString& imageToScan)
{
    if (!m_session->isOpen()) {
        return nullptr;
    }
    auto* dialog = new AddEntryDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto parameters = dialog->parameters()) {
            addAccount(std::move(*parameters));
        }
    });
    connect(dialog, &AddEntryDialog::migrationFound, this, [this, dialog](const QString& text) {
        // Queued: the add dialog is still inside its own scan handler.
        QMetaObject::invokeMethod(
            this,
            [this, dialog = QPointer<AddEntryDialog>(dialog), text] {
                if (dialog) {
                    dialog->reject();
                }
                if (ImportDialog* import = openImportDialog()) {
                    import->addText(text, tr("Google Authenticator export"));
                }
            },
            Qt::QueuedConnection);
    });
    if (!imageToScan.isEmpty()) {
        dialog->scanFile(imageToScan);
    }
    openSecretDialog(dialog);
    return dialog;
}

ImportDialog* AuthenticatorPage::openImportDialog()
{
    if (!m_session->isOpen()) {
        return nullptr;
    }
    auto* dialog = new ImportDialog(*m_session, this);
    connect(dialog, &ImportDialog::imported, this, [this](const QList<QUuid>& ids) {
        reloadModel();
        showStatus(tr("Imported %n accounts.", nullptr, int(ids.size())));
    });
    openSecretDialog(dialog);
    return dialog;
}

ExportDialog* AuthenticatorPage::openExportDialog()
{
    if (!m_session->isOpen()) {
        return nullptr;
    }
    auto* dialog = new ExportDialog(*m_session, this);
    openSecretDialog(dialog);
    return dialog;
}

void AuthenticatorPage::reloadModel()
{
    // The proxy lets go first: the old model must not be read while it goes.
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    onOpened();
}

bool AuthenticatorPage::addAccount(otp::OtpParameters parameters)
{
    if (!m_model) {
        return false;
    }
    const QModelIndex added = m_model->addEntry(vault::Entry(std::move(parameters)));
    if (!saveOrReport()) {
        m_model->takeEntry(added.row());
        return false;
    }
    m_search->clear();
    m_list->setCurrentIndex(m_proxy->mapFromSource(added));
    m_list->scrollTo(m_list->currentIndex());
    showStatus(tr("Added %1.").arg(added.data(Qt::DisplayRole).toString()));
    return true;
}

void AuthenticatorPage::copyCode(const QModelIndex& index)
{
    if (!index.isValid() || !m_model) {
        return;
    }
    const QString code = index.data(TokenListModel::CodeRole).toString();
    if (code.isEmpty()) {
        return;
    }
    const int row = sourceRow(index);
    m_model->revealCode(row);
    // Kept in memory and saved with the next change: a save per copy would cost more than
    // "recently used" is worth.
    m_model->markUsed(row, QDateTime::currentDateTimeUtc());
    m_clipboard->copySecret(code);
    showStatus(tr("Code copied. The clipboard clears in %n seconds.", nullptr,
                  int(m_clipboard->clearDelay().count() / 1000)));
}

void AuthenticatorPage::revealHotp(const QModelIndex& index)
{
    if (!m_model) {
        return;
    }
    const int row = sourceRow(index);
    const vault::Entry* entry = m_model->entryAt(row);
    if (entry == nullptr) {
        return;
    }
    const quint64 counter = entry->parameters().counter();
    // The counter is on disk before the code is on screen: a code is never shown twice.
    if (!m_model->revealHotp(row)) {
        return;
    }
    if (!saveOrReport()) {
        m_model->undoRevealHotp(row, counter);
        return;
    }
    copyCode(index);
}

void AuthenticatorPage::deleteAccount(const QModelIndex& index)
{
    if (!index.isValid() || !m_model) {
        return;
    }
    const int row = sourceRow(index);
    auto taken = m_model->takeEntry(row);
    if (!taken) {
        return;
    }
    if (!saveOrReport()) {
        m_model->addEntry(std::move(*taken));
        return;
    }
    m_undoBar->offer(tr("Deleted %1.").arg(taken->displayName()), kUndoTime);
    m_deleted = std::move(taken);
    m_undoAction->setEnabled(true);
}

void AuthenticatorPage::undoDelete()
{
    if (!m_deleted || !m_model) {
        return;
    }
    vault::Entry entry = std::move(*m_deleted);
    m_deleted.reset();
    m_undoBar->withdraw();
    m_undoAction->setEnabled(false);
    const QModelIndex restored = m_model->addEntry(std::move(entry));
    if (saveOrReport()) {
        m_list->setCurrentIndex(m_proxy->mapFromSource(restored));
        showStatus(tr("Restored %1.").arg(restored.data(Qt::DisplayRole).toString()));
    }
}

void AuthenticatorPage::showQrCode(const QModelIndex& index)
{
    if (!index.isValid() || !m_model) {
        return;
    }
    const vault::Entry* entry = m_model->entryAt(sourceRow(index));
    if (entry == nullptr) {
        return;
    }
    openSecretDialog(new QrCodeDialog(otp::otpauth::format(entry->parameters()),
                                      entry->displayName(), *m_clipboard, this));
}

void AuthenticatorPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session->isOpen() && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void AuthenticatorPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        openAddDialog(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    }
}

void AuthenticatorPage::startClockChecks(const QString& server)
{
    m_clockBar->startChecks(server);
}

void AuthenticatorPage::handleClockOffset(const time::ClockOffset& offset)
{
    m_clockBar->handleOffset(offset);
}

qint64 AuthenticatorPage::clockCorrection() const
{
    return m_clockBar->correction();
}

void AuthenticatorPage::setClockCorrection(qint64 seconds)
{
    m_clockBar->setCorrection(seconds);
}

void AuthenticatorPage::onClockCorrected(qint64 seconds)
{
    if (m_model) {
        m_model->tick();
    }
    if (seconds != 0) {
        showStatus(tr("Codes are corrected by %1 for this session.")
                       .arg(ClockCheckBar::describeSeconds(seconds)));
    }
}

void AuthenticatorPage::applySettings(const AppSettings& settings)
{
    m_settings = settings;
    m_clipboard->setClearDelay(
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.clipboardClearDelay));
    m_idle->setTimeout(std::chrono::minutes(settings.idleLockMinutes));
    m_idle->setActive(settings.idleLockMinutes > 0 && m_session->isOpen());
    m_session->setAutoBackup(settings.autoBackup());
    m_delegate->setShowNextCode(settings.showNextCode);
    m_proxy->setOrder(TokenSortModel::Order(settings.sortOrder));
    if (m_model) {
        m_model->setHideCodes(settings.hideCodes);
    }
    if (!m_clockBar->server().isEmpty() || settings.checkClock) {
        const QString server = settings.checkClock ? settings.timeServer : QString();
        if (server != m_clockBar->server()) {
            startClockChecks(server);
        }
    }
    m_list->viewport()->update();
}

QDialog* AuthenticatorPage::openSettings()
{
    const bool open = m_session->isOpen() && !m_session->isBusy();
    auto* dialog = new SettingsDialog(m_settings, open && m_session->hasKeyring(),
                                      m_session->isRemembered(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        if (!(chosen == m_settings)) {
            applySettings(chosen);
            emit settingsChanged(chosen);
        }
        setKeyringRemembered(dialog->rememberInKeyring());
    });
    dialog->open();
    return dialog;
}

void AuthenticatorPage::setKeyringRemembered(bool remember)
{
    if (m_session->isOpen() && remember != m_session->isRemembered()) {
        m_session->setRemembered(remember);
    }
}

bool AuthenticatorPage::unlockWithKeyringIfSet()
{
    if (m_session->isOpen() || !m_session->hasKeyring() || !m_session->fileHasKeyringSlot()) {
        return false;
    }
    m_session->openWithKeyring();
    return true;
}

void AuthenticatorPage::onScreenLocked()
{
    if (m_settings.lockOnScreenLock) {
        lock();
    }
}

QDialog* AuthenticatorPage::editAccount(const QModelIndex& index)
{
    const int row = sourceRow(index);
    const vault::Entry* entry = m_model ? m_model->entryAt(row) : nullptr;
    if (entry == nullptr) {
        return nullptr;
    }
    vault::Vault& vault = *m_session->vault();
    QStringList names;
    for (const vault::Group& group : vault.groups()) {
        names << group.name;
    }
    // The dialog edits one group per entry: the first the entry is in.
    const QString current =
        entry->groups().isEmpty() ? QString() : vault.groupName(entry->groups().constFirst());
    auto* dialog = new EditEntryDialog(*entry, names, current, this);
    const QUuid id = entry->id();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_model) {
            return;
        }
        auto parameters = dialog->parameters();
        const vault::Entry* target = m_session->vault()->entry(id);
        if (!parameters || target == nullptr) {
            return;
        }
        const int targetRow = int(target - m_session->vault()->entries().data());
        vault::Entry before = target->clone();
        const QList<vault::Group> groupsBefore = m_session->vault()->groups();
        const QUuid group = m_session->vault()->groupNamed(dialog->groupName());
        const QList<QUuid> groups = group.isNull() ? QList<QUuid>() : QList<QUuid>{group};
        m_model->updateEntry(targetRow, [&](vault::Entry& edited) {
            edited.setParameters(std::move(*parameters));
            edited.setNote(dialog->note());
            edited.setFavourite(dialog->isFavourite());
            edited.setGroups(groups);
        });
        if (!saveOrReport()) {
            m_model->updateEntry(targetRow,
                                 [&](vault::Entry& edited) { edited = std::move(before); });
            m_session->vault()->setGroups(groupsBefore);
            return;
        }
        m_proxy->invalidate();
        showStatus(tr("Saved %1.").arg(m_model->index(targetRow).data().toString()));
    });
    openSecretDialog(dialog);
    return dialog;
}

void AuthenticatorPage::toggleFavourite(const QModelIndex& index)
{
    const int row = sourceRow(index);
    const vault::Entry* entry = m_model ? m_model->entryAt(row) : nullptr;
    if (entry == nullptr) {
        return;
    }
    const bool favourite = !entry->isFavourite();
    m_model->setFavourite(row, favourite);
    if (!saveOrReport()) {
        m_model->setFavourite(row, !favourite);
    }
}

void AuthenticatorPage::moveCurrent(int delta)
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_model || !current.isValid()) {
        return;
    }
    if (const QString blocked = m_proxy->moveByHandBlockedReason(); !blocked.isEmpty()) {
        showStatus(blocked);
        return;
    }
    const QUuid id = current.data(TokenListModel::IdRole).toUuid();
    const QString name = current.data(Qt::DisplayRole).toString();
    const int from = current.row();
    // In "My order" with nothing filtered, the list's rows are the vault's listed order.
    const std::optional<int> position = m_model->moveInListedOrder(id, from + delta);
    if (!position || *position == from) {
        return;
    }
    m_list->scrollTo(m_list->currentIndex());
    // Said in words too, for a screen reader: the row moved, the focus did not.
    showStatus(tr("%1 is now number %2 of %n.", nullptr, m_proxy->rowCount())
                   .arg(name)
                   .arg(*position + 1));
}

void AuthenticatorPage::saveMove(const QUuid& id, const QUuid& formerNext)
{
    if (m_revertingMove || !m_model) {
        return;
    }
    if (!saveOrReport()) {
        m_revertingMove = true;
        m_model->moveEntry(id, formerNext);
        m_revertingMove = false;
    }
}

void AuthenticatorPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid() || !m_model) {
        return;
    }
    m_list->setCurrentIndex(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addActions({m_copyAction, m_qrAction, m_editAction, m_favouriteAction});
    menu->addSeparator();
    // Left enabled when moving is not possible: choosing them says why, in the status line.
    const QString blocked = m_proxy->moveByHandBlockedReason();
    for (QAction* move : {m_moveUpAction, m_moveDownAction}) {
        move->setToolTip(blocked.isEmpty() ? move->text().remove(QLatin1Char('&')) : blocked);
        menu->addAction(move);
    }
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

void AuthenticatorPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The top-level window exists only now; watch it for minimising.
    if (!m_watchingWindow && window() != this) {
        window()->installEventFilter(this);
        m_watchingWindow = true;
    }
}

bool AuthenticatorPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport()) {
        // A drag that cannot move anything (another order, a search) says why once per press.
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressAt = static_cast<QMouseEvent*>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            m_pressAt.reset();
        } else if (event->type() == QEvent::MouseMove && m_pressAt) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if ((mouse->buttons() & Qt::LeftButton) != 0 &&
                (mouse->position().toPoint() - *m_pressAt).manhattanLength() >=
                    QApplication::startDragDistance()) {
                m_pressAt.reset();
                if (const QString blocked = m_proxy->moveByHandBlockedReason();
                    !blocked.isEmpty()) {
                    showStatus(blocked);
                }
            }
        }
        return false;
    }
    if (watched == window() && event->type() == QEvent::WindowStateChange &&
        m_settings.lockOnMinimise && window()->isMinimized()) {
        lock();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tessera::ui
