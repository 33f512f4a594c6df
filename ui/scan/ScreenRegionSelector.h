// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QWidget>

class QScreen;

namespace tessera::ui {

// A full-screen overlay over a frozen screenshot, dimmed, on which the user drags the rectangle
// to read: release or Enter picks it, a click without a drag or Enter without a rectangle picks
// the whole screenshot, Esc cancels. Rectangles are reported in the screenshot's own pixels, so
// HiDPI screens (devicePixelRatio > 1) crop at full resolution.
class ScreenRegionSelector : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenRegionSelector)
public:
    // `screenshot` carries its devicePixelRatio; the widget maps its logical size onto it.
    explicit ScreenRegionSelector(const QImage& screenshot, QWidget* parent = nullptr);
    ~ScreenRegionSelector() override;

    // Covers `screen` (the one a dialog is on) and takes the keyboard.
    void showOn(QScreen* screen);

    // The selection so far, in screenshot pixels; empty until the user drags.
    QRect selection() const;

signals:
    // `image` is the chosen part of the screenshot; `rect` where it was, in screenshot pixels.
    void selected(const QImage& image, const QRect& rect);
    void cancelled();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QRect toImageRect(const QRect& widgetRect) const;
    QRect dragRect() const;
    void finish(const QRect& imageRect);
    void paintHint(QPainter& painter);
    void paintSize(QPainter& painter, const QRect& area, const QRect& imageRect);

    QImage m_screenshot;
    QPoint m_origin;
    QPoint m_current;
    bool m_dragging = false;
    bool m_done = false;
};

} // namespace tessera::ui
