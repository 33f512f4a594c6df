// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenListPage.h"

#include "AccountActions.h"
#include "ListDragFilter.h"
#include "TokenDelegate.h"
#include "TokenSortModel.h"
#include "UndoBar.h"
#include "authenticator/StatusLine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::ui {

TokenListPage::TokenListPage(TokenSortModel& order, const AccountActions& actions, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit), m_list(new QListView), m_undoBar(new UndoBar),
      m_status(new StatusLine)
{
    setObjectName(QStringLiteral("tokenPage"));
    m_list->setObjectName(QStringLiteral("tokenList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setModel(&order);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_delegate = new TokenDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    // In "My order", rows are dragged to a new place (the proxy says when that is allowed).
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(new ListDragFilter(m_list, order), &ListDragFilter::moveBlocked, m_status,
            &StatusLine::showMessage);
    connect(m_search, &QLineEdit::textChanged, &order,
            &QSortFilterProxyModel::setFilterFixedString);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader(actions));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_status);
}

QWidget* TokenListPage::createHeader(const AccountActions& actions)
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    auto* addButton = new QToolButton;
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setDefaultAction(actions.add);
    addButton->setText(tr("Add"));
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* lockButton = new QToolButton;
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setDefaultAction(actions.lock);
    lockButton->setText(tr("Lock"));
    lockButton->setToolTip(tr("Lock (Ctrl+L)"));

    // A strip in the window colour, so the search field (Base) shows on any palette.
    auto* headerBar = new QWidget;
    headerBar->setObjectName(QStringLiteral("listHeader"));
    headerBar->setAutoFillBackground(true);
    headerBar->setBackgroundRole(QPalette::Window);
    auto* header = new QHBoxLayout(headerBar);
    header->setContentsMargins(12, 8, 12, 8);
    header->setSpacing(6);
    header->addWidget(m_search, 1);
    header->addWidget(addButton);
    header->addWidget(lockButton);
    return headerBar;
}

} // namespace tessera::ui
