// SPDX-License-Identifier: GPL-3.0-or-later
#include "RememberedDeviceFile.h"

#include "vault/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <openssl/crypto.h>

namespace tessera::cli {

namespace {

const QString kDevices = QStringLiteral("devices");

QString keyOf(const QString& poolId, const QString& username)
{
    return poolId + QLatin1Char('/') + username;
}

// Wipes the bytes a secret passed through.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    }
}

} // namespace

QString RememberedDeviceFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/remembered-devices.json");
}

Expected<std::optional<RememberedDevice>> RememberedDeviceFile::load(const QString& poolId,
                                                                     const QString& username) const
{
    QFile file(m_path);
    if (!file.exists()) {
        return std::optional<RememberedDevice>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(tr("cannot read the remembered devices in %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    QByteArray bytes = file.readAll();
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parsed);
    wipe(bytes);
    if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(tr("%1 is not a remembered-devices file (%2); move it away")
                             .arg(QDir::toNativeSeparators(m_path), parsed.errorString()));
    }
    const QJsonObject entry =
        document.object().value(kDevices).toObject().value(keyOf(poolId, username)).toObject();
    RememberedDevice device{entry.value(QStringLiteral("DeviceKey")).toString(),
                            entry.value(QStringLiteral("DeviceGroupKey")).toString(),
                            entry.value(QStringLiteral("DevicePassword")).toString()};
    if (device.deviceKey.isEmpty() || device.groupKey.isEmpty() || device.password.isEmpty()) {
        return std::optional<RememberedDevice>();
    }
    return std::optional<RememberedDevice>(std::move(device));
}

Status RememberedDeviceFile::save(const QString& poolId, const QString& username,
                                  const std::optional<RememberedDevice>& device) const
{
    QJsonObject root;
    if (QFile file(m_path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(tr("cannot read the remembered devices in %1: %2")
                                 .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        }
        QByteArray bytes = file.readAll();
        root = QJsonDocument::fromJson(bytes).object();
        wipe(bytes);
    }
    QJsonObject devices = root.value(kDevices).toObject();
    if (device) {
        devices.insert(keyOf(poolId, username),
                       QJsonObject{{QStringLiteral("DeviceKey"), device->deviceKey},
                                   {QStringLiteral("DeviceGroupKey"), device->groupKey},
                                   {QStringLiteral("DevicePassword"), device->password}});
    } else {
        devices.remove(keyOf(poolId, username));
    }
    root.insert(kDevices, devices);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        return makeError(
            tr("cannot create the folder for %1").arg(QDir::toNativeSeparators(m_path)));
    }
    QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    Status written = vault::writeFileAtomically(m_path, bytes);
    wipe(bytes);
    return written;
}

} // namespace tessera::cli
