// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

#include <algorithm>

namespace tessera::pool::serve {

namespace {

// RFC 9110's token characters, which method and header names are made of.
bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
        return true;
    }
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Whether a comma-separated header value lists `token` (any case).
bool listsToken(const QByteArray& value, QByteArrayView token)
{
    const QList<QByteArray> items = value.split(',');
    return std::any_of(items.cbegin(), items.cend(), [token](const QByteArray& item) {
        return item.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

HttpRequestParser::Status HttpRequestParser::fail(int status, QString why)
{
    m_failureStatus = status;
    m_failure = std::move(why);
    return Status::Failed;
}

bool HttpRequestParser::expectsContinue() const
{
    return m_haveHead && m_bodyLength > 0 &&
           m_request.header("expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray& buffer)
{
    if (m_failureStatus != 0) {
        return Status::Failed;
    }
    if (!m_haveHead) {
        // RFC 9112 section 2.2: empty lines before a request line are ignored.
        qsizetype skip = 0;
        while (skip + 1 < buffer.size() && buffer.at(skip) == '\r' && buffer.at(skip + 1) == '\n') {
            skip += 2;
        }
        buffer.remove(0, skip);
        if (buffer.isEmpty()) {
            return Status::NeedMore;
        }
        m_inRequest = true;
        // Look only at what is new since the last call, so a client sending a byte at a time
        // costs linear, not quadratic, work.
        const qsizetype end = buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanned - 3));
        m_scanned = buffer.size();
        const bool headerTooLong =
            end < 0 ? buffer.size() > m_limits.maxHeaderBytes : end + 4 > m_limits.maxHeaderBytes;
        if (headerTooLong) {
            const qsizetype firstLine = buffer.indexOf("\r\n");
            if (firstLine < 0 || firstLine > m_limits.maxHeaderBytes) {
                return fail(414, QStringLiteral("The request line is longer than %1 bytes.")
                                     .arg(m_limits.maxHeaderBytes));
            }
            return fail(431, QStringLiteral("The request's headers are longer than %1 bytes.")
                                 .arg(m_limits.maxHeaderBytes));
        }
        if (end < 0) {
            return Status::NeedMore;
        }
        m_scanned = 0;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (const Status status = parseHead(head); status == Status::Failed) {
            return status;
        }
        m_haveHead = true;
    }
    if (buffer.size() < m_bodyLength) {
        return Status::NeedMore;
    }
    m_request.body = buffer.left(m_bodyLength);
    buffer.remove(0, m_bodyLength);
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseHead(const QByteArray& head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last()) {
            return fail(400, QStringLiteral("Lines must end with CR LF."));
        }
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        return fail(400, QStringLiteral("The request line is not METHOD TARGET HTTP/1.1."));
    }
    const QByteArray& version = parts[2];
    if (!version.startsWith("HTTP/") || version.size() != 8 || version.at(6) != '.') {
        return fail(400, QStringLiteral("The request line is not METHOD TARGET HTTP/1.1."));
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return fail(505, QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served."));
    }
    if (!parts[1].startsWith('/')) {
        return fail(400, QStringLiteral("The request target must be a path."));
    }
    m_request.method = parts[0];
    const qsizetype question = parts[1].indexOf('?');
    m_request.path = question < 0 ? parts[1] : parts[1].left(question);
    m_request.query = question < 0 ? QByteArray() : parts[1].mid(question + 1);

    if (lines.size() > m_limits.maxHeaderCount) {
        return fail(
            431,
            QStringLiteral("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
    }
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        // No whitespace before the colon, and no obsolete line folding (RFC 9112 section 5).
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            return fail(400, QStringLiteral("A header line is not NAME: VALUE."));
        }
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (version == "HTTP/1.1" && !m_request.hasHeader("host")) {
        return fail(400, QStringLiteral("An HTTP/1.1 request needs a Host header."));
    }
    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive = version == "HTTP/1.1" ? !listsToken(connection, "close")
                                                : listsToken(connection, "keep-alive");
    if (m_request.hasHeader("transfer-encoding")) {
        return fail(411, QStringLiteral("Send the body with a Content-Length, not chunked."));
    }
    m_bodyLength = 0;
    if (m_request.hasHeader("content-length")) {
        // Repeated lengths must agree (RFC 9112 section 6.3).
        const QList<QByteArray> lengths = m_request.header("content-length").split(',');
        qsizetype length = -1;
        for (const QByteArray& text : lengths) {
            const QByteArray digits = text.trimmed();
            bool ok = !digits.isEmpty() && digits.size() <= 18 &&
                      std::all_of(digits.begin(), digits.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
            const qsizetype value = ok ? digits.toLongLong(&ok) : -1;
            if (!ok || (length >= 0 && value != length)) {
                return fail(400, QStringLiteral("The Content-Length header is not one number."));
            }
            length = value;
        }
        m_bodyLength = length;
    }
    if (m_bodyLength > m_limits.maxBodyBytes) {
        return fail(413, QStringLiteral("The request body is %1 bytes; at most %2 are taken.")
                             .arg(m_bodyLength)
                             .arg(m_limits.maxBodyBytes));
    }
    return Status::NeedMore;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest{};
    m_haveHead = false;
    m_inRequest = false;
    m_bodyLength = 0;
    return request;
}

} // namespace tessera::pool::serve
