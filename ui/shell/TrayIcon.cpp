// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "MainWindow.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/QuickCopyPopup.h"

#include <QApplication>
#include <QCursor>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace tessera::ui {

TrayIcon::TrayIcon(MainWindow& window)
    : QObject(&window), m_window(window), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu),
      m_popup(new QuickCopyPopup(*window.authenticator()))
{
    m_tray->setIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));
    m_tray->setToolTip(tr("Tessera"));
    connect(m_menu->addAction(tr("&Copy a code…")), &QAction::triggered, this,
            &TrayIcon::quickCopy);
    connect(m_menu->addAction(tr("&Show Tessera")), &QAction::triggered, this,
            &TrayIcon::showWindow);
    connect(m_menu->addAction(tr("&Lock")), &QAction::triggered, window.authenticator(),
            &AuthenticatorPage::lock);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, qApp, &QApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    quickCopy();
                }
            });
}

TrayIcon::~TrayIcon()
{
    delete m_popup;
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_tray->setVisible(visible);
}

void TrayIcon::quickCopy()
{
    const QRect icon = m_tray->geometry();
    const QPoint at = icon.isValid() ? icon.bottomLeft() : QCursor::pos();
    if (!m_popup->popUp(at)) {
        showWindow();
    }
}

void TrayIcon::showWindow()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

} // namespace tessera::ui
