// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

// `tessera-cli pool serve` as a child process: started on a free loopback port (--port 0, the
// URL read from the line it prints for AWS_ENDPOINT_URL) and stopped with SIGTERM, as a person
// stops it with Ctrl+C.
class ServeProcess
{
public:
    ServeProcess() = default;
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;
    ~ServeProcess() { stop(); }

    // Why it did not come up, or an empty string.
    QString start(const QString& cli, const QString& storePath, const QStringList& extra = {},
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(cli, QStringList{QStringLiteral("pool"), QStringLiteral("--store"),
                                         storePath, QStringLiteral("serve"),
                                         QStringLiteral("--port"), QStringLiteral("0")} +
                                 extra);
        static const QRegularExpression endpoint(QStringLiteral("AWS_ENDPOINT_URL=(\\S+)"));
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const auto match = endpoint.match(QString::fromUtf8(m_out));
            if (match.hasMatch()) {
                m_url = match.captured(1);
                return {};
            }
        }
        return QStringLiteral("pool serve did not start: %1 %2")
            .arg(QString::fromUtf8(m_out), QString::fromUtf8(m_process.readAllStandardError()));
    }

    QString url() const { return m_url; }
    QByteArray banner() const { return m_out; }

    // SIGTERM, then the exit status (-1 if it had to be killed) and what it printed on stderr.
    int stop(QByteArray* err = nullptr)
    {
        if (m_process.state() == QProcess::NotRunning) {
            return m_process.exitCode();
        }
        m_process.terminate();
        int status = -1;
        if (m_process.waitForFinished(15000)) {
            status = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        } else {
            m_process.kill();
            m_process.waitForFinished();
        }
        if (err != nullptr) {
            *err = m_process.readAllStandardError();
        }
        return status;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QString m_url;
};
