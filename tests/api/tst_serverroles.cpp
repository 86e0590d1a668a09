#include <QtTest>

#include "core/model/timeformat.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// `--role all|ingest|discover` over real HTTP (issue 14): every route of the router asked of an
/// instance of each role — served, or 421 wrong_role naming the instance's role and the role that
/// serves it — /health saying the role, and an ingest and a discover instance sharing one database.
class TestServerRoles : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ApiTestServer> serve(ServerRole role, const QString &databaseFile = {})
    {
        ApiServerSettings settings;
        settings.role = role;
        return ApiTestServer::start(settings, databaseFile);
    }

    /// A request for `route` with its parameters filled in and a body that reaches the handler.
    static HttpResult ask(HttpClient &client, const Route &route)
    {
        QString path = route.pattern;
        path.replace(u"{trend_id}"_s, u"t0"_s).replace(u"{run_id}"_s, u"r0"_s);
        if (route.method == u"POST"_s)
            return client.post(path, path.endsWith(u"/posts"_s) ? postsBody(noisePosts(u"r"_s, 0, 3)) : "{}");
        return client.get(path);
    }

private Q_SLOTS:
    void everyRouteOnEveryRole_data()
    {
        QTest::addColumn<ServerRole>("role");
        QTest::newRow("all") << ServerRole::All;
        QTest::newRow("ingest") << ServerRole::Ingest;
        QTest::newRow("discover") << ServerRole::Discover;
    }

    void everyRouteOnEveryRole()
    {
        QFETCH(ServerRole, role);
        auto t = serve(role);
        QVERIFY(t);
        QCOMPARE(t->server->role(), role);
        HttpClient client(t->port());
        int refused = 0;
        for (const Route &route : t->server->routeTable()) {
            const QString where = route.method + u' ' + route.pattern;
            const HttpResult r = ask(client, route);
            const bool served = role == ServerRole::All || route.role == ServerRole::All || route.role == role;
            if (served) {
                QVERIFY2(r.status != 421 && r.status != 0, qPrintable(where + u" → "_s + QString::number(r.status)));
                continue;
            }
            ++refused;
            QCOMPARE(r.status, 421);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(r.errorCode(), u"wrong_role"_s);
            const QJsonObject error = r.json().value(u"error"_s).toObject();
            const QJsonObject details = error.value(u"details"_s).toObject();
            QCOMPARE(details.value(u"role"_s).toString(), serverRoleName(role));
            QCOMPARE(details.value(u"served_by"_s).toString(), serverRoleName(route.role));
            QCOMPARE(details.value(u"method"_s).toString(), route.method);
            const QString message = error.value(u"message"_s).toString();
            QVERIFY2(message.contains(u"role is "_s + serverRoleName(role)), qPrintable(message));
            QVERIFY2(message.contains(u"served by "_s + serverRoleName(route.role)), qPrintable(message));
        }
        // ingest refuses discovery and the five reads (alerts included); discover refuses the ingest route.
        QCOMPARE(refused, role == ServerRole::All ? 0 : role == ServerRole::Ingest ? 6 : 1);
    }

    void healthSaysTheRoleOnEveryRole_data() { everyRouteOnEveryRole_data(); }

    void healthSaysTheRoleOnEveryRole()
    {
        QFETCH(ServerRole, role);
        auto t = serve(role);
        QVERIFY(t);
        HttpClient client(t->port());
        const HttpResult r = client.get(u"/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"role"_s).toString(), serverRoleName(role));
        QCOMPARE(r.json().value(u"database"_s).toString(), u"ok"_s);
        // The documentation answers on every role too (a load balancer may send it anywhere).
        QCOMPARE(client.get(u"/openapi.json"_s).status, 200);
    }

    void theOtherMethodIsStill405AndUnknownPathsStill404()
    {
        // The role is decided on a matched route only: a wrong method or path says so first.
        auto t = serve(ServerRole::Discover);
        QVERIFY(t);
        HttpClient client(t->port());
        QCOMPARE(client.get(u"/api/v1/posts"_s).status, 405);
        QCOMPARE(client.get(u"/api/v1/nothing"_s).status, 404);
        QCOMPARE(client.post(u"/api/v1/posts/"_s, postsBody(noisePosts(u"s"_s, 0, 1))).status, 421); // trailing slash
    }

    void tokenIsCheckedBeforeTheRole()
    {
        // Without the token nothing is told about the deployment, not even which role serves a route.
        ApiServerSettings settings;
        settings.role = ServerRole::Ingest;
        settings.apiToken = u"s3cret"_s;
        auto t = ApiTestServer::start(settings);
        QVERIFY(t);
        HttpClient anonymous(t->port());
        QCOMPARE(anonymous.get(u"/api/v1/tiles"_s).status, 401);
        HttpClient client(t->port(), u"s3cret"_s);
        QCOMPARE(client.get(u"/api/v1/tiles"_s).status, 421);
    }

    void ingestAndDiscoverInstancesShareOneDatabase()
    {
        // The deployment of README "Scaling out" on one SQLite file: posts go to the ingest instance,
        // discovery and the reads to the discover instance, which sees what the other stored.
        auto ingest = serve(ServerRole::Ingest);
        QVERIFY(ingest);
        auto discover = serve(ServerRole::Discover, ingest->dbPath());
        QVERIFY(discover);
        HttpClient toIngest(ingest->port());
        HttpClient toDiscover(discover->port());

        QJsonArray posts = trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s}, 40);
        for (const auto &p : noisePosts(u"n"_s, 0, 300))
            posts.append(p);
        const HttpResult stored = toIngest.post(u"/api/v1/posts"_s, postsBody(posts));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(u"inserted"_s).toInt(), 340);
        QCOMPARE(toDiscover.post(u"/api/v1/posts"_s, postsBody(posts)).status, 421);

        const HttpResult run = toDiscover.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json().value(u"posts_in_window"_s).toInt() > 40, true);
        const QJsonArray tiles = run.json().value(u"tiles"_s).toArray();
        QCOMPARE(tiles.size(), 1);
        QCOMPARE(tiles.at(0).toObject().value(u"anchor"_s).toString(), u"matcha"_s);

        const HttpResult read = toDiscover.get(u"/api/v1/tiles"_s);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(u"run_id"_s), run.json().value(u"run_id"_s));
        QCOMPARE(toIngest.get(u"/api/v1/tiles"_s).status, 421);
        // Both report the same database, each with its own role.
        QTRY_COMPARE_WITH_TIMEOUT(toIngest.get(u"/health"_s).json().value(u"posts"_s).toInt(), 340, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(toDiscover.get(u"/health"_s).json().value(u"posts"_s).toInt(), 340, 30000);
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
