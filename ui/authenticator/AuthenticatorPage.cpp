// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorPage.h"

#include "AddEntryDialog.h"
#include "BackupBanner.h"
#include "ClockCheckBar.h"
#include "EditEntryDialog.h"
#include "ImageDropTarget.h"
#include "QrCodeDialog.h"
#include "SaveFailureBar.h"
#include "TokenChanges.h"
#include "TokenDelegate.h"
#include "TokenListModel.h"
#include "TokenListPage.h"
#include "TokenSortModel.h"
#include "UndoBar.h"
#include "UnlockView.h"
#include "VaultSession.h"
#include "authenticator/AutoLock.h"
#include "authenticator/ExportDialog.h"
#include "authenticator/ImportDialog.h"
#include "authenticator/SettingsDialog.h"
#include "authenticator/StatusLine.h"
#include "otp/OtpAuthUri.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/EmptyState.h"
#include "widgets/SymbolicIconEngine.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tessera::ui {

namespace {

constexpr std::chrono::milliseconds kUndoTime(10000);

} // namespace

AuthenticatorPage::AuthenticatorPage(const QString& vaultPath, otp::Clock clock, QWidget* parent)
    : QWidget(parent), m_clock(std::move(clock)), m_session(new VaultSession(vaultPath, this)),
      m_clipboard(new ClipboardGuard(this)), m_autoLock(new AutoLock(this)),
      m_proxy(new TokenSortModel(this)), m_clockBar(new ClockCheckBar), m_actions(this),
      m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("authenticatorPlace"));
    m_unlock = new UnlockView(*m_session);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createListPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_clockBar);
    layout->addWidget(new BackupBanner(*m_session));
    layout->addWidget(new SaveFailureBar(*m_session));
    layout->addWidget(m_stack);
    connectActions();

    auto* drop = new ImageDropTarget(this, [this] { return m_session->isOpen(); });
    connect(drop, &ImageDropTarget::fileDropped, this,
            [this](const QString& path) { openAddDialog(path); });
    connect(m_autoLock, &AutoLock::lockRequested, this, &AuthenticatorPage::lock);
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
    connect(m_listPage->undoBar(), &UndoBar::undoRequested, this, &AuthenticatorPage::undoDelete);
    connect(m_listPage->undoBar(), &UndoBar::expired, this, [this] {
        m_deleted.reset();
        m_actions.undoDelete->setEnabled(false);
    });
    updatePlace();
}

AuthenticatorPage::~AuthenticatorPage()
{
    // The model refers to the session's vault: it goes first.
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
}

IdleWatcher& AuthenticatorPage::idleWatcher()
{
    return m_autoLock->idleWatcher();
}

ScreenLockWatcher& AuthenticatorPage::screenLockWatcher()
{
    return m_autoLock->screenLockWatcher();
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
    m_listPage = new TokenListPage(*m_proxy, m_actions);
    m_search = m_listPage->search();
    m_list = m_listPage->list();
    connect(m_listPage->delegate(), &TokenDelegate::revealRequested, this,
            &AuthenticatorPage::revealHotp);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &AuthenticatorPage::showContextMenu);
    connect(m_list, &QListView::clicked, this, &AuthenticatorPage::copyCode);
    connect(m_list, &QListView::activated, this, &AuthenticatorPage::copyCode);
    // Enter in the search field copies the first match, so the keyboard alone suffices.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
            copyCode(m_proxy->index(0, 0));
        }
    });
    return m_listPage;
}

