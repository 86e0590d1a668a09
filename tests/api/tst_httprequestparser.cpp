#include <QtTest>

#include "core/api/httprequestparser.h"

using namespace Qt::StringLiterals;

namespace {

/// What a parser made of a byte stream: the requests, and the error that stopped it (if any).
struct Outcome
{
    QList<HttpRequest> requests;
    QList<HttpRequestParser::Head> heads;
    int errorStatus = 0;
    QString errorMessage;
};

/// Feeds `bytes` in pieces of `piece` bytes (0 = all at once), accepting every body.
Outcome parse(const QByteArray &bytes, qsizetype piece = 0, qint64 maxBody = 1024, qint64 maxHeader = 64 * 1024)
{
    HttpRequestParser parser(maxHeader, 128, maxBody);
    Outcome out;
    qsizetype pos = 0;
    while (pos < bytes.size() || pos == 0) {
        const qsizetype size = piece > 0 ? std::min(piece, bytes.size() - pos) : bytes.size() - pos;
        qsizetype offset = 0;
        for (;;) {
            qsizetype used = 0;
            const auto event = parser.feed(bytes.constData() + pos + offset, size - offset, &used);
            offset += used;
            if (event == HttpRequestParser::Event::Error) {
                out.errorStatus = httpStatus(parser.error().kind);
                out.errorMessage = parser.error().message;
                return out;
            }
            if (event == HttpRequestParser::Event::Head) {
                out.heads.append(parser.head());
                parser.startBody();
                continue;
            }
            if (event == HttpRequestParser::Event::Request) {
                out.requests.append(parser.takeRequest());
                continue;
            }
            if (offset >= size)
                break;
        }
        pos += size;
        if (size == 0)
            break;
    }
    return out;
}

const QByteArray kTwo = "GET /health HTTP/1.1\r\nHost: a\r\n\r\n"
                        "POST /api/v1/posts?x=1&y=%C3%A9 HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                        "Content-Length: 13\r\n\r\n{\"posts\": []}"
                        "GET /api/v1/trends/t%5F1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";

} // namespace

/// The incremental request parser: every split of the bytes gives the same requests, limits are
/// applied per request, and the ambiguities behind request smuggling are refused.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelinedRequestsAtEverySplit()
    {
        for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64)}) {
            const Outcome o = parse(kTwo, piece);
            QCOMPARE(o.errorStatus, 0);
            QCOMPARE(o.requests.size(), 3);
            QCOMPARE(o.requests[0].method, u"GET"_s);
            QCOMPARE(o.requests[0].path, u"/health"_s);
            QCOMPARE(o.requests[1].method, u"POST"_s);
            QCOMPARE(o.requests[1].path, u"/api/v1/posts"_s);
            QCOMPARE(o.requests[1].query.queryItemValue(u"y"_s, QUrl::FullyDecoded), u"é"_s);
            QCOMPARE(o.requests[1].body, QByteArray("{\"posts\": []}"));
            QCOMPARE(o.requests[1].contentLength, 13);
            QCOMPARE(o.requests[1].header("content-type"), QByteArray("application/json"));
            QCOMPARE(o.requests[2].path, u"/api/v1/trends/t_1"_s);
            QVERIFY(o.heads[0].keepAlive);
            QVERIFY(!o.heads[2].keepAlive);
            QCOMPARE(o.heads[0].host, QByteArray("a"));
        }
    }

    void bodyBytesAreNeverHeaders()
    {
        const QByteArray inner = "GET /x HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\n\r\n";
        const QByteArray bytes = "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(inner.size())
            + "\r\n\r\n" + inner + "GET /b HTTP/1.1\r\nHost: a\r\n\r\n";
        const Outcome o = parse(bytes, 0, 100);
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.requests.size(), 2);
        QCOMPARE(o.requests[0].body, inner);
        QCOMPARE(o.requests[1].path, u"/b"_s);
    }

    void bodyReservesItsDeclaredSizeOnce()
    {
        HttpRequestParser parser(64 * 1024, 128, 1 << 20);
        const QByteArray head = "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n";
        qsizetype used = 0;
        QCOMPARE(parser.feed(head.constData(), head.size(), &used), HttpRequestParser::Event::Head);
        QCOMPARE(used, head.size());
        parser.startBody();
        const QByteArray chunk(1000, 'x');
        const char *before = nullptr;
        for (int i = 0; i < 100; ++i) {
            QVERIFY(parser.readingBody());
            const auto event = parser.feed(chunk.constData(), chunk.size(), &used);
            QCOMPARE(used, chunk.size());
            QCOMPARE(event, i == 99 ? HttpRequestParser::Event::Request : HttpRequestParser::Event::NeedMore);
            if (i == 0)
                before = parser.request().body.constData();
            QCOMPARE(parser.request().body.constData(), before); // never reallocated while growing
        }
        const HttpRequest r = parser.takeRequest();
        QCOMPARE(r.body.size(), 100000);
        QCOMPARE(r.body.constData(), before); // handed over by move
        QVERIFY(!parser.inProgress());
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("body over the limit") << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 1025\r\n\r\n") << 413;
        QTest::newRow("absurd length") << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n") << 413;
        QTest::newRow("chunked") << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("chunked and length") << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("head over 64 KiB") << ("GET /a HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(70000, 'x')) << 431;
        QTest::newRow("endless empty lines") << QByteArray(70000, '\n') << 431;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\rX: y\r\n\r\n") << 400;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\tmore\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n", 35) << 400;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
        QTest::newRow("length list") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("non-ASCII target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("asterisk GET") << QByteArray("GET * HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << 400;
    }

    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const Outcome o = parse(bytes, piece);
            QCOMPARE(o.errorStatus, status);
            QVERIFY(o.requests.isEmpty());
        }
    }

    void tooManyHeaderLinesAre431()
    {
        QByteArray bytes = "GET / HTTP/1.1\r\nHost: a\r\n";
        for (int i = 0; i < 200; ++i)
            bytes += "X: y\r\n";
        QCOMPARE(parse(bytes + "\r\n").errorStatus, 431);
    }

    void headAtTheLimitPasses()
    {
        QByteArray bytes = "GET / HTTP/1.1\r\nHost: a\r\nX: \r\n\r\n";
        bytes.insert(bytes.indexOf("X: ") + 3, QByteArray(1000 - bytes.size(), 'x'));
        QCOMPARE(bytes.size(), 1000);
        QCOMPARE(parse(bytes, 0, 0, 1000).requests.size(), 1);
        QCOMPARE(parse(bytes, 1, 0, 1000).requests.size(), 1);
        QCOMPARE(parse(bytes, 0, 0, 999).errorStatus, 431);
    }

    void leadingEmptyLinesAreIgnored()
    {
        const Outcome o = parse("\r\n\r\nGET /a HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].path, u"/a"_s);
    }

    void keepAliveRules()
    {
        auto keepAlive = [](const QByteArray &versionAndHeaders) {
            return parse("GET / " + versionAndHeaders + "\r\n\r\n").heads.value(0).keepAlive;
        };
        QVERIFY(keepAlive("HTTP/1.1\r\nHost: a"));
        QVERIFY(!keepAlive("HTTP/1.1\r\nHost: a\r\nConnection: Close"));
        QVERIFY(!keepAlive("HTTP/1.1\r\nHost: a\r\nConnection: upgrade, close"));
        QVERIFY(!keepAlive("HTTP/1.0"));
        QVERIFY(keepAlive("HTTP/1.0\r\nConnection: Keep-Alive"));
        const Outcome o = parse("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx");
        QVERIFY(o.heads.value(0).expectContinue);
    }

    void absoluteFormGivesItsAuthority()
    {
        const Outcome o = parse("GET http://example.com:81/a/b?c=d HTTP/1.1\r\nHost: other\r\n\r\n");
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].path, u"/a/b"_s);
        QCOMPARE(o.requests[0].query.queryItemValue(u"c"_s), u"d"_s);
        QCOMPARE(o.heads[0].host, QByteArray("example.com:81"));
        QCOMPARE(parse("GET http://u@example.com/ HTTP/1.1\r\nHost: a\r\n\r\n").errorStatus, 400);
    }

    void methodIsKeptAsSent()
    {
        const Outcome o = parse("PROPFIND /a HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(o.requests.value(0).method, u"PROPFIND"_s);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
