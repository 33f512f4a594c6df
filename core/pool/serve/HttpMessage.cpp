// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpMessage.h"

#include <algorithm>

namespace tessera::pool::serve {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    QByteArray joined;
    bool found = false;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (found) {
            joined.append(',');
        }
        joined.append(value);
        found = true;
    }
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out.append("HTTP/1.1 ")
        .append(QByteArray::number(status))
        .append(' ')
        .append(reasonPhrase(status))
        .append("\r\n");
    for (const auto& [name, value] : headers) {
        out.append(name).append(": ").append(value).append("\r\n");
    }
    out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    out.append(keepAlive && !close ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    out.append("\r\n").append(body);
    return out;
}

} // namespace tessera::pool::serve
