// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolConnection.h"

#include "cognito/AwsSettings.h"
#include "cognito/CognitoBackend.h"
#include "local/LocalPoolEngine.h"
#include "util/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace tessera::pool {

namespace {

const QString kGroup = QStringLiteral("pool/connections");
const QString kKind = QStringLiteral("kind");
const QString kStore = QStringLiteral("store");
const QString kProfile = QStringLiteral("profile");
const QString kRegion = QStringLiteral("region");
const QString kEndpoint = QStringLiteral("endpoint");

} // namespace

PoolConnection PoolConnection::local(QString storePath)
{
    PoolConnection connection;
    connection.storePath = std::move(storePath);
    return connection;
}

PoolConnection PoolConnection::cognito(QString profile, QString region, QString endpointUrl)
{
    PoolConnection connection;
    connection.kind = Kind::Cognito;
    connection.profile = std::move(profile);
    connection.region = std::move(region);
    connection.endpointUrl = std::move(endpointUrl);
    return connection;
}

QString PoolConnection::defaultStorePath()
{
    // Before the shared data folder, the window and tessera-cli each kept a store of their own.
    return dataFile(QStringLiteral("pools.sqlite"),
                    {{QStringLiteral("Tessera"), QStringLiteral("Tessera")},
                     {QString(), QStringLiteral("tessera-cli")}});
}

QString PoolConnection::effectiveStorePath() const
{
    return storePath.isEmpty() ? defaultStorePath() : storePath;
}

QString PoolConnection::displayName() const
{
    if (kind == Kind::Local) {
        return storePath.isEmpty() || storePath == defaultStorePath()
                   ? tr("This computer")
                   : tr("Local store %1").arg(QFileInfo(storePath).fileName());
    }
    const QString where = region.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(region);
    if (!endpointUrl.isEmpty()) {
        return QUrl(endpointUrl).toDisplayString(QUrl::RemoveUserInfo) + where;
    }
    return tr("AWS profile %1").arg(profile.isEmpty() ? QStringLiteral("default") : profile) +
           where;
}

QString PoolConnection::description() const
{
    if (kind == Kind::Local) {
        return tr("Pools kept by Tessera's own engine in %1")
            .arg(QDir::toNativeSeparators(effectiveStorePath()));
    }
    if (!endpointUrl.isEmpty()) {
        return tr("A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2")
            .arg(QUrl(endpointUrl).toDisplayString(QUrl::RemoveUserInfo),
                 profile.isEmpty() ? QStringLiteral("default") : profile);
    }
    return tr("Amazon Cognito, with the keys and region of AWS profile %1")
        .arg(profile.isEmpty() ? QStringLiteral("default") : profile);
}

QString PoolConnection::key() const
{
    if (kind == Kind::Local) {
        return QStringLiteral("local:") + QDir::cleanPath(effectiveStorePath());
    }
    return QStringLiteral("cognito:%1|%2|%3").arg(profile, region, endpointUrl);
}

Expected<OpenedBackend> PoolConnection::open(const QProcessEnvironment& environment) const
{
    OpenedBackend opened;
    if (kind == Kind::Cognito) {
        auto settings =
            cognito::AwsSettingsResolver::resolve({profile, region, endpointUrl}, environment);
        if (!settings) {
            return makeError(settings.error());
        }
        opened.backend = std::make_unique<cognito::CognitoBackend>(*settings);
        return opened;
    }
    // The engine creates the store and any folder missing above it, owner-only.
    local::LocalPoolOptions options;
    options.path = effectiveStorePath();
    if (!region.isEmpty()) {
        options.region = region;
    }
    auto engine = std::make_unique<local::LocalPoolEngine>(options);
    if (auto done = engine->open(); !done) {
        return done.failure().toError();
    }
    opened.warning = engine->services().store.exposureWarning();
    opened.local = engine.get();
    opened.backend = std::move(engine);
    return opened;
}

namespace savedConnections {

QList<PoolConnection> load(QSettings& settings)
{
    QList<PoolConnection> connections;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        PoolConnection connection;
        connection.kind = settings.value(kKind).toString() == QLatin1String("cognito")
                              ? PoolConnection::Kind::Cognito
                              : PoolConnection::Kind::Local;
        connection.storePath = settings.value(kStore).toString();
        connection.profile = settings.value(kProfile).toString();
        connection.region = settings.value(kRegion).toString();
        connection.endpointUrl = settings.value(kEndpoint).toString();
        if (!connections.contains(connection)) {
            connections << connection;
        }
    }
    settings.endArray();
    return connections;
}

void save(QSettings& settings, const QList<PoolConnection>& connections)
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const PoolConnection& connection = connections.at(i);
        settings.setArrayIndex(i);
        const bool local = connection.kind == PoolConnection::Kind::Local;
        settings.setValue(kKind, local ? QStringLiteral("local") : QStringLiteral("cognito"));
        if (local) {
            settings.setValue(kStore, connection.storePath);
        } else {
            settings.setValue(kProfile, connection.profile);
            settings.setValue(kRegion, connection.region);
            settings.setValue(kEndpoint, connection.endpointUrl);
        }
    }
    settings.endArray();
}

} // namespace savedConnections

} // namespace tessera::pool
