// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyHistory.h"

#include "util/BoundedRead.h"
#include "util/DataFolder.h"
#include "util/PrivateFiles.h"
#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace tessera::pool {

namespace {

// A history is small; a file far larger than kKeptPerPool versions of every pool is not ours.
constexpr qint64 kMaxHistoryBytes = 16 * 1024 * 1024;

const QString kRisk = QStringLiteral("RiskConfiguration");

QJsonObject policyToJson(const MfaPolicy& policy)
{
    QJsonObject object{{QStringLiteral("UserPool"), policy.pool.toJson()},
                       {QStringLiteral("MfaConfig"), policy.mfa.toJson()}};
    if (policy.risk) {
        object.insert(kRisk, policy.risk->toJson());
    }
    return object;
}

MfaPolicy policyFromJson(const QJsonObject& object)
{
    MfaPolicy policy;
    policy.pool = UserPool::fromJson(object.value(QStringLiteral("UserPool")).toObject());
    // A version that no longer reads is shown as MFA off rather than dropped.
    if (auto mfa = MfaConfig::fromJson(object.value(QStringLiteral("MfaConfig")).toObject())) {
        policy.mfa = *mfa;
    }
    // Versions from before adaptive MFA was recorded have no risk configuration: none is shown.
    if (object.contains(kRisk)) {
        if (auto risk = RiskConfig::fromJson(object.value(kRisk).toObject())) {
            policy.risk = *risk;
        }
    }
    return policy;
}

QJsonObject versionToJson(const PolicyVersion& version)
{
    return {{QStringLiteral("time"), double(version.time)},
            {QStringLiteral("connection"), version.connection},
            {QStringLiteral("connectionName"), version.connectionName},
            {QStringLiteral("poolId"), version.poolId},
            {QStringLiteral("before"), policyToJson(version.before)},
            {QStringLiteral("after"), policyToJson(version.after)}};
}

PolicyVersion versionFromJson(const QJsonObject& object)
{
    PolicyVersion version;
    version.time = qint64(object.value(QStringLiteral("time")).toDouble());
    version.connection = object.value(QStringLiteral("connection")).toString();
    version.connectionName = object.value(QStringLiteral("connectionName")).toString();
    version.poolId = object.value(QStringLiteral("poolId")).toString();
    version.before = policyFromJson(object.value(QStringLiteral("before")).toObject());
    version.after = policyFromJson(object.value(QStringLiteral("after")).toObject());
    return version;
}

} // namespace

PolicyHistory::PolicyHistory(QString path) : m_path(std::move(path)) {}

QString PolicyHistory::defaultPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("pool-policy-history.json"));
}

Expected<QList<PolicyVersion>> PolicyHistory::load() const
{
    QList<PolicyVersion> all;
    if (!QFileInfo::exists(m_path)) {
        return all;
    }
    auto bytes = readFileBounded(m_path, kMaxHistoryBytes);
    if (!bytes) {
        return makeError(bytes.error());
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(tr("The policy history %1 is not readable (%2); it was left as it is. "
                            "Move it aside to start a new history.")
                             .arg(QDir::toNativeSeparators(m_path), parseError.errorString()));
    }
    for (const auto& value : document.object().value(QStringLiteral("versions")).toArray()) {
        all.append(versionFromJson(value.toObject()));
    }
    return all;
}

Expected<QList<PolicyVersion>> PolicyHistory::versions(const QString& connection,
                                                       const QString& poolId) const
{
    auto all = load();
    if (!all) {
        return all;
    }
    QList<PolicyVersion> matching;
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->connection == connection && it->poolId == poolId) {
            matching.append(*it);
        }
    }
    return matching;
}

Status PolicyHistory::record(const PolicyVersion& version)
{
    auto all = load();
    if (!all) {
        return makeError(all.error());
    }
    all->append(version);
    // Oldest first in the file: drop the oldest of this pool beyond the limit.
    int kept = 0;
    QJsonArray versions;
    QList<PolicyVersion> newestFirst(all->crbegin(), all->crend());
    QList<QJsonObject> keptObjects;
    for (const auto& entry : newestFirst) {
        if (entry.connection == version.connection && entry.poolId == version.poolId &&
            ++kept > kKeptPerPool) {
            continue;
        }
        keptObjects.prepend(versionToJson(entry));
    }
    for (const auto& object : keptObjects) {
        versions.append(object);
    }
    if (auto made = makePrivateFolders(QFileInfo(m_path).absolutePath()); !made) {
        return made;
    }
    return vault::writeFileAtomically(
        m_path, QJsonDocument(QJsonObject{{QStringLiteral("versions"), versions}}).toJson());
}

} // namespace tessera::pool
