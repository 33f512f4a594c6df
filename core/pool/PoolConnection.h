// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PoolBackend.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace tessera::pool {

namespace local {
class LocalPoolEngine;
}

// A backend opened from a PoolConnection.
struct OpenedBackend
{
    std::unique_ptr<PoolBackend> backend;
    // The backend when it is the embedded engine (it alone has an outbox and a store), else null.
    local::LocalPoolEngine* local = nullptr;
    // Something a person should know that did not stop the opening (a store others can read).
    QString warning;
};

// Where pool operations go, as a person chose it: a local store file, or a Cognito endpoint named
// by an AWS profile, region and endpoint URL (each empty meaning "as the AWS CLI decides"). The
// CLI and the console open backends through this one path. A connection never holds a secret:
// keys stay in ~/.aws or the environment, where the AWS CLI reads them.
struct PoolConnection
{
    enum class Kind
    {
        Local,
        Cognito
    };

    Kind kind = Kind::Local;
    // Local: the store file; empty means defaultStorePath().
    QString storePath;
    // Cognito; `region` also names a local store's region (the prefix of the pool ids it makes,
    // local-1 when empty).
    QString profile;
    QString region;
    QString endpointUrl;

    static PoolConnection local(QString storePath = {});
    static PoolConnection cognito(QString profile, QString region = {}, QString endpointUrl = {});

    // pools.sqlite in the platform data folder.
    static QString defaultStorePath();

    // What a person reads in a picker: "This computer", "Profile dev (eu-west-1)",
    // "http://127.0.0.1:9229 (us-east-1)".
    QString displayName() const;
    // One line for a tooltip: the store's path or where requests go.
    QString description() const;
    // Identifies the connection in settings and per-pool history.
    QString key() const;

    // The store path this connection uses (local only).
    QString effectiveStorePath() const;

    // Opens the backend: the local store is created (owner-only) or migrated; a Cognito endpoint
    // has its settings resolved as the AWS CLI would (no request is sent yet).
    Expected<OpenedBackend>
    open(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const;

    bool operator==(const PoolConnection&) const = default;

    // The struct's messages are translated under its own name; the macro ends in private:.
    Q_DECLARE_TR_FUNCTIONS(tessera::pool::PoolConnection)
};

// The connections a person saved, in QSettings under "pool/connections": kinds, paths, profile
// names, regions and endpoint URLs only.
namespace savedConnections {
QList<PoolConnection> load(QSettings& settings);
void save(QSettings& settings, const QList<PoolConnection>& connections);
} // namespace savedConnections

} // namespace tessera::pool
