// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/MessageBar.h"

#include <QTimer>

#include <chrono>

namespace tessera::ui {

// Under the list after a deletion: "Deleted X." with an Undo button, for a few seconds. It only
// offers; the page keeps what can be restored and does the restoring.
class UndoBar : public MessageBar
{
    Q_OBJECT
public:
    explicit UndoBar(QWidget* parent = nullptr);

    // Shows `text` and the Undo button for `duration`, then withdraws the offer (expired()).
    void offer(const QString& text, std::chrono::milliseconds duration);
    // Hides the bar without expired(): the offer was taken or made moot.
    void withdraw();

signals:
    void undoRequested();
    void expired();

private:
    QTimer m_timer;
};

} // namespace tessera::ui
