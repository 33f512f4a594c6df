// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QThread>

// A time in the previous 30-second TOTP step, for enrolling with a code the later sign-in will not
// replay. Waits for the next step first when fewer than `marginSeconds` are left of this one, so
// the verifier (which accepts one step back) still sees that step as the previous one however
// slowly the processes in between start on a loaded machine.
inline qint64 timeInPreviousTotpStep(int marginSeconds = 12)
{
    constexpr qint64 kPeriod = 30;
    const qint64 leftInStep = kPeriod - QDateTime::currentSecsSinceEpoch() % kPeriod;
    if (leftInStep < marginSeconds) {
        QThread::sleep(static_cast<unsigned long>(leftInStep));
    }
    return QDateTime::currentSecsSinceEpoch() - kPeriod;
}

// One run of tessera-cli as the tests see it: exit status, stdout and stderr, with the JSON
// readers the pool and sign-in tests share.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : out.trimmed().split('\n')) {
            objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
    QString describe() const
    {
        return QStringLiteral("exit %1, stdout: %2, stderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err.right(600)));
    }
};

// Runs `program` with `arguments` (and `environment`, when given) to completion; a run that does
// not finish in time is killed and reported as exit -1 with the reason on stderr.
inline CliRun
runCli(const QString& program, const QStringList& arguments,
       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
       int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QByteArrayLiteral("tessera-cli did not finish in time")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
