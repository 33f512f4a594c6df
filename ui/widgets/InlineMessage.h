// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace tessera::ui {

// Shows a dialog's one-line status under its form: errors in red, everything else in the
// placeholder colour, so an error stands out without a message box.
void showInlineMessage(QLabel* label, const QString& message, bool isError);

} // namespace tessera::ui
