#include <QtTest>

#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;

/// The server as a whole: JSON errors for unknown routes and wrong methods, the bearer token,
/// the loopback default, the graceful stop, and pipelined requests through the whole REST layer
/// (issue 15, findings 2 and 3).
class TestApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownRouteIsJson404()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        for (const QString &path : {u"/"_s, u"/nope"_s, u"/api/v1/nope"_s, u"/api/v2/posts"_s, u"/api/v1/trends/"_s,
                                    u"/api/v1/runs/x/y"_s}) {
            const HttpResult r = client.get(path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(r.errorCode(), u"not_found"_s);
            QVERIFY(r.json().value(u"error"_s).toObject().contains(u"message"_s));
            QVERIFY(r.json().value(u"error"_s).toObject().contains(u"details"_s));
        }
    }

    void wrongMethodIsJson405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("DELETE /health") << QByteArray("DELETE") << u"/health"_s << QByteArray("GET");
        QTest::newRow("POST /health") << QByteArray("POST") << u"/health"_s << QByteArray("GET");
        QTest::newRow("PUT /api/v1/posts") << QByteArray("PUT") << u"/api/v1/posts"_s << QByteArray("POST");
        QTest::newRow("POST /api/v1/tiles") << QByteArray("POST") << u"/api/v1/tiles"_s << QByteArray("GET");
        QTest::newRow("PATCH /api/v1/trends/x") << QByteArray("PATCH") << u"/api/v1/trends/x"_s << QByteArray("GET");
        QTest::newRow("POST /openapi.json") << QByteArray("POST") << u"/openapi.json"_s << QByteArray("GET");
    }

    void wrongMethodIsJson405WithAllow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        const HttpResult r = client.send(method, path, "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), u"method_not_allowed"_s);
        QCOMPARE(r.header("Allow"), allow);
    }

    void tokenIsRequiredOnApiRoutesOnly()
    {
        ApiServerSettings settings;
        settings.apiToken = u"s3cret-token"_s;
        auto t = ApiTestServer::start(settings);
        QVERIFY(t);
        HttpClient anonymous(t->port());
        const HttpResult missing = anonymous.get(u"/api/v1/tiles"_s);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), u"unauthorized"_s);
        QCOMPARE(missing.header("WWW-Authenticate"), QByteArray("Bearer"));
        // Unknown /api routes are 401 too: without the token nobody learns which routes exist.
        QCOMPARE(anonymous.get(u"/api/v1/nope"_s).status, 401);
        QCOMPARE(anonymous.post(u"/api/v1/posts"_s, "{\"posts\": []}").status, 401);
        // Open: health, the description and the docs page.
        QCOMPARE(anonymous.get(u"/health"_s).status, 200);
        QCOMPARE(anonymous.get(u"/openapi.json"_s).status, 200);
        QCOMPARE(anonymous.get(u"/docs"_s).status, 200);

        HttpClient wrong(t->port(), u"s3cret-tokeN"_s);
        QCOMPARE(wrong.get(u"/api/v1/tiles"_s).status, 401);
        HttpClient prefix(t->port(), u"s3cret"_s);
        QCOMPARE(prefix.get(u"/api/v1/tiles"_s).status, 401);
        const HttpResult basic = anonymous.send("GET", u"/api/v1/tiles"_s, {}, {{"Authorization", "Basic czNjcmV0LXRva2Vu"}});
        QCOMPARE(basic.status, 401);

        HttpClient right(t->port(), u"s3cret-token"_s);
        QCOMPARE(right.get(u"/api/v1/tiles"_s).status, 200);
        QCOMPARE(right.post(u"/api/v1/posts"_s, "{\"posts\": []}").status, 200);
        QCOMPARE(right.get(u"/api/v1/nope"_s).status, 404);
    }

    void noTokenConfiguredMeansOpen()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        QCOMPARE(client.get(u"/api/v1/runs"_s).status, 200);
    }

    void pipelinedPostAfterHealthIsStored()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(t->port()) + "\r\n";
        const QByteArray body = apitest::postsBody(apitest::noisePosts(u"pipe"_s, 0, 1000));
        RawConnection c(t->port(), 60000);
        c.write("GET /health HTTP/1.1\r\n" + host + "\r\n" + "POST /api/v1/posts HTTP/1.1\r\n" + host
                + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                + body + "GET /health HTTP/1.1\r\n" + host + "\r\n");
        const QList<RawResponse> r = c.responses(3);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].status, 200);
        QCOMPARE(r[1].status, 200);
        const QJsonObject stored = QJsonDocument::fromJson(r[1].body).object();
        QCOMPARE(stored.value(u"accepted"_s).toInt(), 1000);
        QCOMPARE(stored.value(u"inserted"_s).toInt(), 1000);
        QCOMPARE(QJsonDocument::fromJson(r[2].body).object().value(u"posts"_s).toInt(), 1000);
    }

    void authorisedThenUnauthorisedStayInOrder()
    {
        ApiServerSettings settings;
        settings.apiToken = u"s3cret-token"_s;
        auto t = ApiTestServer::start(settings);
        QVERIFY(t);
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(t->port()) + "\r\n";
        RawConnection c(t->port());
        // The first runs on a worker, the second is refused at once on the event loop: the
        // answers must still come back in request order.
        c.write("GET /api/v1/runs HTTP/1.1\r\n" + host + "Authorization: Bearer s3cret-token\r\n\r\n"
                + "GET /api/v1/runs HTTP/1.1\r\n" + host + "\r\n" + "GET /health HTTP/1.1\r\n" + host + "\r\n");
        const QList<RawResponse> r = c.responses(3);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].status, 200);
        QVERIFY(QJsonDocument::fromJson(r[0].body).object().contains(u"runs"_s));
        QCOMPARE(r[1].status, 401);
        QCOMPARE(r[2].status, 200);
        QVERIFY(QJsonDocument::fromJson(r[2].body).object().contains(u"posts"_s));
    }

    void browserSafetyOnTheRealRoutes()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        HttpClient client(t->port());
        const HttpResult form = client.post(u"/api/v1/posts"_s, "posts=1", "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 415);
        QCOMPARE(form.errorCode(), u"unsupported_media_type"_s);
        QCOMPARE(client.post(u"/api/v1/discover"_s, "{}", "text/plain").status, 415);
        const HttpResult rebound = client.send("GET", u"/api/v1/runs"_s, {}, {{"Host", "evil.example:" + QByteArray::number(t->port())}});
        QCOMPARE(rebound.status, 421);
        QCOMPARE(client.get(u"/health"_s).header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(client.get(u"/api/v1/nope"_s).header("X-Content-Type-Options"), QByteArray("nosniff"));
    }

    void bindsLoopbackByDefault()
    {
        QCOMPARE(ApiServerSettings().host, u"127.0.0.1"_s);
        auto t = ApiTestServer::start();
        QVERIFY(t);
        QCOMPARE(t->server->address(), u"http://127.0.0.1:%1"_s.arg(t->port()));
    }

    void badHostIsAnError()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        ApiServerSettings settings;
        settings.host = u"not-an-address"_s;
        ApiServer other(settings, ApiServices{t->imports, t->discovery});
        const Status s = other.listen();
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(u"not-an-address"_s));
    }

    void portInUseIsAnError()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        ApiServerSettings settings;
        settings.port = t->port();
        ApiServer other(settings, ApiServices{t->imports, t->discovery});
        const Status s = other.listen();
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QString::number(t->port())));
    }

    void shutdownStopsAcceptingAndEmitsStopped()
    {
        auto t = ApiTestServer::start();
        QVERIFY(t);
        const quint16 port = t->port();
        HttpClient client(port);
        QCOMPARE(client.get(u"/health"_s).status, 200);
        QSignalSpy stopped(t->server.get(), &ApiServer::stopped);
        t->server->shutdown();
        t->server->shutdown(); // twice is harmless
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!t->server->isListening());
        HttpClient late(port);
        late.timeoutMs = 5000;
        QCOMPARE(late.get(u"/health"_s).status, 0); // refused
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
