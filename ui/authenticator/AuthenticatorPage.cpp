// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorPage.h"

#include "AddEntryDialog.h"
#include "QrCodeDialog.h"
#include "TokenDelegate.h"
#include "TokenListModel.h"
#include "UnlockView.h"
#include "VaultSession.h"
#include "otp/OtpAuthUri.h"
#include "shell/ClipboardGuard.h"
#include "shell/EmptyState.h"
#include "shell/IdleWatcher.h"
#include "shell/SymbolicIconEngine.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::ui {

namespace {

constexpr int kUndoMs = 10000;
constexpr int kStatusMs = 4000;

} // namespace

AuthenticatorPage::AuthenticatorPage(const QString& vaultPath, otp::Clock clock, QWidget* parent)
    : QWidget(parent), m_clock(std::move(clock)), m_session(new VaultSession(vaultPath, this)),
      m_clipboard(new ClipboardGuard(this)), m_idle(new IdleWatcher(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("authenticatorPlace"));
    setAcceptDrops(true);
    m_proxy->setFilterRole(TokenListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_unlock = new UnlockView(*m_session);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createListPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    createActions();

    connect(m_session, &VaultSession::opened, this, &AuthenticatorPage::onOpened);
    connect(m_idle, &IdleWatcher::idle, this, &AuthenticatorPage::lock);
    m_undoTimer.setSingleShot(true);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        m_deleted.reset();
        m_undoBar->hide();
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
            dialog->findChild<QPushButton*>(QStringLiteral("scanFile"))->setFocus();
        }
    });
    connect(m_empty->addButton(tr("Add manually…")), &QPushButton::clicked, this,
            [this] { openAddDialog(); });
    QPushButton* import = m_empty->addButton(tr("Import…"));
    import->setEnabled(false);
    import->setToolTip(tr("Coming soon"));
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
    auto* addButton = new QToolButton;
    addButton->setObjectName(QStringLiteral("addButton"));
    auto* lockButton = new QToolButton;
    lockButton->setObjectName(QStringLiteral("lockButton"));

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("tokenList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setModel(m_proxy);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* delegate = new TokenDelegate(m_list);
    m_list->setItemDelegate(delegate);
    connect(delegate, &TokenDelegate::revealRequested, this, &AuthenticatorPage::revealHotp);
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

    m_undoBar = new QWidget;
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoText = new QLabel;
    auto* undoButton = new QPushButton(tr("Undo"));
    undoButton->setObjectName(QStringLiteral("undoButton"));
    connect(undoButton, &QPushButton::clicked, this, &AuthenticatorPage::undoDelete);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(12, 4, 12, 4);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setContentsMargins(12, 2, 12, 6);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 10, 12, 6);
    header->setSpacing(6);
    header->addWidget(m_search, 1);
    header->addWidget(addButton);
    header->addWidget(lockButton);
    auto* layout = new QVBoxLayout(m_listPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
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
    m_findAction = make(tr("&Find"), QStringLiteral("actionFind"), QKeySequence::Find);
    m_copyAction = make(tr("&Copy code"), QStringLiteral("actionCopyCode"), QKeySequence::Copy);
    m_qrAction = make(tr("Show as &QR code…"), QStringLiteral("actionShowQr"), QKeySequence());
    m_deleteAction =
        make(tr("&Delete account"), QStringLiteral("actionDeleteAccount"), QKeySequence::Delete);
    m_undoAction = make(tr("&Undo delete"), QStringLiteral("actionUndoDelete"), QKeySequence::Undo);
    m_lockAction =
        make(tr("&Lock"), QStringLiteral("actionLock"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_undoAction->setEnabled(false);

    connect(m_addAction, &QAction::triggered, this, [this] { openAddDialog(); });
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

    auto* addButton = findChild<QToolButton*>(QStringLiteral("addButton"));
    addButton->setDefaultAction(m_addAction);
    addButton->setText(tr("Add"));
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* lockButton = findChild<QToolButton*>(QStringLiteral("lockButton"));
    lockButton->setDefaultAction(m_lockAction);
    lockButton->setText(tr("Lock"));
    lockButton->setToolTip(tr("Lock (Ctrl+L)"));
}

QList<QAction*> AuthenticatorPage::accountActions() const
{
    return {m_addAction,    m_findAction, m_copyAction, m_qrAction,
            m_deleteAction, m_undoAction, m_lockAction};
}

void AuthenticatorPage::updatePlace()
{
    const bool open = m_session->isOpen() && m_model;
    for (QAction* action : accountActions()) {
        action->setEnabled(open && action != m_undoAction);
    }
    m_undoAction->setEnabled(open && m_deleted.has_value());
    if (!open) {
        m_stack->setCurrentWidget(m_unlock);
    } else if (m_model->rowCount() == 0) {
        m_stack->setCurrentWidget(m_empty);
        m_addAction->setEnabled(true);
    } else {
        m_stack->setCurrentWidget(m_listPage);
    }
}

void AuthenticatorPage::onOpened()
{
    m_model = std::make_unique<TokenListModel>(*m_session->vault(), m_clock);
    m_proxy->setSourceModel(m_model.get());
    connect(m_model.get(), &TokenListModel::rowsInserted, this, &AuthenticatorPage::updatePlace);
    connect(m_model.get(), &TokenListModel::rowsRemoved, this, &AuthenticatorPage::updatePlace);
    m_search->clear();
    m_idle->setActive(true);
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
    // Close dialogs that might show a secret.
    for (auto* dialog : window()->findChildren<QDialog*>()) {
        if (qobject_cast<AddEntryDialog*>(dialog) || qobject_cast<QrCodeDialog*>(dialog)) {
            dialog->reject();
        }
    }
    m_deleted.reset();
    m_undoBar->hide();
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

AddEntryDialog* AuthenticatorPage::openAddDialog(const QString& imageToScan)
{
    if (!m_session->isOpen()) {
        return nullptr;
    }
    auto* dialog = new AddEntryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto parameters = dialog->parameters()) {
            addAccount(std::move(*parameters));
        }
    });
    if (!imageToScan.isEmpty()) {
        dialog->scanFile(imageToScan);
    }
    dialog->open();
    return dialog;
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
    m_clipboard->copySecret(code);
    showStatus(tr("Code copied. The clipboard clears in %n seconds.", nullptr,
                  int(m_clipboard->clearDelay().count() / 1000)));
}

