// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QWidget>

namespace tessera::ui {

namespace {

QAction* make(QWidget* owner, const QString& text, const QString& name, const QKeySequence& key)
{
    auto* action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

AccountActions::AccountActions(QWidget* owner)
    : add(make(owner, tr("&Add account…"), QStringLiteral("actionAddAccount"),
               QKeySequence(Qt::CTRL | Qt::Key_N))),
      import(make(owner, tr("&Import…"), QStringLiteral("actionImport"),
                  QKeySequence(Qt::CTRL | Qt::Key_I))),
      exportAll(make(owner, tr("E&xport…"), QStringLiteral("actionExport"), QKeySequence())),
      find(make(owner, tr("&Find"), QStringLiteral("actionFind"), QKeySequence::Find)),
      copy(make(owner, tr("&Copy code"), QStringLiteral("actionCopyCode"), QKeySequence::Copy)),
      showQr(make(owner, tr("Show as &QR code…"), QStringLiteral("actionShowQr"), QKeySequence())),
      edit(make(owner, tr("&Edit account…"), QStringLiteral("actionEditAccount"),
                QKeySequence(Qt::Key_F2))),
      favourite(make(owner, tr("&Favourite"), QStringLiteral("actionFavourite"),
                     QKeySequence(Qt::CTRL | Qt::Key_D))),
      moveUp(make(owner, tr("Move &up"), QStringLiteral("actionMoveUp"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up))),
      moveDown(make(owner, tr("Move do&wn"), QStringLiteral("actionMoveDown"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down))),
      remove(make(owner, tr("&Delete account"), QStringLiteral("actionDeleteAccount"),
                  QKeySequence::Delete)),
      undoDelete(
          make(owner, tr("&Undo delete"), QStringLiteral("actionUndoDelete"), QKeySequence::Undo)),
      lock(make(owner, tr("&Lock"), QStringLiteral("actionLock"),
                QKeySequence(Qt::CTRL | Qt::Key_L))),
      settings(make(owner, tr("&Settings…"), QStringLiteral("actionSettings"),
                    QKeySequence(QKeySequence::Preferences)))
{
    settings->setMenuRole(QAction::PreferencesRole);
    undoDelete->setEnabled(false);
}

QList<QList<QAction*>> AccountActions::sections() const
{
    return {{add, import, exportAll, find, copy},
            {showQr, edit, favourite, moveUp, moveDown, remove, undoDelete},
            {lock},
            {settings}};
}

QList<QAction*> AccountActions::all() const
{
    QList<QAction*> actions;
    for (const QList<QAction*>& section : sections()) {
        actions += section;
    }
    return actions;
}

void AccountActions::update(bool open, bool canUndo)
{
    for (QAction* action : all()) {
        action->setEnabled(open);
    }
    undoDelete->setEnabled(open && canUndo);
    // Settings are reachable while locked too (the keyring choice then waits for an unlock).
    settings->setEnabled(true);
}

} // namespace tessera::ui
