// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// cognito-local (npm) for tests: installed under the build tree by tests/tools/cognito_local.sh
// when missing, started on a free 127.0.0.1 port with the caller's data folder, stopped with this
// object. Tests skip when it cannot be had, and fail instead under TESSERA_REQUIRE_PEERS=1.
class CognitoLocalPeer
{
public:
    CognitoLocalPeer(QString script, QString peersDir)
        : m_script(std::move(script)), m_peers(std::move(peersDir))
    {}
    CognitoLocalPeer(const CognitoLocalPeer&) = delete;
    CognitoLocalPeer& operator=(const CognitoLocalPeer&) = delete;

    ~CognitoLocalPeer()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000)) {
                m_server.kill();
                m_server.waitForFinished();
            }
        }
    }

    static bool required() { return qEnvironmentVariableIntValue("TESSERA_REQUIRE_PEERS") == 1; }

    // Why the peer could not be installed, or an empty string. Installing may take minutes.
    QString install()
    {
        QProcess install;
        install.start(m_script, {m_peers, QStringLiteral("--install-only")});
        if (install.waitForFinished(300000) && install.exitStatus() == QProcess::NormalExit &&
            install.exitCode() == 0) {
            return {};
        }
        return QStringLiteral("cognito-local could not be installed (Node.js/npm missing or "
                              "registry unreachable): %1")
            .arg(QString::fromUtf8(install.readAllStandardError().right(400)));
    }

    // Starts the server with `dataDir` as its data folder; why it did not come up, or empty.
    QString start(const QString& dataDir)
    {
        // A free loopback port: bind to 0, read it, let go.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            return QStringLiteral("no free port on 127.0.0.1");
        }
        m_port = probe.serverPort();
        probe.close();
        if (!QDir().mkpath(dataDir)) {
            return QStringLiteral("cannot create %1").arg(dataDir);
        }
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(m_script, {m_peers, dataDir, QString::number(m_port)});
        if (!m_server.waitForStarted()) {
            return QStringLiteral("cannot run %1").arg(m_script);
        }
        const quint16 port = m_port;
        const bool up = QTest::qWaitFor(
            [this, port] {
                if (m_server.state() == QProcess::NotRunning) {
                    return true;
                }
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(200);
            },
            30000);
        if (!up || m_server.state() == QProcess::NotRunning) {
            return QStringLiteral("cognito-local did not start listening on 127.0.0.1:%1: %2")
                .arg(m_port)
                .arg(QString::fromUtf8(m_server.readAll().right(400)));
        }
        return {};
    }

    quint16 port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }

private:
    QString m_script;
    QString m_peers;
    QProcess m_server;
    quint16 m_port = 0;
};

// In a test slot: skip with `why` when a peer (cognito-local, the AWS CLI, boto3...) is missing,
// or fail under TESSERA_REQUIRE_PEERS=1.
#define PEER_SKIP_OR_FAIL(why)                                                                     \
    do {                                                                                           \
        if (CognitoLocalPeer::required()) {                                                        \
            QFAIL(qPrintable(QStringLiteral("%1 (TESSERA_REQUIRE_PEERS=1)").arg(why)));            \
        }                                                                                          \
        QSKIP(qPrintable(why));                                                                    \
    } while (false)
#define COGNITO_LOCAL_SKIP_OR_FAIL(why) PEER_SKIP_OR_FAIL(why)
