// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MfaChangePlan.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tessera::pool {

// One applied change of a pool's MFA policy.
struct PolicyVersion
{
    qint64 time = 0;        // epoch seconds
    QString connection;     // PoolConnection::key()
    QString connectionName; // as the person saw it
    QString poolId;
    MfaPolicy before;
    MfaPolicy after;
};

// Every MFA policy the console applied, per connection and pool, kept in one JSON file in the
// data folder (owner-only, replaced atomically), so an earlier version can be restored. Policies
// hold no secret: SNS role ARNs, messages and switches.
class PolicyHistory
{
    Q_DECLARE_TR_FUNCTIONS(tessera::pool::PolicyHistory)

public:
    explicit PolicyHistory(QString path = defaultPath());

    static QString defaultPath();
    // How many versions are kept per pool; older ones are dropped.
    static constexpr int kKeptPerPool = 50;

    // The versions of one pool, newest first. A missing file is an empty history; an unreadable
    // one is an error (and is never overwritten by record()).
    Expected<QList<PolicyVersion>> versions(const QString& connection, const QString& poolId) const;
    Status record(const PolicyVersion& version);

private:
    Expected<QList<PolicyVersion>> load() const;

    QString m_path;
};

} // namespace tessera::pool
