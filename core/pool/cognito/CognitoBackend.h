// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CognitoClient.h"
#include "pool/PoolBackend.h"

#include <QSet>

namespace tessera::pool::cognito {

// PoolBackend over a Cognito endpoint (AWS, or a Cognito-compatible server such as
// cognito-local): the same request and response JSON the local engine takes and gives, sent
// through CognitoClient. Operations the endpoint answered as unsupported are remembered, so
// supports() lets a console hide them.
class CognitoBackend : public PoolBackend
{
public:
    explicit CognitoBackend(AwsSettings settings, RetryPolicy retry = {});

    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override;
    bool supports(const QString& operation) const override;

    // Every page of a list operation (ListUsers, ListUserPools, ListUserPoolClients,
    // AdminListDevices, AdminListUserAuthEvents) at the largest page size, the lists joined in
    // one response. Stops when a page repeats a token (servers that ignore paging).
    // `onPage(count)` reports items fetched so far. Other operations pass through to call().
    QFuture<PoolResult> callAllPages(const QString& operation, const QJsonObject& request,
                                     std::function<void(qsizetype)> onPage = {});

    CognitoClient& client() { return m_client; }

private:
    CognitoClient m_client;
    QSet<QString> m_unsupported;
};

} // namespace tessera::pool::cognito
