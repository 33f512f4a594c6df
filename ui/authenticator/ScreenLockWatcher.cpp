// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenLockWatcher.h"

#ifdef TESSERA_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace tessera::ui {

namespace {

const QString kScreenSaverInterface = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kLogin1Service = QStringLiteral("org.freedesktop.login1");

} // namespace

#ifdef TESSERA_HAVE_DBUS
ScreenLockWatcher::ScreenLockWatcher(QObject* parent) : QObject(parent)
{
    listenOnSessionBus(QDBusConnection::sessionBus());
    // logind announces the lock on this session's object (loginctl lock-session, and the
    // desktops that lock through logind).
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected() && system.interface() != nullptr &&
        system.interface()->isServiceRegistered(kLogin1Service)) {
        const QString session = qEnvironmentVariable("XDG_SESSION_ID");
        if (!session.isEmpty()) {
            m_listening |= system.connect(
                kLogin1Service, QStringLiteral("/org/freedesktop/login1/session/%1").arg(session),
                QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                SLOT(onSessionLock()));
        }
    }
}

ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection& sessionBus, QObject* parent)
    : QObject(parent)
{
    listenOnSessionBus(sessionBus);
}

void ScreenLockWatcher::listenOnSessionBus(const QDBusConnection& bus)
{
    if (!bus.isConnected()) {
        return;
    }
    // Any sender and path: GNOME, KDE and others emit it from their own service names.
    QDBusConnection connection = bus;
    m_listening |=
        connection.connect(QString(), QString(), kScreenSaverInterface,
                           QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
}

#else
// Without Qt D-Bus there is no bus to listen on.
ScreenLockWatcher::ScreenLockWatcher(QObject* parent) : QObject(parent) {}
#endif

void ScreenLockWatcher::onActiveChanged(bool active)
{
    if (active) {
        emit screenLocked();
    }
}

void ScreenLockWatcher::onSessionLock()
{
    emit screenLocked();
}

} // namespace tessera::ui
