// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SingleInstance.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QAction;
class QListWidget;
class QStackedWidget;

namespace tessera::ui {

class AuthenticatorPage;
class ShellLabVault;
class TrayIcon;
namespace console {
class PoolConsolePage;
}

// The application window: a navigation on the left switches between the authenticator and
// the pool console, the two faces of Tessera.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The places the navigation switches between, in the order it lists them.
    enum class Place
    {
        Authenticator,
        PoolConsole
    };
    Q_ENUM(Place)

    // The window shows `authenticator` as its first place and takes ownership of it.
    explicit MainWindow(AuthenticatorPage* authenticator, QWidget* parent = nullptr);
    ~MainWindow() override;

    AuthenticatorPage* authenticator() const { return m_authenticator; }

    Place currentPlace() const;
    void showPlace(Place place);

    // What the application does at start and tests leave out: reads the settings (QSettings),
    // stores them when they change, shows the tray icon, unlocks through the keyring when the
    // vault has a keyring slot, and starts the clock checks.
    void startDesktopIntegration();
    TrayIcon* trayIcon() const { return m_tray; }
    console::PoolConsolePage* poolConsole() const { return m_console; }

    // What a second launch (or a desktop action) asked for: Show raises this window, Lock locks
    // the vault, ScanScreen raises the window and opens the add dialog on a screen scan — at
    // once when the vault is open, otherwise as soon as it is unlocked.
    void handleRequest(tessera::ui::SingleInstance::Request request);

protected:
    void closeEvent(QCloseEvent* event) override;

signals:
    void currentPlaceChanged(tessera::ui::MainWindow::Place place);

private:
    void createPlaces();
    void createMenus();
    void addPlace(Place place, const QString& iconPath, const QString& name, QWidget* page);
    QWidget* createPoolConsolePlace();
    void onNavigationRowChanged(int row);
    void showAbout();
    void bringToFront();
    void scanScreenWhenOpen();

    static constexpr std::size_t kPlaceCount = 2;

    AuthenticatorPage* m_authenticator = nullptr;
    TrayIcon* m_tray = nullptr;
    console::PoolConsolePage* m_console = nullptr;
    // The vault as the console's sign-in lab and enrolment bridge see it.
    std::unique_ptr<ShellLabVault> m_labVault;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_places = nullptr;
    std::array<QAction*, kPlaceCount> m_placeActions{};
    QMetaObject::Connection m_pendingScan;
};

} // namespace tessera::ui
