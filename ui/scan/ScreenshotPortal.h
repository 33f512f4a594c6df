// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QImage>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <chrono>

class QDBusPendingCallWatcher;

namespace tessera::ui {

// Asks the desktop for a screenshot through the xdg-desktop-portal Screenshot interface over
// D-Bus: the way to see the screen on Wayland, where applications cannot grab it themselves.
// The desktop shows its own (interactive) screenshot tool and hands back a file; the result
// arrives as exactly one of finished(), cancelled() or failed().
class ScreenshotPortal : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotPortal)
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(2);

    explicit ScreenshotPortal(QObject* parent = nullptr);
    ScreenshotPortal(const QDBusConnection& bus, QObject* parent = nullptr);
    ~ScreenshotPortal() override;

    // How long the user may take in the desktop's screenshot tool before we give up.
    void setTimeout(std::chrono::milliseconds timeout);
    bool isActive() const { return m_active; }

    // Starts one request; `parentWindow` is the portal's window identifier ("x11:HEX" or
    // "wayland:HANDLE"), empty when there is none. Ignored while a request is active.
    void request(const QString& parentWindow = QString());

    // The object path the portal will answer on for `token`, from our unique bus name.
    static QString requestPath(const QString& uniqueName, const QString& token);

signals:
    void finished(const QImage& screenshot);
    void cancelled();
    void failed(const QString& message);

private slots:
    // QtDBus connects signals by their D-Bus signature only, hence a slot, not a lambda.
    void onResponse(uint response, const QVariantMap& results);

private:
    void onCallFinished(QDBusPendingCallWatcher* watcher);
    void load(const QString& path);
    bool listenOn(const QString& path);
    void stopListening();
    void fail(const QString& message);
    void end();

    QDBusConnection m_bus;
    QTimer m_timeout;
    QString m_listeningPath;
    bool m_active = false;
};

} // namespace tessera::ui
