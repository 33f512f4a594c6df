// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace tessera::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tessera"));
}

} // namespace tessera::ui
