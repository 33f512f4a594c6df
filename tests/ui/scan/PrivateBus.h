// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace tessera::test {

// A private D-Bus session bus for one test: no service files, so nothing is activated and only
// what the test registers answers. The daemon ends with this object.
class PrivateBus
{
public:
    static bool daemonInstalled()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty();
    }

    // Starts the daemon; returns an error message, empty on success.
    QString start()
    {
        if (!m_dir.isValid()) {
            return QStringLiteral("cannot create a temporary directory");
        }
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            return file.errorString();
        }
        // Plain strings, not a raw literal: moc reads this header too and trips on those.
        const QString xml =
            QStringLiteral(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                "busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                "<auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                "</busconfig>\n")
                .arg(m_dir.path());
        file.write(xml.toUtf8());
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(5000)) {
            return QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        }
        if (!m_daemon.waitForReadyRead(5000)) {
            return QStringLiteral("dbus-daemon printed no address: ") +
                   QString::fromLocal8Bit(m_daemon.readAllStandardError());
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return m_address.isEmpty() ? QStringLiteral("dbus-daemon printed an empty address")
                                   : QString();
    }

    QString address() const { return m_address; }

    ~PrivateBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(3000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace tessera::test
