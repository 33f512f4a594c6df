// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"

#include <QString>

namespace tessera::pool::serve {

// How big a request may be. A Cognito request is a few kilobytes; these bound what one
// connection can make the server hold.
struct HttpLimits
{
    // The request line and the headers together.
    qsizetype maxHeaderBytes = qsizetype{16} * 1024;
    int maxHeaderCount = 64;
    qsizetype maxBodyBytes = qsizetype{1024} * 1024;
};

// Reads the HTTP/1.1 requests on one connection, one after another (pipelined ones too), from a
// buffer the connection appends to. A request over a limit is refused as soon as its headers say
// so, before its body is read: the buffer never holds more than the limits allow. Only
// Content-Length bodies are taken; chunked ones are refused with 411, as AWS SDKs never send them.
class HttpRequestParser
{
public:
    enum class Status
    {
        NeedMore, // the request is not whole yet
        Complete, // take() it
        Failed,   // answer failureStatus() and close: the stream cannot be followed further
    };

    explicit HttpRequestParser(HttpLimits limits = {}) : m_limits(limits) {}

    // Consumes from the front of `buffer` what belongs to the current request.
    Status parse(QByteArray& buffer);
    // The request parse() completed; the parser then waits for the next one.
    HttpRequest take();

    // Bytes of a request have arrived and it is not complete: its time is running.
    bool inRequest() const { return m_inRequest; }
    // The headers are in and ask for "100 Continue" before the body is sent.
    bool expectsContinue() const;
    const HttpLimits& limits() const { return m_limits; }

    int failureStatus() const { return m_failureStatus; }
    const QString& failure() const { return m_failure; }

private:
    Status fail(int status, QString why);
    Status parseHead(const QByteArray& head);

    HttpLimits m_limits;
    HttpRequest m_request;
    bool m_inRequest = false;
    bool m_haveHead = false;
    qsizetype m_bodyLength = 0;
    // How much of the buffer was searched for the end of the headers.
    qsizetype m_scanned = 0;
    int m_failureStatus = 0;
    QString m_failure;
};

} // namespace tessera::pool::serve
