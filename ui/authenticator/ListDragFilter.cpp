// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListDragFilter.h"

#include "TokenSortModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>

namespace tessera::ui {

ListDragFilter::ListDragFilter(QAbstractItemView* list, const TokenSortModel& order)
    : QObject(list), m_order(order)
{
    list->viewport()->installEventFilter(this);
}

bool ListDragFilter::eventFilter(QObject* watched, QEvent* event)
{
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
            if (const QString blocked = m_order.moveByHandBlockedReason(); !blocked.isEmpty()) {
                emit moveBlocked(blocked);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::ui
