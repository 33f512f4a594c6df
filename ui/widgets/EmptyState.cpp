// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::ui {

namespace {

constexpr int kIconSize = 72;
// Long lines are hard to read; the text wraps at about 65 characters whatever the window width.
constexpr int kTextWidthInCharacters = 62;

} // namespace

EmptyState::EmptyState(const QIcon& icon, const QString& title, const QString& text,
                       QWidget* parent)
    : QWidget(parent), m_icon(icon), m_iconLabel(new QLabel(this)),
      m_titleLabel(new QLabel(title, this)), m_textLabel(new QLabel(text, this)),
      m_buttons(new QHBoxLayout)
{
    m_iconLabel->setObjectName(QStringLiteral("emptyStateIcon"));
    m_iconLabel->setAlignment(Qt::AlignCenter);
    updateIcon();

    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setForegroundRole(QPalette::Text);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);

    m_textLabel->setObjectName(QStringLiteral("emptyStateText"));
    m_textLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_textLabel->setWordWrap(true);
    m_textLabel->setForegroundRole(QPalette::Text);
    m_textLabel->setFixedWidth(fontMetrics().averageCharWidth() * kTextWidthInCharacters);

    m_buttons->setSpacing(8);
    m_buttons->addStretch();
    m_buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(0);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel);
    layout->addSpacing(20);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(10);
    // Centred by stretches in a row, not by an alignment flag: a vertical layout measures a
    // word-wrapped label against its own full width and would clip the narrower label's lines,
    // while a row hands the label its real width when asking for its height.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_textLabel);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(24);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

QString EmptyState::title() const
{
    return m_titleLabel->text();
}

QString EmptyState::text() const
{
    return m_textLabel->text();
}

QPushButton* EmptyState::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    // Between the two stretches, so the row stays centred.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void EmptyState::changeEvent(QEvent* event)
{
    // A QLabel keeps the pixmap it was given; redraw it so the icon follows palette changes.
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        updateIcon();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void EmptyState::updateIcon()
{
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
}

} // namespace tessera::ui
