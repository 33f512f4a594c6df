// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersView.h"

#include "PoolSession.h"
#include "UserFilterBar.h"
#include "UserTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

const QString kHeaderState = QStringLiteral("console/usersHeader");

} // namespace

UsersView::UsersView(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new UserTableModel(session, this);
    auto* layout = new QVBoxLayout(this);
    m_filterBar = new UserFilterBar;
    layout->addWidget(m_filterBar);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Users"));
    m_table->setAccessibleDescription(
        tr("The pool's users, read a page at a time as you scroll; the MFA column is read for "
           "the users on screen."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setAccessibleName(tr("User columns"));
    header->setAccessibleDescription(
        tr("Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, "
           "so users stay in the order the pool returns them."));
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->resizeSection(UserTableModel::UsernameColumn, 120);
    header->resizeSection(UserTableModel::MfaColumn, 130);
    header->resizeSection(UserTableModel::StatusColumn, 150);
    header->resizeSection(UserTableModel::EnabledColumn, 65);
    header->resizeSection(UserTableModel::EmailColumn, 200);
    header->resizeSection(UserTableModel::PhoneColumn, 130);
    m_table->setColumnHidden(UserTableModel::ModifiedColumn, true);
    restoreHeader();

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_status = new QLabel;
    m_status->setAccessibleName(tr("Users status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_visibleRows.setSingleShot(true);
    m_visibleRows.setInterval(0);
    connect(&m_visibleRows, &QTimer::timeout, this, &UsersView::reportVisibleRows);
    m_saveHeader.setSingleShot(true);
    m_saveHeader.setInterval(300);
    connect(&m_saveHeader, &QTimer::timeout, this, &UsersView::saveHeader);

    auto later = [this] { m_visibleRows.start(); };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_model, &QAbstractItemModel::modelReset, this, later);
    connect(m_model, &UserTableModel::pageLoaded, this, &UsersView::updateStatus);
    connect(m_model, &UserTableModel::loadingChanged, this, &UsersView::updateStatus);
    connect(m_model, &UserTableModel::loadFailed, m_status, &QLabel::setText);
    connect(header, &QWidget::customContextMenuRequested, this, &UsersView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_saveHeader.start(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { m_saveHeader.start(); });
    connect(m_filterBar, &UserFilterBar::filterChanged, this,
            [this](const std::optional<pool::UserFilter>& filter) {
                m_model->setFilter(filter);
                emit filterChanged(filter);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentUserChanged(currentUsername()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedUsernames()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        emit currentUserChanged({});
        emit selectionChanged({});
    });
}

UsersView::~UsersView()
{
    if (m_saveHeader.isActive()) {
        saveHeader();
    }
}

void UsersView::setPool(const QString& poolId)
{
    m_filterBar->setFilter(std::nullopt);
    m_model->setPool(poolId);
    updateStatus();
}

const QString& UsersView::poolId() const
{
    return m_model->poolId();
}

QString UsersView::currentUsername() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(UserTableModel::UsernameRole).toString() : QString();
}

QStringList UsersView::selectedUsernames() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        names << row.data(UserTableModel::UsernameRole).toString();
    }
    return names;
}

std::optional<pool::UserFilter> UsersView::currentFilter() const
{
    return m_model->filter();
}

void UsersView::setDetailPane(QWidget* pane)
{
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void UsersView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_visibleRows.start();
}

void UsersView::reportVisibleRows()
{
    if (m_model->rowCount() == 0) {
        return;
    }
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0) {
        last = m_model->rowCount() - 1;
    }
    m_model->showRows(first, last);
}

void UsersView::showHeaderMenu(const QPoint& at)
{
    QMenu menu;
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The username says whose row it is: it stays.
        action->setEnabled(column != UserTableModel::UsernameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            m_saveHeader.start();
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

void UsersView::saveHeader()
{
    QSettings().setValue(kHeaderState, m_table->horizontalHeader()->saveState());
}

void UsersView::restoreHeader()
{
    const QByteArray state = QSettings().value(kHeaderState).toByteArray();
    if (!state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
    }
}

void UsersView::updateStatus()
{
    if (m_model->poolId().isEmpty()) {
        m_status->clear();
        return;
    }
    const int rows = m_model->rowCount();
    const QString order = tr("In the pool's order: ListUsers cannot sort.");
    if (m_model->isLoading() && rows == 0) {
        m_status->setText(tr("Reading users…"));
    } else if (m_model->isComplete()) {
        m_status->setText(tr("%n user(s). %1", nullptr, rows).arg(order));
    } else {
        m_status->setText(
            tr("%n user(s) read so far; more are read as you scroll. %1", nullptr, rows)
                .arg(order));
    }
}

} // namespace tessera::ui::console
