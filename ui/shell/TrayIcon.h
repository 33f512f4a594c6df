// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace tessera::ui {

class MainWindow;
class QuickCopyPopup;

// Tessera in the system tray: a click opens the quick search to copy a code (or the window while
// the vault is locked); the menu shows the window, locks and quits.
class TrayIcon : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    explicit TrayIcon(MainWindow& window);
    ~TrayIcon() override;

    static bool isAvailable();
    QuickCopyPopup* popup() const { return m_popup; }
    void setVisible(bool visible);
    // Opens the quick search, or the window while locked.
    void quickCopy();

private:
    void showWindow();

    MainWindow& m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QuickCopyPopup* m_popup = nullptr;
};

} // namespace tessera::ui
