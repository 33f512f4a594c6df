// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;

namespace tessera::ui {

struct AccountActions;
class StatusLine;
class TokenDelegate;
class TokenSortModel;
class UndoBar;

// The accounts as the open vault shows them: a header with the search field and the Add and Lock
// buttons, the list of codes (rows dragged into "My order" where the order allows it), the undo
// offer and the status line. Only the widgets: the page connects what they do.
class TokenListPage : public QWidget
{
    Q_OBJECT
public:
    TokenListPage(TokenSortModel& order, const AccountActions& actions, QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    QListView* list() const { return m_list; }
    TokenDelegate* delegate() const { return m_delegate; }
    UndoBar* undoBar() const { return m_undoBar; }
    StatusLine* status() const { return m_status; }

private:
    QWidget* createHeader(const AccountActions& actions);

    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    TokenDelegate* m_delegate = nullptr;
    UndoBar* m_undoBar = nullptr;
    StatusLine* m_status = nullptr;
};

} // namespace tessera::ui