void AuthenticatorPage::connectActions()
{
    const auto onCurrent = [this](QAction* action,
                                  void (AuthenticatorPage::*act)(const QModelIndex&)) {
        connect(action, &QAction::triggered, this,
                [this, act] { (this->*act)(m_list->currentIndex()); });
    };
    onCurrent(m_actions.copy, &AuthenticatorPage::copyCode);
    onCurrent(m_actions.showQr, &AuthenticatorPage::showQrCode);
    onCurrent(m_actions.remove, &AuthenticatorPage::deleteAccount);
    onCurrent(m_actions.favourite, &AuthenticatorPage::toggleFavourite);
    connect(m_actions.edit, &QAction::triggered, this,
            [this] { editAccount(m_list->currentIndex()); });
    connect(m_actions.moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_actions.moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_actions.settings, &QAction::triggered, this, &AuthenticatorPage::openSettings);
    connect(m_actions.add, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_actions.import, &QAction::triggered, this, [this] { openImportDialog(); });
    connect(m_actions.exportAll, &QAction::triggered, this, [this] { openExportDialog(); });
    connect(m_actions.find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_actions.undoDelete, &QAction::triggered, this, &AuthenticatorPage::undoDelete);
    connect(m_actions.lock, &QAction::triggered, this, &AuthenticatorPage::lock);
}

void AuthenticatorPage::updatePlace()
{
    const bool open = m_session->isOpen() && m_model;
    m_actions.update(open, m_deleted.has_value());
    if (!open) {
        m_stack->setCurrentWidget(m_unlock);
    } else if (m_model->rowCount() == 0) {
        m_stack->setCurrentWidget(m_empty);
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
    m_autoLock->setVaultOpen(true);
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
    m_autoLock->setVaultOpen(false);
    m_clipboard->clearIfOurs();
    m_deleted.reset();
    m_listPage->undoBar()->withdraw();
    m_search->clear();
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    m_session->lock();
    m_unlock->reset();
    updatePlace();
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

QString AuthenticatorPage::displayName(const QUuid& id) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    return row >= 0 ? m_model->entryAt(row)->displayName() : QString();
}

void AuthenticatorPage::select(const QUuid& id)
{
    if (m_model && m_model->rowOf(id) >= 0) {
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_model->rowOf(id))));
        m_list->scrollTo(m_list->currentIndex());
    }
}

