// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include <QPushButton>
#include <optional>

namespace tessera::ui {

namespace {

// Tints that read as their tone on light and dark palettes alike (a translucent colour over the
// palette's window colour).
std::optional<QColor> tintFor(MessageBar::Tone tone)
{
    switch (tone) {
    case MessageBar::Tone::Neutral:
        break;
    case MessageBar::Tone::Warning: {
        QColor warm(0xe0, 0x8a, 0x00);
        warm.setAlphaF(0.22F);
        return warm;
    }
    case MessageBar::Tone::Error: {
        QColor red(0xd0, 0x30, 0x30);
        red.setAlphaF(0.18F);
        return red;
    }
    }
    return std::nullopt;
}

} // namespace

MessageBar::MessageBar(Tone tone, QWidget* parent)
    : QWidget(parent), m_tint(tintFor(tone)), m_text(new QLabel), m_layout(new QHBoxLayout(this))
{
    m_text->setWordWrap(true);
    // Paths, names and system messages are shown as they are, never read as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setContentsMargins(12, 6, 12, 6);
    m_layout->addWidget(m_text, 1);
    hide();
}

void MessageBar::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!m_tint) {
        return;
    }
    // Painted, not set as the palette's window colour: a translucent palette colour was filled
    // over the page's Base and showed as no tint at all, in light and dark alike. The palette's
    // own window colour under the tint follows the theme of the moment.
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.fillRect(rect(), *m_tint);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::setText(const QString& text)
{
    m_text->setText(text);
    // Screen readers announce the bar by its message.
    setAccessibleName(text);
}

QPushButton* MessageBar::addButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    m_layout->addWidget(button, 0, Qt::AlignTop);
    return button;
}

} // namespace tessera::ui
