// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionBar.h"

#include "ConsoleDialogs.h"
#include "PoolSession.h"
#include "pool/cognito/AwsSettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

namespace tessera::ui::console {

ConnectionBar::ConnectionBar(PoolSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    auto* label = new QLabel(tr("&Connection:"));
    m_picker = new QComboBox;
    m_picker->setAccessibleName(tr("Connection"));
    m_picker->setAccessibleDescription(
        tr("Where the pools are: this computer's local engine, an AWS profile, or another "
           "Cognito-compatible endpoint."));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_picker);
    m_status = new QLabel;
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Waiting for the pool service"));
    m_busy->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel request"));
    m_cancel->setAccessibleDescription(tr("Stops waiting for the requests still on their way."));
    m_cancel->hide();
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);

    connect(m_picker, &QComboBox::activated, this, &ConnectionBar::onActivated);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_session.cancelPending();
        emit cancelled();
    });
    // The busy bar shows at once; Cancel only once a call has taken more than a second, so a
    // quick answer never flashes a button.
    m_cancelDelay.setSingleShot(true);
    m_cancelDelay.setInterval(1000);
    connect(&m_cancelDelay, &QTimer::timeout, m_cancel, &QWidget::show);
    connect(&m_session, &PoolSession::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        if (busy) {
            m_cancelDelay.start();
        } else {
            m_cancelDelay.stop();
            m_cancel->hide();
        }
    });
    connect(&m_session, &PoolSession::connecting, this,
            [this](const pool::PoolConnection& connection) {
                showConnection(connection);
                m_status->setText(tr("Connecting to %1…").arg(connection.displayName()));
                m_status->setToolTip(connection.description());
            });
    connect(&m_session, &PoolSession::connected, this, [this] {
        m_status->setText(tr("Connected to %1.").arg(m_session.connection().displayName()));
    });
    connect(&m_session, &PoolSession::connectionFailed, this,
            [this] { m_status->setText(tr("Not connected.")); });
    showConnection(pool::PoolConnection::local());
}

void ConnectionBar::showConnection(const pool::PoolConnection& current)
{
    m_connections = {pool::PoolConnection::local()};
    for (const QString& profile : pool::cognito::AwsSettingsResolver::profiles()) {
        m_connections << pool::PoolConnection::cognito(profile);
    }
    QSettings settings;
    for (const auto& saved : pool::savedConnections::load(settings)) {
        if (!m_connections.contains(saved)) {
            m_connections << saved;
        }
    }
    if (!m_connections.contains(current)) {
        m_connections << current;
    }
    m_picker->clear();
    for (const auto& connection : m_connections) {
        m_picker->addItem(connection.displayName());
        m_picker->setItemData(m_picker->count() - 1, connection.description(), Qt::ToolTipRole);
    }
    m_picker->addItem(tr("Other endpoint…"));
    m_picker->setCurrentIndex(int(m_connections.indexOf(current)));
}

void ConnectionBar::openPicker()
{
    m_picker->setFocus();
    m_picker->showPopup();
}

void ConnectionBar::onActivated(int index)
{
    if (index >= 0 && index < m_connections.size()) {
        emit connectionChosen(m_connections.at(index));
        return;
    }
    EndpointDialog dialog(pool::cognito::AwsSettingsResolver::profiles(), this);
    if (dialog.exec() != QDialog::Accepted) {
        showConnection(m_session.connection());
        return;
    }
    const pool::PoolConnection connection = dialog.connection();
    QSettings settings;
    auto saved = pool::savedConnections::load(settings);
    if (!saved.contains(connection)) {
        saved << connection;
        pool::savedConnections::save(settings, saved);
    }
    emit connectionChosen(connection);
}

} // namespace tessera::ui::console
