// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "TrayIcon.h"
#include "authenticator/AppSettings.h"

#include "AboutDialog.h"
#include "NavigationDelegate.h"
#include "ShellLabVault.h"
#include "authenticator/AddEntryDialog.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/VaultSession.h"
#include "console/PoolConsolePage.h"
#include "widgets/EmptyState.h"
#include "widgets/SymbolicIconEngine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::ui {

namespace {

constexpr QSize kDefaultSize(960, 640);
constexpr int kNavigationMinimumWidth = 200;

std::size_t indexOf(MainWindow::Place place)
{
    return static_cast<std::size_t>(place);
}

} // namespace

MainWindow::MainWindow(AuthenticatorPage* authenticator, QWidget* parent)
    : QMainWindow(parent), m_authenticator(authenticator), m_navigation(new QListWidget),
      m_places(new QStackedWidget)
{
    setWindowTitle(tr("Tessera"));
    createPlaces();
    createMenus();
    showPlace(Place::Authenticator);
    resize(kDefaultSize);
}

MainWindow::Place MainWindow::currentPlace() const
{
    return static_cast<Place>(std::max(0, m_navigation->currentRow()));
}

void MainWindow::showPlace(Place place)
{
    m_navigation->setCurrentRow(int(indexOf(place)));
}

void MainWindow::createPlaces()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Places"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->viewport()->setAttribute(Qt::WA_Hover);
    // The navigation sits on the window colour and the places on the base colour, so the two
    // areas separate without a hard-coded tint and follow light and dark palettes alike.
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);

    m_places->setObjectName(QStringLiteral("places"));
    m_places->setAutoFillBackground(true);
    m_places->setBackgroundRole(QPalette::Base);

    addPlace(Place::Authenticator, QStringLiteral(":/icons/authenticator.svg"), tr("Authenticator"),
             m_authenticator);
    addPlace(Place::PoolConsole, QStringLiteral(":/icons/console.svg"), tr("Pool console"),
             createPoolConsolePlace());
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);

    auto* sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAutoFillBackground(true);
    sidebar->setBackgroundRole(QPalette::Window);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 10, 0, 10);
    sidebarLayout->addWidget(m_navigation);
    sidebar->setFixedWidth(std::max(kNavigationMinimumWidth, m_navigation->sizeHintForColumn(0) +
                                                                 2 * m_navigation->frameWidth()));

    auto* separator = new QWidget;
    separator->setFixedWidth(1);
    separator->setAutoFillBackground(true);
    separator->setBackgroundRole(QPalette::Mid);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_places, 1);
    setCentralWidget(central);
}

void MainWindow::addPlace(Place place, const QString& iconPath, const QString& name, QWidget* page)
{
    auto* item = new QListWidgetItem(SymbolicIconEngine::icon(iconPath), name, m_navigation);
    item->setToolTip(name);
    m_places->insertWidget(int(indexOf(place)), page);
}

MainWindow::~MainWindow()
{
    // The console goes with the window's children, after this: it must not reach the vault.
    if (m_console != nullptr) {
        m_console->session().setLabVault(nullptr);
    }
}

QWidget* MainWindow::createPoolConsolePlace()
{
    m_console = new console::PoolConsolePage;
    m_console->setObjectName(QStringLiteral("poolConsolePlace"));
    m_labVault = std::make_unique<ShellLabVault>(*m_authenticator);
    m_console->session().setLabVault(m_labVault.get());
    return m_console;
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    // Closing every window, rather than quitting outright, lets each window refuse or tidy up.
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu* accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    const QList<QList<QAction*>> sections = m_authenticator->actions().sections();
    for (const QList<QAction*>& section : sections) {
        if (&section != &sections.constFirst()) {
            accountsMenu->addSeparator();
        }
        accountsMenu->addActions(section);
    }

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* placeGroup = new QActionGroup(this);
    placeGroup->setExclusive(true);
    struct PlaceAction
    {
        QString text;
        QString objectName;
        Qt::Key key;
    };
    const std::array<PlaceAction, kPlaceCount> placeActions{{
        {tr("&Authenticator"), QStringLiteral("actionShowAuthenticator"), Qt::Key_1},
        {tr("&Pool console"), QStringLiteral("actionShowPoolConsole"), Qt::Key_2},
    }};
    for (std::size_t i = 0; i < kPlaceCount; ++i) {
        QAction* action = viewMenu->addAction(placeActions[i].text);
        action->setObjectName(placeActions[i].objectName);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | placeActions[i].key));
        placeGroup->addAction(action);
        const auto place = static_cast<Place>(i);
        connect(action, &QAction::triggered, this, [this, place] { showPlace(place); });
        m_placeActions[i] = action;
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Tessera"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0 || row >= int(kPlaceCount)) {
        return;
    }
    m_places->setCurrentIndex(row);
    if (QAction* action = m_placeActions[std::size_t(row)]) {
        action->setChecked(true);
    }
    emit currentPlaceChanged(static_cast<Place>(row));
}

void MainWindow::showAbout()
{
    // Window-modal and non-blocking: no nested event loop, and tests can inspect the dialog.
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::startDesktopIntegration()
{
    const QSettings store;
    m_authenticator->applySettings(AppSettings::load(store));
    connect(m_authenticator, &AuthenticatorPage::settingsChanged, this,
            [](const AppSettings& settings) {
                QSettings writable;
                settings.save(writable);
            });
    if (TrayIcon::isAvailable()) {
        m_tray = new TrayIcon(*this);
        m_tray->setVisible(true);
    }
    // The clock check started with the settings (AuthenticatorPage::applySettings).
    m_authenticator->unlockWithKeyringIfSet();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // With the tray, closing hides the window; the vault stays as it is (the idle lock and the
    // screen lock still apply). Quit from the tray or the File menu ends the application.
    if (m_tray != nullptr && m_authenticator->settings().closeToTray && isVisible() &&
        event->spontaneous()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::handleRequest(SingleInstance::Request request)
{
    switch (request) {
    case SingleInstance::Request::Show:
        bringToFront();
        return;
    case SingleInstance::Request::Lock:
        // Locking is for stepping away: the window stays where it is.
        m_authenticator->lock();
        return;
    case SingleInstance::Request::ScanScreen:
        bringToFront();
        showPlace(Place::Authenticator);
        scanScreenWhenOpen();
        return;
    }
}

void MainWindow::bringToFront()
{
    // From the tray (hidden) or the task bar (minimised) back to where it was.
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::scanScreenWhenOpen()
{
    if (!m_authenticator->session().isOpen()) {
        // The unlock form is what shows; the scan follows the unlock. One pending scan at most,
        // however often the action is chosen while locked.
        if (!m_pendingScan) {
            m_pendingScan =
                connect(&m_authenticator->session(), &VaultSession::opened, this, [this] {
                    disconnect(m_pendingScan);
                    m_pendingScan = {};
                    scanScreenWhenOpen();
                });
        }
        return;
    }
    if (AddEntryDialog* dialog = m_authenticator->openAddDialog()) {
        dialog->scanScreen();
    }
}

} // namespace tessera::ui
