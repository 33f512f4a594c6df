// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoBar.h"

#include <QPushButton>

namespace tessera::ui {

UndoBar::UndoBar(QWidget* parent) : MessageBar(Tone::Neutral, parent)
{
    setObjectName(QStringLiteral("undoBar"));
    connect(addButton(tr("Undo"), QStringLiteral("undoButton")), &QPushButton::clicked, this,
            &UndoBar::undoRequested);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        hide();
        emit expired();
    });
}

void UndoBar::offer(const QString& text, std::chrono::milliseconds duration)
{
    setText(text);
    show();
    m_timer.start(duration);
}

void UndoBar::withdraw()
{
    m_timer.stop();
    hide();
}

} // namespace tessera::ui
