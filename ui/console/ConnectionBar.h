// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/PoolConnection.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tessera::ui::console {

class PoolSession;

// The strip across the top of the console: which connection (this computer, each AWS profile,
// saved endpoints, "Other endpoint…"), its state in words, a busy bar while the session waits,
// and Cancel once a call has taken more than a second.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(PoolSession& session, QWidget* parent = nullptr);

    // Lists the connections with `current` chosen.
    void showConnection(const pool::PoolConnection& current);
    // Opens the list, for "Connect to AWS Cognito…".
    void openPicker();

signals:
    void connectionChosen(const tessera::pool::PoolConnection& connection);
    // The person cancelled the requests on their way.
    void cancelled();

private:
    void onActivated(int index);

    PoolSession& m_session;
    QList<pool::PoolConnection> m_connections;
    QComboBox* m_picker = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer m_cancelDelay;
};

} // namespace tessera::ui::console
