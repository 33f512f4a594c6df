// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDBusConnection;

namespace tessera::ui {

// Tells when the desktop locks its screen, so the authenticator can lock too: the session bus's
// org.freedesktop.ScreenSaver ActiveChanged(true) and logind's Lock signal on the system bus.
// Where neither bus exists (Windows, macOS, a bare X server) it stays silent.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    // Listens on the given bus only (tests pass a private one).
    ScreenLockWatcher(const QDBusConnection& sessionBus, QObject* parent);

    // Whether it listens on any bus at all.
    bool isListening() const { return m_listening; }

signals:
    void screenLocked();

private slots:
    // Slots by name because Qt D-Bus delivers bus signals only to slots it can call by name.
    void onActiveChanged(bool active);
    void onSessionLock();

private:
    void listenOnSessionBus(const QDBusConnection& bus);

    bool m_listening = false;
};

} // namespace tessera::ui
