// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRun.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
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

// The environment the tests give AWS clients and tessera-cli's Cognito backend: none of the
// tester's own AWS_* settings, HOME in the test's folder, this key, us-east-1, no pager, no
// retries.
inline QProcessEnvironment awsTestEnvironment(const QString& home, const QString& keyId,
                                              const QString& secret)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("AWS_"))) {
            environment.remove(name);
        }
    }
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), keyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    return environment;
}

// A Node.js peer script (tests/tools/serve_*.js) run with `arguments`, after the npm peers are
// installed into `peersDir` where missing (tests/tools/cognito_local.sh --install-only, which
// needs the npm registry once); three minutes at most.
inline CliRun
runNodePeer(const QString& toolsDir, const QString& peersDir, const QString& script,
            const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess install;
    install.start(toolsDir + QStringLiteral("/cognito_local.sh"),
                  {peersDir, QStringLiteral("--install-only")});
    install.waitForFinished(300000);
    return runCli(QStringLiteral("node"),
                  QStringList{toolsDir + QLatin1Char('/') + script} + arguments, environment,
                  180000);
}

// Whether a Node.js peer could not run: node missing, or the package not loadable (exit 3).
inline bool nodePeerMissing(const CliRun& run)
{
    return run.exitCode == 3 || (run.exitCode == -1 && run.out.isEmpty());
}

// What a peer script (tests/tools/serve_*) reported: one JSON line a step,
// {"step": name, "ok": bool, "detail": ...}.
class PeerSteps
{
public:
    void read(const CliRun& run)
    {
        m_run = run;
        for (const QJsonObject& line : run.lines()) {
            m_steps.insert(line.value(QStringLiteral("step")).toString(), line);
        }
    }

    // Empty when the script reached `step` and it went well; otherwise what happened.
    QString failure(const char* step) const
    {
        const QString name = QString::fromLatin1(step);
        if (!m_steps.contains(name)) {
            return QStringLiteral("the script did not reach %1: %2").arg(name, m_run.describe());
        }
        const QJsonObject line = m_steps.value(name);
        return line.value(QStringLiteral("ok")).toBool()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }

private:
    CliRun m_run;
    QHash<QString, QJsonObject> m_steps;
};

#define EXPECT_PEER_STEP(steps, name)                                                              \
    do {                                                                                           \
        const QString failed = (steps).failure(name);                                              \
        QVERIFY2(failed.isEmpty(), qPrintable(failed));                                            \
    } while (false)