void AuthenticatorPage::showStatus(const QString& message)
{
    m_listPage->status()->showMessage(message);
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
    if (!m_session->isOpen() || !m_model) {
        return nullptr;
    }
    auto* dialog = new ImportDialog(*m_session, *m_model, this);
    connect(dialog, &ImportDialog::imported, this, [this](const QList<QUuid>& ids) {
        m_search->clear();
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

bool AuthenticatorPage::addAccount(otp::OtpParameters parameters)
{
    if (!m_model) {
        return false;
    }
    vault::Entry entry(std::move(parameters));
    const QUuid id = entry.id();
    VaultChange change = TokenChanges(*m_model).add(std::move(entry));
    change.saved = [this, id] { showStatus(tr("Added %1.").arg(displayName(id))); };
    m_session->apply(std::move(change));
    m_search->clear();
    select(id);
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
    if (m_model) {
        m_session->apply(
            TokenChanges(*m_model).revealHotp(sourceRow(index), [this](const QUuid& id) {
                copyCode(m_model->index(m_model->rowOf(id)));
            }));
    }
}

void AuthenticatorPage::deleteAccount(const QModelIndex& index)
{
    if (!m_model) {
        return;
    }
    auto removed = std::make_shared<TokenChanges::Removed>();
    VaultChange change = TokenChanges(*m_model).remove(sourceRow(index), removed);
    change.saved = [this, removed] {
        m_listPage->undoBar()->offer(tr("Deleted %1.").arg(removed->entry->displayName()),
                                     kUndoTime);
        m_deleted = *removed;
        m_actions.undoDelete->setEnabled(true);
    };
    m_session->apply(std::move(change));
}

void AuthenticatorPage::undoDelete()
{
    if (!m_deleted || !m_model) {
        return;
    }
    const TokenChanges::Removed restored = *m_deleted;
    m_deleted.reset();
    m_listPage->undoBar()->withdraw();
    m_actions.undoDelete->setEnabled(false);
    const QUuid id = restored.entry->id();
    VaultChange change = TokenChanges(*m_model).restore(restored);
    change.saved = [this, id] { showStatus(tr("Restored %1.").arg(displayName(id))); };
    m_session->apply(std::move(change));
    select(id);
}

void AuthenticatorPage::showQrCode(const QModelIndex& index)
{
    const vault::Entry* entry = m_model ? m_model->entryAt(sourceRow(index)) : nullptr;
    if (entry == nullptr) {
        return;
    }
    openSecretDialog(new QrCodeDialog(otp::otpauth::format(entry->parameters()),
                                      entry->displayName(), *m_clipboard, this));
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
    m_autoLock->setPolicy({std::chrono::minutes(settings.idleLockMinutes),
                           settings.lockOnScreenLock, settings.lockOnMinimise});
    m_session->setAutoBackup(settings.autoBackup());
    m_listPage->delegate()->setShowNextCode(settings.showNextCode);
    m_proxy->setOrder(TokenSortModel::Order(settings.sortOrder));
    if (m_model) {
        m_model->setHideCodes(settings.hideCodes);
    }
    m_clockBar->follow(settings.checkClock, settings.timeServer);
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
        if (m_session->isOpen() && dialog->rememberInKeyring() != m_session->isRemembered()) {
            m_session->setRemembered(dialog->rememberInKeyring());
        }
    });
    dialog->open();
    return dialog;
}

bool AuthenticatorPage::unlockWithKeyringIfSet()
{
    if (m_session->isOpen() || !m_session->hasKeyring() || !m_session->fileHasKeyringSlot()) {
        return false;
    }
    m_session->openWithKeyring();
    return true;
}

QDialog* AuthenticatorPage::editAccount(const QModelIndex& index)
{
    const vault::Entry* entry = m_model ? m_model->entryAt(sourceRow(index)) : nullptr;
    if (entry == nullptr) {
        return nullptr;
    }
    const vault::Vault& vault = *m_session->vault();
    // The dialog edits one group per entry: the first the entry is in.
    const QString current =
        entry->groups().isEmpty() ? QString() : vault.groupName(entry->groups().constFirst());
    auto* dialog = new EditEntryDialog(*entry, vault.groupNames(), current, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = entry->id()] {
        auto parameters = dialog->parameters();
        if (!parameters || !m_model) {
            return;
        }
        VaultChange change =
            TokenChanges(*m_model).edit(id, {std::move(*parameters), dialog->note(),
                                             dialog->isFavourite(), dialog->groupName()});
        change.saved = [this, id] { showStatus(tr("Saved %1.").arg(displayName(id))); };
        m_session->apply(std::move(change));
        m_proxy->invalidate();
    });
    openSecretDialog(dialog);
    return dialog;
}

void AuthenticatorPage::toggleFavourite(const QModelIndex& index)
{
    const int row = sourceRow(index);
    if (const vault::Entry* entry = m_model ? m_model->entryAt(row) : nullptr) {
        m_session->apply(TokenChanges(*m_model).setFavourite(row, !entry->isFavourite()));
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
    // In "My order" with nothing filtered, the list's rows are the vault's listed order; the move
    // is saved through entryMoved.
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
    if (!m_revertingMove && m_model) {
        m_session->apply(TokenChanges(*m_model).moved(id, formerNext, m_revertingMove));
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
    menu->addActions({m_actions.copy, m_actions.showQr, m_actions.edit, m_actions.favourite});
    menu->addSeparator();
    // Left enabled when moving is not possible: choosing them says why, in the status line.
    const QString blocked = m_proxy->moveByHandBlockedReason();
    for (QAction* move : {m_actions.moveUp, m_actions.moveDown}) {
        move->setToolTip(blocked.isEmpty() ? move->text().remove(QLatin1Char('&')) : blocked);
        menu->addAction(move);
    }
    menu->addSeparator();
    menu->addAction(m_actions.remove);
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

} // namespace tessera::ui
