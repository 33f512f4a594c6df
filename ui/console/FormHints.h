// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace tessera::ui::console {

// What the console's editors put under a control: a wrapped, selectable explanation in the
// placeholder colour.
inline QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A control's accessible name, and its description (also its tooltip) where the name is not
// enough.
inline void name(QWidget* widget, const QString& accessibleName, const QString& description = {})
{
    widget->setAccessibleName(accessibleName);
    if (!description.isEmpty()) {
        widget->setAccessibleDescription(description);
        widget->setToolTip(description);
    }
}

} // namespace tessera::ui::console
