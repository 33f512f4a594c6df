// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace tessera::ui {

void showInlineMessage(QLabel* label, const QString& message, bool isError)
{
    label->setText(message);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? QColor(0xd0, 0x3a, 0x3a)
                             : QApplication::palette().color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

} // namespace tessera::ui
