#include <QtTest>

#include "core/api/browserpolicy.h"

using namespace Qt::StringLiterals;

/// The Host, Content-Type and CORS checks on their own (the server applies them; see
/// tst_httpserveradapter for the same through sockets).
class TestBrowserPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostsOfALoopbackServer()
    {
        BrowserPolicy policy({u"Trends.Example.com"_s, u"[::1]:9"_s}, {});
        policy.setListenAddress(QHostAddress(QHostAddress::LocalHost), 8000);
        for (const QByteArray &ok : {QByteArray("127.0.0.1:8000"), QByteArray("localhost:8000"), QByteArray("localhost.:8000"),
                                     QByteArray("[::1]:8000"), QByteArray("trends.example.com"), QByteArray("trends.example.com:443"),
                                     QByteArray("[::1]:9"), QByteArray("127.0.0.2:8000")})
            QVERIFY2(!policy.checkHost(ok), ok.constData());
        for (const QByteArray &bad : {QByteArray("evil.example:8000"), QByteArray("localhost:8001"), QByteArray("localhost"),
                                      QByteArray("192.168.1.9:8000"), QByteArray(""), QByteArray(":8000"),
                                      QByteArray("localhost:80000"), QByteArray("localhost:+8000"), QByteArray("[::1]x")})
            QVERIFY2(policy.checkHost(bad).has_value(), bad.constData());
        QCOMPARE(policy.checkHost("evil.example:8000")->kind, ApiError::Kind::MisdirectedRequest);
    }

    void hostsOfABoundAddress()
    {
        BrowserPolicy policy({}, {});
        policy.setListenAddress(QHostAddress(u"10.1.2.3"_s), 80);
        QVERIFY(!policy.checkHost("10.1.2.3"));    // port 80 may be left out
        QVERIFY(!policy.checkHost("10.1.2.3:80"));
        QVERIFY(policy.checkHost("10.1.2.4").has_value());
    }

    void contentType()
    {
        HttpRequest r;
        r.method = u"POST"_s;
        r.contentLength = 2;
        r.headers = {{"Content-Type", "application/json;charset=UTF-8"}};
        QVERIFY(!BrowserPolicy::checkContentType(r));
        r.headers = {{"Content-Type", "application/jsonp"}};
        QCOMPARE(BrowserPolicy::checkContentType(r)->kind, ApiError::Kind::UnsupportedMediaType);
        r.headers = {{"Content-Type", "text/plain;application/json"}};
        QVERIFY(BrowserPolicy::checkContentType(r).has_value());
        r.headers = {};
        QVERIFY(BrowserPolicy::checkContentType(r).has_value());
        r.contentLength = 0; // curl -X POST …/discover
        QVERIFY(!BrowserPolicy::checkContentType(r));
        r.headers = {{"Origin", "null"}}; // a browser's empty POST
        QVERIFY(BrowserPolicy::checkContentType(r).has_value());
        r.method = u"GET"_s;
        QVERIFY(!BrowserPolicy::checkContentType(r));
    }

    void cors()
    {
        BrowserPolicy none({}, {});
        QVERIFY(none.corsHeaders("http://localhost:3000").isEmpty());
        BrowserPolicy some({}, {u"http://localhost:3000/"_s});
        const auto headers = some.corsHeaders("http://LOCALHOST:3000");
        QVERIFY(headers.contains(qMakePair(QByteArray("Access-Control-Allow-Origin"), QByteArray("http://LOCALHOST:3000"))));
        QCOMPARE(some.corsHeaders("http://localhost:3001").size(), 1); // only Vary: Origin
        HttpRequest preflight;
        preflight.method = u"OPTIONS"_s;
        preflight.headers = {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "POST"}};
        QCOMPARE(some.preflight(preflight)->status, 204);
        QCOMPARE(none.preflight(preflight)->status, 403);
        preflight.headers.removeLast();
        QVERIFY(!some.preflight(preflight)); // a plain OPTIONS goes to the router
    }
};

QTEST_GUILESS_MAIN(TestBrowserPolicy)
#include "tst_browserpolicy.moc"
