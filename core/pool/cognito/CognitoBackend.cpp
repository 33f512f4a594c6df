// SPDX-License-Identifier: GPL-3.0-or-later
#include "CognitoBackend.h"

#include "pool/PoolOperations.h"

#include <QJsonArray>
#include <QPromise>

namespace tessera::pool::cognito {

CognitoBackend::CognitoBackend(AwsSettings settings, RetryPolicy retry)
    : m_client(std::move(settings), retry)
{}

QFuture<PoolResult> CognitoBackend::call(const QString& operation, const QJsonObject& request)
{
    return m_client.send(operation, request)
        .then(&m_client, [this, operation](const PoolResult& result) {
            if (!result && result.failure().type == QLatin1String(errors::kUnsupportedOperation)) {
                m_unsupported.insert(operation);
            }
            return result;
        });
}

bool CognitoBackend::supports(const QString& operation) const
{
    return operations::all().contains(operation) && !m_unsupported.contains(operation);
}

namespace {

// One paging walk: fetches the next page when the last one arrives.
struct PageWalk
{
    CognitoBackend* backend = nullptr;
    QString operation;
    QJsonObject request;
    operations::PagingShape shape;
    std::function<void(qsizetype)> onPage;
    QJsonArray items;
    QJsonObject last;
    QSet<QString> seenTokens;
    QPromise<PoolResult> promise;
};

void nextPage(const std::shared_ptr<PageWalk>& walk)
{
    walk->backend->call(walk->operation, walk->request)
        .then(&walk->backend->client(), [walk](const PoolResult& result) {
            if (!result) {
                walk->promise.addResult(result);
                walk->promise.finish();
                return;
            }
            const QJsonObject page = *result;
            for (const QJsonValue& item : page.value(walk->shape.listMember).toArray()) {
                walk->items.append(item);
            }
            if (walk->onPage) {
                walk->onPage(walk->items.size());
            }
            const QString token = page.value(walk->shape.tokenOut).toString();
            if (walk->promise.isCanceled() || token.isEmpty() || walk->seenTokens.contains(token)) {
                QJsonObject joined = page;
                joined.remove(walk->shape.tokenOut);
                joined.insert(walk->shape.listMember, walk->items);
                walk->promise.addResult(PoolResult(joined));
                walk->promise.finish();
                return;
            }
            walk->seenTokens.insert(token);
            walk->request.insert(walk->shape.tokenIn, token);
            nextPage(walk);
        });
}

} // namespace

QFuture<PoolResult> CognitoBackend::callAllPages(const QString& operation,
                                                 const QJsonObject& request,
                                                 std::function<void(qsizetype)> onPage)
{
    const auto shape = operations::pagingShape(operation);
    if (!shape) {
        return call(operation, request);
    }
    auto walk = std::make_shared<PageWalk>();
    walk->backend = this;
    walk->operation = operation;
    walk->request = request;
    walk->shape = *shape;
    walk->onPage = std::move(onPage);
    if (!walk->request.contains(shape->sizeMember)) {
        walk->request.insert(shape->sizeMember, shape->maxSize);
    }
    walk->promise.start();
    QFuture<PoolResult> future = walk->promise.future();
    nextPage(walk);
    return future;
}

} // namespace tessera::pool::cognito
