#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include "app/embeddedserver.h"
#include "tests/api/apitestserver.h"
#include "core/storage/postrepository.h"
#include "core/storage/database.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// The desktop's Server toggle: stop() goes through ApiServer's graceful shutdown (stop
/// accepting, answer and commit what is in flight, then delete the server) without blocking the
/// window, and the toggle can be switched on again at once.
class TestEmbeddedServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopIsGracefulAndStartWorksAgain()
    {
        auto t = ApiTestServer::start(); // a database with its services; its own server stays unused
        QVERIFY(t);
        ApiServerSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = 0;
        EmbeddedServer server(settings, ApiServices{t->imports, t->discovery});

        QVERIFY(server.start().ok());
        QVERIFY(server.isRunning());
        const auto portOf = [&server] { return quint16(QUrl(server.address()).port()); };
        HttpClient first(portOf());
        const HttpResult stored = first.post(u"/api/v1/posts"_s, postsBody(noisePosts(u"e"_s, 0, 1000)));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(u"inserted"_s).toInt(), 1000);

        server.stop();
        QVERIFY(!server.isRunning()); // the toggle shows "off" at once
        QVERIFY(server.address().isEmpty());
        QVERIFY(server.isStopping()); // the server itself finishes on the event loop
        QTRY_VERIFY(!server.isStopping());
        server.stop(); // stopping a stopped server is harmless

        QVERIFY(server.start().ok());
        QVERIFY(server.isRunning());
        HttpClient again(portOf());
        const HttpResult health = again.get(u"/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"posts"_s).toInt(), 1000);
        server.stop();
        QTRY_VERIFY(!server.isStopping());
    }

    void quittingWhileStoppingLosesNothing()
    {
        // The app quits right after the toggle: the destructor finishes the stopping server.
        auto t = ApiTestServer::start();
        QVERIFY(t);
        ApiServerSettings settings;
        settings.port = 0;
        {
            EmbeddedServer server(settings, ApiServices{t->imports, t->discovery});
            QVERIFY(server.start().ok());
            HttpClient client(quint16(QUrl(server.address()).port()));
            QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(noisePosts(u"q"_s, 0, 500))).status, 200);
            server.stop();
            QVERIFY(server.isStopping());
        }
        QSqlQuery count(t->database->connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM posts"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 500);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "tst_embeddedserver.moc"
