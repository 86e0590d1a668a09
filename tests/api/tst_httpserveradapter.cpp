#include <atomic>

#include <QtConcurrent>
#include <QtTest>

#include "core/api/httpserveradapter.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;

/// The HTTP/1.1 server under the REST layer, through real sockets: answers from the server
/// thread and from workers, pipelining answered in order, every limit applied per request as its
/// bytes arrive, timeouts, Connection: close and HTTP/1.0, connection and in-flight limits, and
/// the browser-safety checks (issue 15, findings 1–6).
class TestHttpServerAdapter : public QObject
{
    Q_OBJECT

private:
    std::atomic_int m_handled{0};
    std::atomic<qint64> m_largestBody{0};
    QThreadPool m_pool;
    HttpReply m_parked; ///< the reply of a "/later" request, answered when "/now" has been handled

    static HttpServerOptions options(qint64 maxBody = 1024)
    {
        HttpServerOptions o;
        o.maxBodyBytes = maxBody;
        return o;
    }

    std::unique_ptr<HttpServerAdapter> start(HttpServerOptions o = options())
    {
        auto adapter = std::make_unique<HttpServerAdapter>(o, [this](HttpRequest request, HttpReply reply) {
            ++m_handled;
            qint64 seen = m_largestBody.load();
            while (request.body.size() > seen && !m_largestBody.compare_exchange_weak(seen, request.body.size())) {
            }
            if (request.path == "/drop"_L1)
                return; // the reply is dropped unanswered
            if (request.path == "/worker"_L1) {
                (void)QtConcurrent::run(&m_pool, [request, reply] {
                    reply(HttpResponse{201, "text/plain", "worker:" + request.body, {}});
                });
                return;
            }
            if (request.path == "/later"_L1) {
                m_parked = reply; // answered out of order, after "/now"
                return;
            }
            if (request.path == "/now"_L1) {
                reply(HttpResponse{200, "text/plain", "now", {}});
                if (m_parked) {
                    HttpReply parked = std::exchange(m_parked, HttpReply());
                    (void)QtConcurrent::run(&m_pool, [parked] { parked(HttpResponse{200, "text/plain", "later", {}}); });
                }
                return;
            }
            if (request.path == "/empty"_L1) {
                reply(HttpResponse{200, "text/plain", {}, {}});
                return;
            }
            HttpResponse r{200, "text/plain",
                           request.method.toUtf8() + ' ' + request.path.toUtf8() + '?'
                               + request.query.query().toUtf8() + ' ' + QByteArray::number(request.body.size()),
                           {}};
            r.headers.append(qMakePair(QByteArray("X-Test"), QByteArray("yes")));
            reply(r);
        });
        const Status s = adapter->listen(u"127.0.0.1"_s, 0);
        if (!s)
            qFatal("listen failed");
        m_handled = 0;
        m_largestBody = 0;
        return adapter;
    }

    static QByteArray get(const QByteArray &path, quint16 port, const QByteArray &extra = {})
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" + extra + "\r\n";
    }

    static QByteArray post(const QByteArray &path, quint16 port, const QByteArray &body, const QByteArray &extra = {})
    {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra
            + "\r\n" + body;
    }

