// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tessera::cli {

// A device `pool signin --remember-device` confirmed: what it needs to prove itself on the next
// sign-in (DEVICE_SRP_AUTH), as amazon-cognito-identity-js keeps it in its storage.
struct RememberedDevice
{
    QString deviceKey;
    QString groupKey;
    QString password; // the device's random password: a secret, as good as skipping MFA
};

// The file `pool signin` keeps remembered devices in, one per pool and user: JSON, written
// atomically and owner-only (0600) from its first byte, never in settings. Its default place is
// the CLI's data folder (QStandardPaths::AppDataLocation, e.g.
// ~/.local/share/tessera-cli/remembered-devices.json); --device-file names another.
class RememberedDeviceFile
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::RememberedDeviceFile)

public:
    explicit RememberedDeviceFile(QString path) : m_path(std::move(path)) {}
    static QString defaultPath();

    const QString& path() const { return m_path; }
    // The device remembered for the user of the pool; nothing when there is none, an error when
    // the file cannot be read or is not this file's JSON.
    Expected<std::optional<RememberedDevice>> load(const QString& poolId,
                                                   const QString& username) const;
    // Keeps `device` for the user (replacing an earlier one), or forgets the user's device
    // when `device` is nothing.
    Status save(const QString& poolId, const QString& username,
                const std::optional<RememberedDevice>& device) const;

private:
    QString m_path;
};

} // namespace tessera::cli