void AuthenticatorPage::revealHotp(const QModelIndex& index)
{
    if (!m_model) {
        return;
    }
    const int row = m_proxy->mapToSource(index).row();
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
        m_session->vault()->entry(entry->id())->setCounter(counter);
        return;
    }
    copyCode(index);
}

void AuthenticatorPage::deleteAccount(const QModelIndex& index)
{
    if (!index.isValid() || !m_model) {
        return;
    }
    const int row = m_proxy->mapToSource(index).row();
    auto taken = m_model->takeEntry(row);
    if (!taken) {
        return;
    }
    if (!saveOrReport()) {
        m_model->addEntry(std::move(*taken));
        return;
    }
    m_undoText->setText(tr("Deleted %1.").arg(taken->displayName()));
    m_deleted = std::move(taken);
    m_undoBar->show();
    m_undoAction->setEnabled(true);
    m_undoTimer.start(kUndoMs);
}

void AuthenticatorPage::undoDelete()
{
    if (!m_deleted || !m_model) {
        return;
    }
    vault::Entry entry = std::move(*m_deleted);
    m_deleted.reset();
    m_undoTimer.stop();
    m_undoBar->hide();
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
    const vault::Entry* entry = m_model->entryAt(m_proxy->mapToSource(index).row());
    if (entry == nullptr) {
        return;
    }
    auto* dialog = new QrCodeDialog(otp::otpauth::format(entry->parameters()), entry->displayName(),
                                    *m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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

} // namespace tessera::ui
