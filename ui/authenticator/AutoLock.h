// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>

class QWidget;

namespace tessera::ui {

class IdleWatcher;
class ScreenLockWatcher;

// When the authenticator locks by itself: after a while without input, when the desktop locks
// its screen, when its window is minimised. Each as the settings say; it only asks
// (lockRequested), the page locks.
class AutoLock : public QObject
{
    Q_OBJECT
public:
    // Watches the top-level window of `page` for minimising, once the page is first shown.
    explicit AutoLock(QWidget* page);

    struct Policy
    {
        std::chrono::minutes idle{5}; // zero: never
        bool onScreenLock = true;
        bool onMinimise = false;
    };
    void setPolicy(const Policy& policy);
    // Idle time counts only while there is something to lock.
    void setVaultOpen(bool open);

    IdleWatcher& idleWatcher() { return *m_idle; }
    ScreenLockWatcher& screenLockWatcher() { return *m_screenLock; }

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onScreenLocked();

    QWidget* m_page;
    IdleWatcher* m_idle;
    ScreenLockWatcher* m_screenLock;
    Policy m_policy;
    bool m_open = false;
    QWidget* m_window = nullptr;
};

} // namespace tessera::ui
