// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;

namespace tessera::ui {

class AuthenticatorPage;
class TokenSortModel;

// The tray's quick search: a small popup with a search field over the unlocked accounts; Enter
// or a click copies the code (through the page, so the clipboard is guarded the same way) and
// closes it.
class QuickCopyPopup : public QWidget
{
    Q_OBJECT
public:
    explicit QuickCopyPopup(AuthenticatorPage& page, QWidget* parent = nullptr);

    // Shows at `position` (the tray icon or the cursor) with an empty search. False while the
    // vault is locked: the caller shows the main window instead.
    bool popUp(const QPoint& position);
    QLineEdit* searchField() const { return m_search; }
    QListView* list() const { return m_list; }

signals:
    void copied();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copyCurrent();

    AuthenticatorPage& m_page;
    TokenSortModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
};

} // namespace tessera::ui
