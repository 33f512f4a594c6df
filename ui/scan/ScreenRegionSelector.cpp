// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenRegionSelector.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>

#include <algorithm>

namespace tessera::ui {

namespace {

const QColor kDim(0, 0, 0, 140);
const QColor kFrame(0x3d, 0x8e, 0xd0);
const QColor kPanel(0x20, 0x22, 0x25, 225);
const QColor kPanelText(0xf2, 0xf3, 0xf5);
constexpr int kPanelMargin = 24;
constexpr int kPanelPadding = 12;

} // namespace

ScreenRegionSelector::ScreenRegionSelector(const QImage& screenshot, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint),
      m_screenshot(screenshot)
{
    setObjectName(QStringLiteral("screenRegionSelector"));
    setWindowTitle(tr("Select the QR code"));
    setAccessibleName(tr("Screen region to scan"));
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // The screenshot covers every pixel: no background to clear first.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

ScreenRegionSelector::~ScreenRegionSelector() = default;

void ScreenRegionSelector::showOn(QScreen* screen)
{
    if (screen != nullptr) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

QRect ScreenRegionSelector::selection() const
{
    return toImageRect(dragRect());
}

QRect ScreenRegionSelector::dragRect() const
{
    const QPoint moved = m_current - m_origin;
    if (moved.manhattanLength() < QApplication::startDragDistance()) {
        return {};
    }
    return QRect::span(m_origin, m_current) & rect();
}

QRect ScreenRegionSelector::toImageRect(const QRect& widgetRect) const
{
    if (widgetRect.isEmpty() || width() <= 0 || height() <= 0) {
        return {};
    }
    // The widget's logical pixels onto the screenshot's device pixels: the ratio is the screen's
    // devicePixelRatio when the overlay covers the screen it shows.
    const double sx = double(m_screenshot.width()) / width();
    const double sy = double(m_screenshot.height()) / height();
    const QRectF scaled(widgetRect.x() * sx, widgetRect.y() * sy, widgetRect.width() * sx,
                        widgetRect.height() * sy);
    return scaled.toAlignedRect() & m_screenshot.rect();
}

void ScreenRegionSelector::finish(const QRect& imageRect)
{
    if (m_done) {
        return;
    }
    m_done = true;
    const QRect chosen = imageRect.isEmpty() ? m_screenshot.rect() : imageRect;
    QImage image = m_screenshot.copy(chosen);
    // The screenshot may show secrets; let it go with the overlay rather than with its owner.
    m_screenshot = QImage();
    emit selected(image, chosen);
    close();
}

void ScreenRegionSelector::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_dragging = true;
    m_origin = m_current = event->position().toPoint();
    update();
}

void ScreenRegionSelector::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        m_current = event->position().toPoint();
        update();
    }
}

void ScreenRegionSelector::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        return;
    }
    m_dragging = false;
    m_current = event->position().toPoint();
    // A click without a drag gives an empty rectangle: the whole screen.
    finish(selection());
}

void ScreenRegionSelector::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close(); // closeEvent reports the cancel
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(selection());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ScreenRegionSelector::closeEvent(QCloseEvent* event)
{
    m_dragging = false;
    // Esc, or closed by the window manager (Alt+F4) rather than by a choice: a cancel.
    if (!m_done) {
        m_done = true;
        m_screenshot = QImage();
        emit cancelled();
    }
    QWidget::closeEvent(event);
}

void ScreenRegionSelector::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_screenshot.isNull()) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(rect()), m_screenshot, QRectF(m_screenshot.rect()));
    painter.fillRect(rect(), kDim);
    const QRect area = dragRect();
    if (!area.isEmpty()) {
        const QRect source = toImageRect(area);
        painter.drawImage(QRectF(area), m_screenshot, QRectF(source));
        painter.setPen(QPen(kFrame, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(area).adjusted(-1, -1, 1, 1));
        paintSize(painter, area, source);
    }
    paintHint(painter);
}

void ScreenRegionSelector::paintSize(QPainter& painter, const QRect& area, const QRect& imageRect)
{
    const QString text = tr("%1 × %2").arg(imageRect.width()).arg(imageRect.height());
    const QFontMetrics metrics(font());
    QRect box(QPoint(), metrics.size(0, text) + QSize(12, 6));
    // Above the selection's top-left corner, or inside it when there is no room above.
    box.moveBottomLeft(area.topLeft() - QPoint(-1, 4));
    if (box.top() < 0) {
        box.moveTopLeft(area.topLeft() + QPoint(4, 4));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPanel);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(kPanelText);
    painter.drawText(box, Qt::AlignCenter, text);
}

void ScreenRegionSelector::paintHint(QPainter& painter)
{
    const QString title = tr("Drag a rectangle around the QR code");
    const QString keys = tr("Release or Enter: read the rectangle  ·  Click or Enter: read the "
                            "whole screen  ·  Esc: cancel");
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    // Metrics for this widget's screen, as the painter will draw; the two pixels keep rounding
    // from wrapping the last word onto a line of its own.
    const QFontMetrics titleMetrics(titleFont, this);
    const QFontMetrics keysMetrics = fontMetrics();
    const int textWidth = std::min(
        std::max(titleMetrics.horizontalAdvance(title), keysMetrics.horizontalAdvance(keys)) + 2,
        width() - 2 * (kPanelMargin + kPanelPadding));
    const QRect keysBounds =
        keysMetrics.boundingRect(QRect(0, 0, textWidth, height()), Qt::TextWordWrap, keys);
    const int panelHeight = titleMetrics.height() + 6 + keysBounds.height() + 2 * kPanelPadding;
    QRect panel(0, 0, textWidth + 2 * kPanelPadding, panelHeight);
    panel.moveCenter(QPoint(width() / 2, 0));
    panel.moveTop(kPanelMargin);
    // Out of the way of a selection that reaches the top of the screen.
    if (panel.intersects(dragRect())) {
        panel.moveBottom(height() - kPanelMargin);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPanel);
    painter.drawRoundedRect(panel, 8, 8);
    const QRect inner =
        panel.adjusted(kPanelPadding, kPanelPadding, -kPanelPadding, -kPanelPadding);
    painter.setPen(kPanelText);
    painter.setFont(titleFont);
    painter.drawText(QRect(inner.topLeft(), QSize(inner.width(), titleMetrics.height())),
                     Qt::AlignHCenter | Qt::AlignTop, title);
    painter.setFont(font());
    painter.drawText(inner.adjusted(0, titleMetrics.height() + 6, 0, 0),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, keys);
}

} // namespace tessera::ui
