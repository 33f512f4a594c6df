// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoLock.h"

#include "IdleWatcher.h"
#include "ScreenLockWatcher.h"

#include <QEvent>
#include <QWidget>

namespace tessera::ui {

AutoLock::AutoLock(QWidget* page)
    : QObject(page), m_page(page), m_idle(new IdleWatcher(this)),
      m_screenLock(new ScreenLockWatcher(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &AutoLock::lockRequested);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, &AutoLock::onScreenLocked);
    m_page->installEventFilter(this);
}

void AutoLock::setPolicy(const Policy& policy)
{
    m_policy = policy;
    m_idle->setTimeout(policy.idle);
    m_idle->setActive(policy.idle.count() > 0 && m_open);
}

void AutoLock::setVaultOpen(bool open)
{
    m_open = open;
    m_idle->setActive(m_policy.idle.count() > 0 && open);
}

void AutoLock::onScreenLocked()
{
    if (m_policy.onScreenLock) {
        emit lockRequested();
    }
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    // The top-level window exists only once the page is shown; then it is watched for minimising.
    if (watched == m_page && event->type() == QEvent::Show && m_window == nullptr &&
        m_page->window() != m_page) {
        m_window = m_page->window();
        m_window->installEventFilter(this);
    } else if (watched == m_window && event->type() == QEvent::WindowStateChange &&
               m_policy.onMinimise && m_window->isMinimized()) {
        emit lockRequested();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::ui
