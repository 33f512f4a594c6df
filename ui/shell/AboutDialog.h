// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace tessera::ui {

// Says what Tessera is, which version runs, under which licence, and which libraries it is
// built on with their versions and licences, as the licences of those libraries ask.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

private:
    QWidget* createHeader();
    QTreeWidget* createComponentTable();
};

} // namespace tessera::ui