private Q_SLOTS:
    void init() { m_parked = HttpReply(); }

    void answersOnTheServerThread()
    {
        auto adapter = start();
        QVERIFY(adapter->port() != 0);
        HttpClient client(adapter->port());
        for (int i = 0; i < 3; ++i) { // one keep-alive connection, several requests
            const HttpResult r = client.post(u"/echo?a=1&b=x"_s, "hello");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray("POST /echo?a=1&b=x 5"));
            QCOMPARE(r.header("X-Test"), QByteArray("yes"));
            QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
            QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        }
        QCOMPARE(adapter->inFlight(), 0);
    }

    void answersFromAWorkerThread()
    {
        auto adapter = start();
        HttpClient client(adapter->port());
        const HttpResult r = client.post(u"/worker"_s, "abc");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body, QByteArray("worker:abc"));
        QTRY_COMPARE(adapter->inFlight(), 0);
    }

    void answersAnEmptyBody()
    {
        auto adapter = start();
        HttpClient client(adapter->port());
        const HttpResult r = client.get(u"/empty"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        const HttpResult again = client.get(u"/x"_s); // the connection still frames correctly
        QCOMPARE(again.body, QByteArray("GET /x? 0"));
    }

    void decodesThePathAndKeepsTheQuery()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write(get("/api/v1/trends/t%5F1?run_id=r%201&x=%E6%8A%B9", adapter->port()));
        const auto r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].body, QByteArray("GET /api/v1/trends/t_1?run_id=r 1&x=\xE6\x8A\xB9 0")); // QUrlQuery, pretty-decoded
    }

    void droppedReplyIsA500()
    {
        auto adapter = start();
        HttpClient client(adapter->port());
        const HttpResult r = client.get(u"/drop"_s);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), u"internal"_s);
    }

    void headAnswersHaveNoBody()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write("HEAD /x HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port()) + "\r\n\r\n"
                + get("/y", adapter->port()));
        c.responses(1);
        RawConnection::spin(100);
        const QByteArray all = c.received();
        // The HEAD answer declares the length of "HEAD /x? 0" but sends no body; /y follows at once.
        QVERIFY2(all.startsWith("HTTP/1.1 200"), all.constData());
        QVERIFY2(all.contains("Content-Length: 10\r\n"), all.constData());
        QVERIFY2(!all.contains("HEAD /x? 0"), all.constData());
        QVERIFY2(all.endsWith("GET /y? 0"), all.constData());
    }

    // ---- finding 3: pipelined answers in request order -------------------------------------

    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        // "/later" is answered (from a worker) only after "/now" has been answered: the server
        // must still send /later's answer first.
        c.write(get("/later", adapter->port()) + get("/now", adapter->port()) + get("/third", adapter->port()));
        const QList<RawResponse> r = c.responses(3);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].body, QByteArray("later"));
        QCOMPARE(r[1].body, QByteArray("now"));
        QCOMPARE(r[2].body, QByteArray("GET /third? 0"));
        QTRY_COMPARE(adapter->inFlight(), 0);
    }

    void manyPipelinedRequestsInOneWrite()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        QByteArray all;
        for (int i = 0; i < 100; ++i) // more than maxPipelined: reading pauses and resumes
            all += i % 3 == 0 ? post("/p" + QByteArray::number(i), adapter->port(), QByteArray(i, 'x'))
                              : get("/g" + QByteArray::number(i), adapter->port());
        c.write(all);
        const QList<RawResponse> r = c.responses(100);
        QCOMPARE(r.size(), 100);
        for (int i = 0; i < 100; ++i) {
            const QByteArray want = i % 3 == 0 ? QByteArray("POST /p" + QByteArray::number(i) + "? " + QByteArray::number(i))
                                               : QByteArray("GET /g" + QByteArray::number(i) + "? 0");
            QCOMPARE(r[i].body, want);
        }
    }

    // ---- finding 2: a valid pipelined POST after a GET ------------------------------------

    void pipelinedPostAfterGetIsServed()
    {
        auto adapter = start(options(1024 * 1024));
        RawConnection c(adapter->port());
        const QByteArray body = "{\"posts\": [" + QByteArray(300 * 1024, ' ') + "]}"; // ~ 1,000 posts
        c.write(get("/health", adapter->port()) + post("/api/v1/posts", adapter->port(), body));
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].status, 200);
        QCOMPARE(r[1].status, 200);
        QCOMPARE(r[1].body, "POST /api/v1/posts? " + QByteArray::number(body.size()));
        QVERIFY(c.isConnected());
    }

    // ---- finding 1: the body limit under pipelining ---------------------------------------

    void oversizedBodyAfterAPipelinedRequestIs413()
    {
        auto adapter = start(options(1024));
        RawConnection c(adapter->port());
        // A small request, then one whose body is far over the limit, in one write.
        c.write(get("/first", adapter->port()) + post("/big", adapter->port(), QByteArray(4 * 1024 * 1024, 'x'))
                + get("/never", adapter->port()));
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].body, QByteArray("GET /first? 0"));
        QCOMPARE(r[1].status, 413);
        QCOMPARE(r[1].errorCode(), u"payload_too_large"_s);
        QCOMPARE(r[1].header("Connection"), QByteArray("close"));
        QVERIFY(c.waitForClose());
        QCOMPARE(m_handled.load(), 1); // neither the big body nor anything after it reached the handler
        QCOMPARE(adapter->inflightBodyBytes(), 0);
    }

    void bodyBytesAreNeverReadAsHeaders()
    {
        auto adapter = start(options(64));
        RawConnection c(adapter->port());
        // A body (within the limit) that looks like a request head announcing a huge body.
        const QByteArray inner = "GET /x HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n";
        c.write(post("/a", adapter->port(), inner) + get("/b", adapter->port()));
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].body, "POST /a? " + QByteArray::number(inner.size()));
        QCOMPARE(r[1].body, QByteArray("GET /b? 0"));
    }

    void bodyAtTheLimitPasses()
    {
        auto adapter = start(options(1024));
        HttpClient client(adapter->port());
        const HttpResult r = client.post(u"/echo"_s, QByteArray(1024, 'x'));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("POST /echo? 1024"));
    }

    void oversizedBodyIs413AndNeverHandled()
    {
        auto adapter = start(options(1024));
        HttpClient client(adapter->port());
        const HttpResult r = client.post(u"/echo"_s, QByteArray(200 * 1024, 'x'));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"payload_too_large"_s);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"content_length"_s).toInt(),
                 200 * 1024);
        QCOMPARE(m_handled.load(), 0);
        HttpClient other(adapter->port()); // the server keeps serving other connections
        QCOMPARE(other.get(u"/x"_s).status, 200);
    }

    void oversizedDeclaredLengthIsRejectedBeforeTheBodyArrives()
    {
        auto adapter = start(options(1024));
        RawConnection c(adapter->port());
        // Declares 10 GB and sends 10 bytes: the answer comes from the headers alone.
        c.write("POST /echo HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
                + "\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n0123456789");
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 413);
        QCOMPARE(m_handled.load(), 0);
    }

    void secondRequestOnAConnectionIsAlsoChecked()
    {
        auto adapter = start(options(100));
        RawConnection c(adapter->port());
        c.write(post("/a", adapter->port(), "hello"));
        QCOMPARE(c.responses(1).size(), 1);
        c.write(post("/b", adapter->port(), QByteArray(500, 'y')));
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].status, 200);
        QCOMPARE(r[1].status, 413);
        QCOMPARE(m_handled.load(), 1);
    }

    void chunkedUploadIs411()
    {
        auto adapter = start();
        const QByteArray answer = rawExchange(
            adapter->port(),
            "POST /echo HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            500);
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
        QVERIFY(answer.contains("\"length_required\""));
        QCOMPARE(m_handled.load(), 0);
    }

    void hugeHeadersAre431()
    {
        auto adapter = start();
        const QByteArray answer = rawExchange(
            adapter->port(), get("/echo", adapter->port(), "X-Big: " + QByteArray(100 * 1024, 'h') + "\r\n"), 500);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    }

    void headersJustUnderTheLimitPass()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        QByteArray request = get("/echo", adapter->port(), "X-Big: \r\n");
        request.insert(request.indexOf("X-Big: ") + 7, QByteArray(64 * 1024 - request.size(), 'h'));
        QCOMPARE(request.size(), 64 * 1024);
        c.write(request);
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 200);
    }

    // ---- slow and partial clients (finding 4) ------------------------------------------------

    void requestInSlowPiecesIsServed()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        const QByteArray request = post("/slow", adapter->port(), "{\"a\": 1}") + get("/next", adapter->port());
        for (qsizetype i = 0; i < request.size(); i += 7) {
            c.write(request.mid(i, 7));
            RawConnection::spin(1);
        }
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].body, QByteArray("POST /slow? 8"));
        QCOMPARE(r[1].body, QByteArray("GET /next? 0"));
    }

    void bodyShorterThanContentLengthTimesOut()
    {
        HttpServerOptions o = options();
        o.bodyTimeoutMs = 200;
        auto adapter = start(o);
        RawConnection c(adapter->port());
        c.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\nonly this");
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 408);
        QCOMPARE(r[0].errorCode(), u"request_timeout"_s);
        QVERIFY(c.waitForClose());
        QCOMPARE(m_handled.load(), 0);
        QCOMPARE(adapter->inflightBodyBytes(), 0);
    }

    void incompleteHeadTimesOut()
    {
        HttpServerOptions o = options();
        o.headerTimeoutMs = 200;
        auto adapter = start(o);
        RawConnection c(adapter->port());
        c.write("GET /x HTTP/1.1\r\nHost: 127.0.0.1:"); // and nothing more
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 408);
        QVERIFY(c.waitForClose());
    }

    void idleConnectionIsClosed()
    {
        HttpServerOptions o = options();
        o.idleTimeoutMs = 200;
        auto adapter = start(o);
        RawConnection c(adapter->port());
        c.write(get("/x", adapter->port()));
        QCOMPARE(c.responses(1).size(), 1);
        QVERIFY(c.waitForClose()); // after the answer, nothing more: closed without a word
        QCOMPARE(parseResponses(c.received()).size(), 1);
        QTRY_COMPARE(adapter->connectionCount(), 0);
    }

    void slowHandlerIsNoTimeout()
    {
        HttpServerOptions o = options();
        o.idleTimeoutMs = 100;
        o.headerTimeoutMs = 100;
        auto adapter = start(o);
        RawConnection c(adapter->port());
        c.write(get("/later", adapter->port()));
        RawConnection::spin(400); // the server is the slow one: the connection stays
        QVERIFY(c.isConnected());
        QVERIFY(m_parked);
        std::exchange(m_parked, HttpReply())(HttpResponse{200, "text/plain", "late", {}});
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].body, QByteArray("late"));
    }

    // ---- Connection: close and HTTP/1.0 (finding 4) ------------------------------------------

    void connectionCloseIsHonoured()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write(get("/a", adapter->port(), "Connection: close\r\n") + get("/b", adapter->port()));
        QVERIFY(c.waitForClose());
        const QList<RawResponse> r = parseResponses(c.received());
        QCOMPARE(r.size(), 1); // /b came after "close": never read
        QCOMPARE(r[0].body, QByteArray("GET /a? 0"));
        QCOMPARE(r[0].header("Connection"), QByteArray("close"));
        QCOMPARE(m_handled.load(), 1);
    }

    void http10ClosesUnlessKeepAliveIsAsked()
    {
        auto adapter = start();
        {
            RawConnection c(adapter->port());
            c.write("GET /a HTTP/1.0\r\n\r\n"); // HTTP/1.0 needs no Host
            QVERIFY(c.waitForClose());
            const QList<RawResponse> r = parseResponses(c.received());
            QCOMPARE(r.size(), 1);
            QCOMPARE(r[0].body, QByteArray("GET /a? 0"));
        }
        {
            RawConnection c(adapter->port());
            c.write("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            QCOMPARE(c.responses(1).size(), 1);
            QCOMPARE(c.responses(1)[0].header("Connection"), QByteArray("keep-alive"));
            c.write("GET /b HTTP/1.0\r\n\r\n");
            QVERIFY(c.waitForClose());
            const QList<RawResponse> r = parseResponses(c.received());
            QCOMPARE(r.size(), 2);
            QCOMPARE(r[1].body, QByteArray("GET /b? 0"));
        }
    }

    void malformedRequestIs400AndCloses()
    {
        auto adapter = start();
        const QList<QByteArray> bad = {
            "GET /x HTTP/1.1\nHost: a\n\n",                                        // bare LF
            "GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n X-Folded: y\r\n\r\n",        // obs-fold
            "GET /x HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n",                       // space before colon
            "GET /x HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",                     // two Hosts
            "GET /x HTTP/1.1\r\n\r\n",                                           // no Host
            "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", // conflicting lengths
            "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n",          // not digits
            "GET x HTTP/1.1\r\nHost: a\r\n\r\n",                                  // not a path
        };
        for (const QByteArray &request : bad) {
            const QByteArray answer = rawExchange(adapter->port(), request, 500);
            QVERIFY2(answer.startsWith("HTTP/1.1 400"), QByteArray(request + " -> " + answer).constData());
        }
        QVERIFY(rawExchange(adapter->port(), "GET /x HTTP/2.0\r\nHost: a\r\n\r\n", 500).startsWith("HTTP/1.1 505"));
        QCOMPARE(m_handled.load(), 0);
    }

    void expectContinueGetsAnInterimAnswer()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write("POST /e HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY(c.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        c.write("{}");
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].body, QByteArray("POST /e? 2"));
    }

    // ---- connection and in-flight limits (finding 5) ----------------------------------------

    void connectionsBeyondTheLimitGet503()
    {
        HttpServerOptions o = options();
        o.maxConnections = 2;
        auto adapter = start(o);
        RawConnection a(adapter->port());
        RawConnection b(adapter->port());
        QTRY_COMPARE(adapter->connectionCount(), 2);
        RawConnection c(adapter->port());
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 503);
        QCOMPARE(r[0].header("Retry-After"), QByteArray("1"));
        QVERIFY(c.waitForClose());
        a.write(get("/ok", adapter->port())); // the first two are served
        QCOMPARE(a.responses(1).value(0).status, 200);
    }

    void bodiesBeyondTheInflightBudgetGet503()
    {
        HttpServerOptions o = options(1000);
        o.maxInflightBytes = 1500;
        auto adapter = start(o);
        RawConnection a(adapter->port());
        RawConnection b(adapter->port());
        const QByteArray head = "POST /x HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
        a.write(head + QByteArray(10, 'a')); // 1000 bytes reserved, 10 arrived
        QTRY_COMPARE(adapter->inflightBodyBytes(), 1000);
        b.write(head + QByteArray(1000, 'b')); // would make 2000 > 1500
        const QList<RawResponse> rb = b.responses(1);
        QCOMPARE(rb.size(), 1);
        QCOMPARE(rb[0].status, 503);
        QCOMPARE(rb[0].header("Retry-After"), QByteArray("1"));
        a.write(QByteArray(990, 'a')); // the first completes and gives its bytes back
        const QList<RawResponse> ra = a.responses(1);
        QCOMPARE(ra.value(0).body, QByteArray("POST /x? 1000"));
        QTRY_COMPARE(adapter->inflightBodyBytes(), 0);
        QCOMPARE(m_largestBody.load(), 1000);
    }

    // ---- browser safety (finding 6) ----------------------------------------------------------

    void postMustBeJson_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("json") << QByteArray("application/json") << 200;
        QTest::newRow("json+charset") << QByteArray("application/json; charset=utf-8") << 200;
        QTest::newRow("upper case") << QByteArray("Application/JSON") << 200;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("text") << QByteArray("text/plain") << 415;
        QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << 415;
        QTest::newRow("none") << QByteArray() << 415;
    }

    void postMustBeJson()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        auto adapter = start();
        RawConnection c(adapter->port());
        const QByteArray type = contentType.isNull() ? QByteArray() : "Content-Type: " + contentType + "\r\n";
        c.write("POST /api/v1/posts HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port()) + "\r\n" + type
                + "Content-Length: 2\r\n\r\n{}" + get("/after", adapter->port()));
        const QList<RawResponse> r = c.responses(status == 200 ? 2 : 1);
        QVERIFY(!r.isEmpty());
        QCOMPARE(r[0].status, status);
        QCOMPARE(r[0].header("X-Content-Type-Options"), QByteArray("nosniff"));
        if (status == 415) {
            QCOMPARE(r[0].errorCode(), u"unsupported_media_type"_s);
            QCOMPARE(m_handled.load(), 0);
        }
    }

    void emptyPostWithoutTypeFromABrowserIs415()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(adapter->port()) + "\r\n";
        c.write("POST /api/v1/discover HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n" // curl -X POST: fine
                + "POST /api/v1/discover HTTP/1.1\r\n" + host + "Origin: http://evil.example\r\nContent-Length: 0\r\n\r\n");
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].status, 200);
        QCOMPARE(r[1].status, 415);
    }

    void foreignHostIs421_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:%P") << 200;
        QTest::newRow("localhost:port") << QByteArray("localhost:%P") << 200;
        QTest::newRow("LOCALHOST:port") << QByteArray("LOCALHOST:%P") << 200;
        QTest::newRow("[::1]:port") << QByteArray("[::1]:%P") << 200;
        QTest::newRow("allowed name") << QByteArray("trends.example.com") << 200;
        QTest::newRow("allowed name:port") << QByteArray("proxy.example.com:8443") << 200;
        QTest::newRow("rebinding") << QByteArray("evil.example:%P") << 421;
        QTest::newRow("other port") << QByteArray("localhost:1") << 421;
        QTest::newRow("allowed name, other port") << QByteArray("proxy.example.com:9") << 421;
        QTest::newRow("no port") << QByteArray("localhost") << 421;
        QTest::newRow("garbage") << QByteArray("[::1") << 421;
    }

    void foreignHostIs421()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        HttpServerOptions o = options();
        o.allowedHosts = {u"trends.example.com"_s, u"proxy.example.com:8443"_s};
        auto adapter = start(o);
        host.replace("%P", QByteArray::number(adapter->port()));
        RawConnection c(adapter->port());
        c.write("GET /x HTTP/1.1\r\nHost: " + host + "\r\n\r\n" + get("/after", adapter->port()));
        const QList<RawResponse> r = c.responses(2);
        QCOMPARE(r.size(), 2); // a refused request with no body keeps the connection
        QCOMPARE(r[0].status, status);
        QCOMPARE(r[1].status, 200);
        if (status == 421)
            QCOMPARE(r[0].errorCode(), u"misdirected_request"_s);
        QCOMPARE(m_handled.load(), status == 200 ? 2 : 1);
    }

    void absoluteFormTargetUsesItsAuthority()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write("GET http://evil.example:" + QByteArray::number(adapter->port()) + "/x HTTP/1.1\r\nHost: 127.0.0.1:"
                + QByteArray::number(adapter->port()) + "\r\n\r\n");
        QCOMPARE(c.responses(1).value(0).status, 421);
    }

    void noCorsUnlessTheOriginIsListed()
    {
        HttpServerOptions o = options();
        o.corsOrigins = {u"http://localhost:3000"_s};
        auto adapter = start(o);
        RawConnection c(adapter->port());
        c.write(get("/a", adapter->port(), "Origin: http://localhost:3000\r\n")
                + get("/b", adapter->port(), "Origin: http://evil.example\r\n")
                + "OPTIONS /api/v1/posts HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
                + "\r\nOrigin: http://localhost:3000\r\nAccess-Control-Request-Method: POST\r\n"
                  "Access-Control-Request-Headers: content-type, authorization\r\n\r\n"
                + "OPTIONS /api/v1/posts HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(adapter->port())
                + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n");
        const QList<RawResponse> r = c.responses(4);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
        QCOMPARE(r[0].header("Vary"), QByteArray("Origin"));
        QVERIFY(r[1].header("Access-Control-Allow-Origin").isNull());
        QCOMPARE(r[2].status, 204);
        QCOMPARE(r[2].header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
        QVERIFY(r[2].header("Access-Control-Allow-Methods").contains("POST"));
        QVERIFY(r[2].header("Access-Control-Allow-Headers").contains("Content-Type"));
        QCOMPARE(r[3].status, 403);
        QVERIFY(r[3].header("Access-Control-Allow-Origin").isNull());
        for (const RawResponse &one : r)
            QCOMPARE(one.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(m_handled.load(), 2); // preflights never reach the handler
    }

    void noCorsHeadersByDefault()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write(get("/a", adapter->port(), "Origin: http://localhost:3000\r\n"));
        const QList<RawResponse> r = c.responses(1);
        QCOMPARE(r.size(), 1);
        QVERIFY(r[0].header("Access-Control-Allow-Origin").isNull());
        QVERIFY(r[0].header("Vary").isNull());
    }

    // ---- stopping -----------------------------------------------------------------------------

    void closeConnectionsFlushesAnswersGiven()
    {
        auto adapter = start();
        RawConnection c(adapter->port());
        c.write(get("/later", adapter->port()));
        QTRY_VERIFY(bool(m_parked));
        adapter->closeConnections(); // the request in flight is still answered, then the socket closes
        std::exchange(m_parked, HttpReply())(HttpResponse{200, "text/plain", "flushed", {}});
        QVERIFY(c.waitForClose());
        QCOMPARE(parseResponses(c.received()).value(0).body, QByteArray("flushed"));
    }

    void stopListeningRefusesNewConnections()
    {
        auto adapter = start();
        const quint16 port = adapter->port();
        adapter->stopListening();
        QVERIFY(!adapter->isListening());
        HttpClient client(port);
        client.timeoutMs = 5000;
        QCOMPARE(client.get(u"/x"_s).status, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpServerAdapter)
#include "tst_httpserveradapter.moc"
