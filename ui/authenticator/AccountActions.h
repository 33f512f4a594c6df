// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QWidget;

namespace tessera::ui {

// The authenticator's commands, with their names and shortcuts, for its buttons, context menu and
// the main window's Accounts menu. Only the actions: the page connects what they do.
struct AccountActions
{
    // Made as children of `owner`, with window-wide shortcuts.
    explicit AccountActions(QWidget* owner);

    QAction* add;
    QAction* import;
    QAction* exportAll;
    QAction* find;
    QAction* copy;
    QAction* showQr;
    QAction* edit;
    QAction* favourite;
    QAction* moveUp;
    QAction* moveDown;
    QAction* remove;
    QAction* undoDelete;
    QAction* lock;
    QAction* settings;

    // In menu order, in groups a menu separates.
    QList<QList<QAction*>> sections() const;
    QList<QAction*> all() const;
    // Enables what can be done: everything while the vault is open (undo only with something to
    // undo); settings always.
    void update(bool open, bool canUndo);

    // The struct's messages are translated under its own name; the macro ends in private:.
    Q_DECLARE_TR_FUNCTIONS(tessera::ui::AccountActions)
};

} // namespace tessera::ui
