// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/serve/HttpRequestParser.h"

#include <QTest>

using tessera::pool::serve::HttpLimits;
using tessera::pool::serve::HttpRequest;
using tessera::pool::serve::HttpRequestParser;
using Status = HttpRequestParser::Status;

Q_DECLARE_METATYPE(HttpRequestParser::Status)

namespace {

// Small limits, so that the refusals are cheap to provoke.
HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 256;
    limits.maxHeaderCount = 6;
    limits.maxBodyBytes = 64;
    return limits;
}

const QByteArray kPost = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}";

} // namespace

// The HTTP/1.1 request reader `pool serve` puts in front of the engine: what it takes, what it
// refuses with which status before the body is read, and that it keeps up with pipelined,
// split and byte-at-a-time input.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesOneRequest()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer = "POST /a/b?x=1&y=2 HTTP/1.1\r\nHost: 127.0.0.1:9\r\n"
                            "X-Amz-Target: T.Op\r\nx-amz-target: again\r\n"
                            "Content-Length:  5 \r\n\r\nhello";
        QCOMPARE(parser.parse(buffer), Status::Complete);
        const HttpRequest request = parser.take();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/a/b"));
        QCOMPARE(request.query, QByteArray("x=1&y=2"));
        QCOMPARE(request.body, QByteArray("hello"));
        QVERIFY2(request.keepAlive, "HTTP/1.1 keeps the connection by default");
        QCOMPARE(request.header("HOST"), QByteArray("127.0.0.1:9"));
        QCOMPARE(request.header("x-amz-target"), QByteArray("T.Op,again"));
        QVERIFY(buffer.isEmpty());
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
        QTest::newRow("1.1 close")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n") << false;
        QTest::newRow("1.1 close in a list")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: te, close\r\n\r\n") << false;
        QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    }
    void keepAlive()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.parse(head), Status::Complete);
        QCOMPARE(parser.take().keepAlive, keepAlive);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        const QByteArray longLine = "GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\n";
        QTest::newRow("request line over the limit") << longLine << 414;
        QTest::newRow("request line over the limit, no CR LF yet") << QByteArray(300, 'a') << 414;
        QTest::newRow("headers over the limit")
            << "GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(300, 'b') << 431;
        QTest::newRow("too many headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n"
                          "F: 1\r\n\r\n")
            << 431;
        QTest::newRow("body over the limit, refused from its length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10485760\r\n\r\n") << 413;
        QTest::newRow("chunked body")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 411;
        QTest::newRow("two different lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: "
                          "3\r\n\r\n")
            << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("length beyond 64 bits")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: "
                          "99999999999999999999999\r\n\r\n")
            << 400;
        QTest::newRow("no Host in HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("HTTP/2.0 request line") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("not HTTP") << QByteArray("\x16\x03\x01\x02\x00\r\n\r\n", 9) << 400;
        QTest::newRow("space before the colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n") << 400;
        QTest::newRow("bare LF inside the head")
            << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n") << 400;
        QTest::newRow("absolute target")
            << QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    }
    void refuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.parse(input), Status::Failed);
        QCOMPARE(parser.failureStatus(), status);
        QVERIFY2(!parser.failure().isEmpty(), "a refusal says why");
        QByteArray more = kPost;
        QCOMPARE(parser.parse(more), Status::Failed);
    }

    void pipelinedRequestsComeOneAtATime()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer = kPost + "\r\n" + kPost + "GET /x HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(parser.parse(buffer), Status::Complete);
        QCOMPARE(parser.take().body, QByteArray("{}"));
        QCOMPARE(parser.parse(buffer), Status::Complete);
        QCOMPARE(parser.take().body, QByteArray("{}"));
        QCOMPARE(parser.parse(buffer), Status::Complete);
        QCOMPARE(parser.take().path, QByteArray("/x"));
        QCOMPARE(parser.parse(buffer), Status::NeedMore);
        QVERIFY2(!parser.inRequest(), "nothing of a fourth request has arrived");
    }

    void byteAtATime()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer;
        for (qsizetype i = 0; i < kPost.size() - 1; ++i) {
            buffer.append(kPost.at(i));
            QCOMPARE(parser.parse(buffer), Status::NeedMore);
            QVERIFY2(parser.inRequest(), "a request is under way from its first byte");
        }
        buffer.append(kPost.back());
        QCOMPARE(parser.parse(buffer), Status::Complete);
        QCOMPARE(parser.take().body, QByteArray("{}"));
    }

    void headerEndSplitAcrossReads()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer = "GET / HTTP/1.1\r\nHost: h\r\n\r";
        QCOMPARE(parser.parse(buffer), Status::NeedMore);
        buffer.append('\n');
        QCOMPARE(parser.parse(buffer), Status::Complete);
    }

    void expectContinue()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer =
            "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
        QCOMPARE(parser.parse(buffer), Status::NeedMore);
        QVERIFY2(parser.expectsContinue(), "the client waits for 100 Continue before its body");
        buffer.append("{}");
        QCOMPARE(parser.parse(buffer), Status::Complete);
        parser.take();
        QVERIFY(!parser.expectsContinue());
    }

    void emptyLinesBeforeARequestAreSkipped()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer = "\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(parser.parse(buffer), Status::Complete);
        QCOMPARE(parser.take().method, QByteArray("GET"));
    }
};

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
