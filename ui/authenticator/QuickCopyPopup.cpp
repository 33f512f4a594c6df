// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickCopyPopup.h"

#include "AuthenticatorPage.h"
#include "TokenDelegate.h"
#include "TokenListModel.h"
#include "TokenSortModel.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QVBoxLayout>

namespace tessera::ui {

namespace {

constexpr QSize kPopupSize(420, 360);

} // namespace

QuickCopyPopup::QuickCopyPopup(AuthenticatorPage& page, QWidget* parent)
    : QWidget(parent, Qt::Popup), m_page(page), m_proxy(new TokenSortModel(this)),
      m_search(new QLineEdit), m_list(new QListView)
{
    setObjectName(QStringLiteral("quickCopyPopup"));
    setAccessibleName(tr("Quick copy"));
    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setPlaceholderText(tr("Type to find an account, Enter copies its code"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("quickList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new TokenDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    resize(kPopupSize);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &QuickCopyPopup::copyCurrent);
    connect(m_list, &QListView::activated, this, &QuickCopyPopup::copyCurrent);
    connect(m_list, &QListView::clicked, this, &QuickCopyPopup::copyCurrent);
}

bool QuickCopyPopup::popUp(const QPoint& position)
{
    TokenListModel* model = m_page.model();
    if (model == nullptr) {
        return false;
    }
    // The page's model is remade at each unlock; take the current one.
    m_proxy->setSourceModel(model);
    m_search->clear();
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    QRect geometry(position, size());
    if (const QScreen* screen = QGuiApplication::screenAt(position)) {
        // Keep the whole popup on the screen that holds the tray.
        const QRect available = screen->availableGeometry();
        geometry.moveRight(std::min(geometry.right(), available.right()));
        geometry.moveBottom(std::min(geometry.bottom(), available.bottom()));
    }
    setGeometry(geometry);
    show();
    activateWindow();
    m_search->setFocus();
    return true;
}

bool QuickCopyPopup::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the search field move through the list, as in a launcher.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_proxy->rowCount()) {
                m_list->setCurrentIndex(m_proxy->index(row, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickCopyPopup::copyCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || m_page.model() == nullptr) {
        return;
    }
    m_page.copyCode(index);
    emit copied();
    hide();
}

} // namespace tessera::ui
