// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenCapture.h"

#ifdef TESSERA_HAVE_DBUS
#include "ScreenshotPortal.h"
#endif

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

namespace tessera::ui {

ScreenCapture::ScreenCapture(QObject* parent) : QObject(parent) {}

ScreenCapture::~ScreenCapture() = default;

void ScreenCapture::setGrabber(Grabber grabber)
{
    m_grab = std::move(grabber);
}

bool ScreenCapture::looksBlank(const QImage& image)
{
    if (image.isNull()) {
        return true;
    }
    // A 32 x 32 grid of samples: any real desktop differs somewhere, and a QR code needs both
    // dark and light pixels anyway.
    constexpr int kSteps = 32;
    const QRgb first = image.pixel(0, 0);
    for (int i = 0; i < kSteps; ++i) {
        const int y = (image.height() - 1) * i / (kSteps - 1);
        for (int j = 0; j < kSteps; ++j) {
            const int x = (image.width() - 1) * j / (kSteps - 1);
            if (image.pixel(x, y) != first) {
                return false;
            }
        }
    }
    return true;
}

QImage ScreenCapture::grabScreen(QScreen* screen)
{
    QImage image = screen->grabWindow(0).toImage();
    // Some X11 setups hand back the whole virtual desktop rather than this screen: keep the
    // screen the dialog is on, in device pixels.
    const QRect virtualArea = screen->virtualGeometry();
    const QRect area = screen->geometry();
    const double ratio = image.devicePixelRatio();
    if (area != virtualArea && image.size() == (virtualArea.size() * ratio)) {
        const QRect inDesktop = area.translated(-virtualArea.topLeft());
        image = image.copy(QRectF(inDesktop.x() * ratio, inDesktop.y() * ratio,
                                  inDesktop.width() * ratio, inDesktop.height() * ratio)
                               .toAlignedRect());
        image.setDevicePixelRatio(ratio);
    }
    return image;
}

void ScreenCapture::capture(QScreen* screen)
{
    if (m_active) {
        return;
    }
    m_active = true;
    // Wayland gives applications no way to read the screen; only the desktop can.
    if (QGuiApplication::platformName() == QLatin1String("wayland") || screen == nullptr) {
        askPortal();
        return;
    }
    QImage image = m_grab(screen);
    if (looksBlank(image)) {
        askPortal();
        return;
    }
    // Emitted after capture() returns, like the portal's answer, so callers see one order.
    QMetaObject::invokeMethod(
        this,
        [this, image = std::move(image)] {
            end();
            emit captured(image, true);
        },
        Qt::QueuedConnection);
}

void ScreenCapture::end()
{
    m_active = false;
}

void ScreenCapture::askPortal()
{
#ifdef TESSERA_HAVE_DBUS
    auto* portal = new ScreenshotPortal(this);
    connect(portal, &ScreenshotPortal::finished, this, [this, portal](const QImage& image) {
        portal->deleteLater();
        end();
        emit captured(image, false);
    });
    connect(portal, &ScreenshotPortal::cancelled, this, [this, portal] {
        portal->deleteLater();
        end();
        emit cancelled();
    });
    connect(portal, &ScreenshotPortal::failed, this, [this, portal](const QString& message) {
        portal->deleteLater();
        end();
        emit failed(message);
    });
    portal->request();
#else
    QMetaObject::invokeMethod(
        this,
        [this] {
            end();
            emit failed(tr("The screen cannot be read here, and this build of Tessera cannot ask "
                           "the desktop for a screenshot (no Qt D-Bus). Save a screenshot with "
                           "your desktop's tool and scan the file."));
        },
        Qt::QueuedConnection);
#endif
}

} // namespace tessera::ui
