// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRequest.h"

#include "pool/RequestShape.h"

namespace tessera::pool::local {

Expected<PageRequest, PoolError> PageRequest::of(const QString& operation,
                                                 const QJsonObject& request)
{
    PageRequest page;
    const auto shape = operations::pagingShape(operation);
    Q_ASSERT(shape);
    page.m_shape = shape.value_or(operations::PagingShape{});
    page.m_size = page.m_shape.maxSize;
    if (request.contains(page.m_shape.sizeMember)) {
        page.m_size = request.value(page.m_shape.sizeMember).toInt(-1);
        // AWS names the member with its first letter in lower case.
        QString member = page.m_shape.sizeMember;
        member[0] = member[0].toLower();
        if (auto done = shape::checkRange(page.m_size, member, 1, page.m_shape.maxSize); !done) {
            return done.failure();
        }
    }
    if (request.contains(page.m_shape.tokenIn)) {
        page.m_after = QString::fromUtf8(
            QByteArray::fromBase64(request.value(page.m_shape.tokenIn).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding));
    }
    return page;
}

void PageRequest::continueAfter(QJsonObject& response, const QString& last) const
{
    response.insert(m_shape.tokenOut,
                    QString::fromLatin1(last.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

} // namespace tessera::pool::local
