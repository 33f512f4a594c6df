// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <array>

namespace tessera::ui {

namespace {

// A request is one short line; anything longer is not from Tessera and is dropped unread.
constexpr qint64 kMaxRequestLength = 32;
// How long a connection may take to say what it wants before the running instance drops it.
constexpr int kReadTimeoutMs = 2000;
constexpr char kAccepted[] = "ok\n";

struct RequestName
{
    SingleInstance::Request request;
    const char* name;
};

constexpr std::array<RequestName, 3> kRequestNames{{
    {SingleInstance::Request::Show, "show"},
    {SingleInstance::Request::ScanScreen, "scan-screen"},
    {SingleInstance::Request::Lock, "lock"},
}};

QString socketName(const QString& vaultPath)
{
    const QByteArray digest =
        QCryptographicHash::hash(QFileInfo(vaultPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    QString name = QStringLiteral("tessera-%1").arg(QString::fromLatin1(digest));
#ifdef Q_OS_UNIX
    // Qt makes the runtime location (XDG_RUNTIME_DIR, else a folder of its own in /tmp) private
    // to the user, so no other user can answer in Tessera's place or squat the name; in /tmp,
    // where QLocalServer puts bare names, both would be possible.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) {
        return runtime + QLatin1Char('/') + name + QStringLiteral(".socket");
    }
#endif
    return name;
}

} // namespace

SingleInstance::SingleInstance(const QString& vaultPath, QObject* parent)
    : QObject(parent), m_serverName(socketName(vaultPath))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::requestName(Request request)
{
    for (const RequestName& entry : kRequestNames) {
        if (entry.request == request) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<SingleInstance::Request> SingleInstance::requestFromName(QStringView name)
{
    for (const RequestName& entry : kRequestNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.request;
        }
    }
    return std::nullopt;
}

bool SingleInstance::forward(Request request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(requestName(request).toLatin1() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
    }
    return socket.readLine(kMaxRequestLength) == kAccepted;
}

Status SingleInstance::listen()
{
    if (m_server == nullptr) {
        m_server = new QLocalServer(this);
        // Owner-only where the socket is not already in a private folder (other systems).
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this,
                        [this, socket] { readRequest(socket); });
                QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
            }
        });
    }
    if (m_server->isListening()) {
        return {};
    }
    // Asked first, because with UserAccessOption Qt binds in a private folder and renames the
    // socket into place, which would replace a live instance's socket rather than fail.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(kReadTimeoutMs)) {
        return makeError(tr("Another Tessera is already running with this vault."));
    }
    if (m_server->listen(m_serverName)) {
        return {};
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered: a crashed instance left its socket behind.
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName)) {
            return {};
        }
    }
    return makeError(tr("Tessera cannot listen on %1, so launching it again will open a second "
                        "window instead of raising this one: %2")
                         .arg(m_serverName, m_server->errorString()));
}

void SingleInstance::readRequest(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestLength) {
            socket->abort();
        }
        return;
    }
    const QString line = QString::fromLatin1(socket->readLine(kMaxRequestLength)).trimmed();
    const std::optional<Request> request = requestFromName(line);
    if (!request) {
        socket->abort();
        return;
    }
    socket->write(kAccepted);
    socket->flush();
    socket->disconnectFromServer();
    emit requested(*request);
}

} // namespace tessera::ui
