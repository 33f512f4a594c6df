// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotPortal.h"

#include "widgets/BackgroundWork.h"

#include "util/Expected.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QImageReader>
#include <QUrl>

namespace tessera::ui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kObjectPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kScreenshotInterface = QStringLiteral("org.freedesktop.portal.Screenshot");
const QString kRequestInterface = QStringLiteral("org.freedesktop.portal.Request");
const QString kResponse = QStringLiteral("Response");

// Tokens only need to be unique among this process's requests; they are not secrets.
QString nextToken()
{
    static int counter = 0;
    return QStringLiteral("tessera%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

QString fileAdvice()
{
    return ScreenshotPortal::tr("Or save a screenshot with your desktop's tool and scan the file.");
}

} // namespace

ScreenshotPortal::ScreenshotPortal(QObject* parent)
    : ScreenshotPortal(QDBusConnection::sessionBus(), parent)
{}

ScreenshotPortal::ScreenshotPortal(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // Close the desktop's dialog too, if it is still up: the answer would go nowhere.
        if (!m_listeningPath.isEmpty()) {
            m_bus.send(QDBusMessage::createMethodCall(kService, m_listeningPath, kRequestInterface,
                                                      QStringLiteral("Close")));
        }
        fail(tr("The desktop did not hand over a screenshot in time. Try again and finish the "
                "screenshot in the desktop's window. %1")
                 .arg(fileAdvice()));
    });
}

ScreenshotPortal::~ScreenshotPortal()
{
    stopListening();
}

void ScreenshotPortal::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

QString ScreenshotPortal::requestPath(const QString& uniqueName, const QString& token)
{
    QString sender = uniqueName;
    if (sender.startsWith(QLatin1Char(':'))) {
        sender.remove(0, 1);
    }
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
}

void ScreenshotPortal::request(const QString& parentWindow)
{
    if (m_active) {
        return;
    }
    m_active = true;
    if (!m_bus.isConnected()) {
        // Queued, so that every outcome reaches the caller after request() returns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(tr("There is no D-Bus session bus to ask the desktop for a screenshot. %1")
                         .arg(fileAdvice()));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString token = nextToken();
    // Listen where the answer will come before asking: a quick portal may answer before the
    // call returns the request's path.
    listenOn(requestPath(m_bus.baseService(), token));
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kObjectPath, kScreenshotInterface,
                                                       QStringLiteral("Screenshot"));
    call << parentWindow
         << QVariantMap{{QStringLiteral("handle_token"), token},
                        {QStringLiteral("interactive"), true},
                        {QStringLiteral("modal"), true}};
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &ScreenshotPortal::onCallFinished);
    m_timeout.start();
}

void ScreenshotPortal::onCallFinished(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
    if (!m_active) {
        return; // answered already, or timed out
    }
    if (reply.isError()) {
        const QDBusError error = reply.error();
        switch (error.type()) {
        case QDBusError::ServiceUnknown:
        case QDBusError::NoReply:
        case QDBusError::Timeout:
            fail(tr("No desktop portal answers on D-Bus, so Tessera cannot take a screenshot "
                    "here. Install xdg-desktop-portal with your desktop's backend "
                    "(xdg-desktop-portal-gnome, -kde or -wlr). %1")
                     .arg(fileAdvice()));
            return;
        case QDBusError::UnknownInterface:
        case QDBusError::UnknownMethod:
        case QDBusError::UnknownObject:
            fail(tr("The desktop portal here cannot take screenshots (%1). Install your "
                    "desktop's portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2")
                     .arg(error.message(), fileAdvice()));
            return;
        default:
            fail(tr("The desktop portal refused the screenshot: %1. %2")
                     .arg(error.message(), fileAdvice()));
            return;
        }
    }
    // Portals before version 0.9 ignore handle_token and choose their own path.
    const QString handle = reply.value().path();
    if (handle != m_listeningPath) {
        stopListening();
        listenOn(handle);
    }
}

void ScreenshotPortal::onResponse(uint response, const QVariantMap& results)
{
    if (!m_active) {
        return;
    }
    end();
    switch (response) {
    case 0: {
        const QUrl uri(results.value(QStringLiteral("uri")).toString());
        if (!uri.isLocalFile()) {
            emit failed(tr("The desktop handed over the screenshot as '%1', which is not a local "
                           "file. %2")
                            .arg(uri.toDisplayString(), fileAdvice()));
            return;
        }
        load(uri.toLocalFile());
        return;
    }
    case 1:
        emit cancelled();
        return;
    default:
        emit failed(tr("The desktop could not take the screenshot. Check that Tessera may take "
                       "screenshots in your desktop's privacy settings. %1")
                        .arg(fileAdvice()));
        return;
    }
}

void ScreenshotPortal::load(const QString& path)
{
    // A screen-sized PNG takes a few hundred milliseconds to read: a worker does it. The file
    // belongs to the portal (it may be the user's screenshot folder): read it, leave it there.
    whenFinished(this, runInBackground([path]() -> Expected<QImage> {
                     QImageReader reader(path);
                     QImage image = reader.read();
                     if (image.isNull()) {
                         return makeError(
                             tr("Cannot read the screenshot the desktop saved at '%1': %2")
                                 .arg(path, reader.errorString()));
                     }
                     return image;
                 }),
                 [this](const Expected<QImage>& image) {
                     if (image) {
                         emit finished(*image);
                     } else {
                         emit failed(image.error());
                     }
                 });
}

bool ScreenshotPortal::listenOn(const QString& path)
{
    m_listeningPath = path;
    return m_bus.connect(kService, path, kRequestInterface, kResponse, this,
                         SLOT(onResponse(uint, QVariantMap)));
}

void ScreenshotPortal::stopListening()
{
    if (m_listeningPath.isEmpty()) {
        return;
    }
    m_bus.disconnect(kService, m_listeningPath, kRequestInterface, kResponse, this,
                     SLOT(onResponse(uint, QVariantMap)));
    m_listeningPath.clear();
}

void ScreenshotPortal::end()
{
    m_timeout.stop();
    stopListening();
    m_active = false;
}

void ScreenshotPortal::fail(const QString& message)
{
    end();
    emit failed(message);
}

} // namespace tessera::ui
