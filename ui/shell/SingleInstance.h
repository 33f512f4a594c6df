// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace tessera::ui {

// One running Tessera per user and vault. The first instance listens on a local socket that only
// its user can reach; a later launch hands its request to it and exits, so a vault is never open
// in two windows and the desktop file's actions ("Add account from screen", "Lock") reach the
// window that is already there. The socket carries a request name and nothing else: no secret,
// no path, no argument a sender could use to make the running instance read a file.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Request
    {
        Show,
        ScanScreen,
        Lock,
    };
    Q_ENUM(Request)

    // `vaultPath` picks the instance: two launches with the same vault meet, others do not.
    explicit SingleInstance(const QString& vaultPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's full path: in $XDG_RUNTIME_DIR (private to the user) where there is one,
    // named after a hash of the vault's path.
    QString serverName() const { return m_serverName; }

    // Hands `request` to the running instance. True when one took it (then this launch exits).
    bool forward(Request request, int timeoutMs = 2000) const;

    // Becomes the running instance. Fails when another instance listens (or the socket cannot be
    // made); a socket left behind by a crashed instance is removed first.
    Status listen();

    static QString requestName(Request request);
    static std::optional<Request> requestFromName(QStringView name);

signals:
    void requested(tessera::ui::SingleInstance::Request request);

private:
    void readRequest(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
};

} // namespace tessera::ui
