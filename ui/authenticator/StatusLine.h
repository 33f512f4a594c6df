// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QTimer>

namespace tessera::ui {

// A line under a list for short news ("Code copied.", "Added X."), in the placeholder colour,
// that clears itself after a few seconds.
class StatusLine : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget* parent = nullptr);

    void showMessage(const QString& message);

private:
    QTimer m_timer;
};

} // namespace tessera::ui
