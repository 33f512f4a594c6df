// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoBackup.h"

#include "Exporter.h"
#include "vault/AtomicFile.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

namespace tessera::transfer {

namespace {

constexpr qint64 kDay = qint64(24) * 60 * 60;

// tessera-backup-20250102-030405.tessera (UTC), with -N when two fall in one second: names sort
// in time order, so the folder alone says which is newest.
const QRegularExpression& backupName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^tessera-backup-(\\d{8}-\\d{6})(?:-(\\d+))?\\.tessera$"));
    return pattern;
}

qint64 timeOf(const QString& fileName)
{
    const auto match = backupName().match(fileName);
    if (!match.hasMatch()) {
        return -1;
    }
    QDateTime time = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    time.setTimeZone(QTimeZone::utc());
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

} // namespace

AutoBackup::AutoBackup(Settings settings, otp::Clock clock)
    : m_settings(std::move(settings)), m_clock(std::move(clock))
{}

QString AutoBackup::fileNameFor(qint64 unixSeconds)
{
    return QStringLiteral("tessera-backup-%1.tessera")
        .arg(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC)
                 .toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QStringList AutoBackup::backups() const
{
    QStringList names;
    for (const QString& name : QDir(m_settings.folder).entryList(QDir::Files, QDir::Name)) {
        if (timeOf(name) >= 0) {
            names.append(name);
        }
    }
    // Same second: "-2" sorts after the plain name only when compared as (time, number).
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const auto ma = backupName().match(a);
        const auto mb = backupName().match(b);
        if (ma.captured(1) != mb.captured(1)) {
            return ma.captured(1) < mb.captured(1);
        }
        return ma.captured(2).toInt() < mb.captured(2).toInt();
    });
    QStringList paths;
    for (const QString& name : names) {
        paths.append(QDir(m_settings.folder).filePath(name));
    }
    return paths;
}

bool AutoBackup::dailyDue() const
{
    const QStringList existing = backups();
    if (existing.isEmpty()) {
        return true;
    }
    const qint64 last = timeOf(QFileInfo(existing.last()).fileName());
    // A clock set back (last backup "in the future") also counts as due.
    return m_clock() - last >= kDay || m_clock() < last;
}

bool AutoBackup::dueAfterChange() const
{
    return m_settings.trigger == Trigger::AfterEachChange || dailyDue();
}

bool AutoBackup::dueOnTick() const
{
    return m_settings.trigger == Trigger::Daily && dailyDue();
}

Expected<QString> AutoBackup::vaultChanged(const vault::Vault& vault)
{
    return dueAfterChange() ? exportVault(vault) : Expected<QString>(QString());
}

Expected<QString> AutoBackup::tick(const vault::Vault& vault)
{
    return dueOnTick() ? exportVault(vault) : Expected<QString>(QString());
}

Expected<QString> AutoBackup::vaultFileSaved(const QString& vaultPath)
{
    return dueAfterChange() ? copyVaultFile(vaultPath) : Expected<QString>(QString());
}

Expected<QString> AutoBackup::tickVaultFile(const QString& vaultPath)
{
    return dueOnTick() ? copyVaultFile(vaultPath) : Expected<QString>(QString());
}

Expected<QString> AutoBackup::exportVault(const vault::Vault& vault)
{
    if (m_settings.password == nullptr) {
        return makeError(tr("automatic backups need a backup password"));
    }
    return write([this, &vault](const QString& path) -> Status {
        ExportOptions options;
        options.password = m_settings.password;
        options.tessera = m_settings.kdf;
        const auto written = Exporter::exportToFile(vault, ExportFormat::Tessera, path, options);
        return written ? Status() : Status(makeError(written.error()));
    });
}

Expected<QString> AutoBackup::copyVaultFile(const QString& vaultPath)
{
    QFile source(vaultPath);
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(
            tr("cannot read the vault %1 to back it up: %2").arg(vaultPath, source.errorString()));
    }
    const QByteArray bytes = source.readAll();
    // Whatever sits at the path is copied only if it is an encrypted vault: a backup must never
    // be the one place a plain file lands.
    if (bytes.size() < qsizetype(sizeof vault::kMagic) ||
        std::memcmp(bytes.constData(), vault::kMagic, sizeof vault::kMagic) != 0) {
        return makeError(tr("%1 is not a Tessera vault; nothing was backed up").arg(vaultPath));
    }
    return write(
        [&bytes](const QString& path) { return vault::writeNewFileAtomically(path, bytes); });
}

Expected<QString> AutoBackup::write(const std::function<Status(const QString& path)>& writeTo)
{
    if (m_settings.keep < 1) {
        return makeError(tr("automatic backups must keep at least one backup"));
    }
    const QDir folder(m_settings.folder);
    if (m_settings.folder.isEmpty() || !folder.exists()) {
        return makeError(tr("the backup folder %1 does not exist; choose another or plug in "
                            "its drive")
                             .arg(m_settings.folder));
    }
    const QString base = fileNameFor(m_clock());
    QString path = folder.filePath(base);
    // A backup never replaces a file: two in one second get -2, -3...
    for (int n = 2; QFile::exists(path); ++n) {
        path = folder.filePath(
            QString(base).replace(QLatin1String(".tessera"), QStringLiteral("-%1.tessera").arg(n)));
    }
    if (const Status written = writeTo(path); !written) {
        return makeError(written.error());
    }
    // Only after a new backup exists are old ones removed, so a failure never leaves fewer.
    // The one just written stays even when a clock set back makes its name sort first.
    QStringList existing = backups();
    existing.removeOne(path);
    while (existing.size() > m_settings.keep - 1) {
        QFile::remove(existing.takeFirst());
    }
    return path;
}

} // namespace tessera::transfer
