// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>

#include <functional>

class QScreen;

namespace tessera::ui {

// Takes a picture of the screen a window is on: grabbed directly where the platform allows it
// (X11, Windows, macOS), otherwise asked of the desktop through the screenshot portal (Wayland,
// or a grab that came back empty). Ends with exactly one of captured(), cancelled() or failed().
class ScreenCapture : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenCapture)
public:
    using Grabber = std::function<QImage(QScreen*)>;

    explicit ScreenCapture(QObject* parent = nullptr);
    ~ScreenCapture() override;

    // Replaces the platform's grab, for tests that play a platform which cannot grab (null or
    // blank pictures, as Wayland and some X11 setups give).
    void setGrabber(Grabber grabber);

    // Grabs `screen`; on Wayland, or when the grab is empty, asks the portal instead.
    void capture(QScreen* screen);
    bool isActive() const { return m_active; }

    // A grab the platform refused often comes back as one flat colour (black) instead of null.
    static bool looksBlank(const QImage& image);

signals:
    // `chooseRegion` is true for a direct grab, which still needs the user to pick the code;
    // false for the portal's picture, taken with the desktop's own interactive tool.
    void captured(const QImage& screenshot, bool chooseRegion);
    void cancelled();
    void failed(const QString& message);

private:
    static QImage grabScreen(QScreen* screen);
    void askPortal();
    void end();

    Grabber m_grab = &ScreenCapture::grabScreen;
    bool m_active = false;
};

} // namespace tessera::ui
