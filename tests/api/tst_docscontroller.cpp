#include <QRegularExpression>
#include <QtTest>

#include "core/api/docscontroller.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;

/// GET /openapi.json and GET /docs: a complete OpenAPI 3 description of exactly the routes the
/// server knows, and a page that renders it with no network access.
class TestDocsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QJsonObject m_api;

    /// Every "$ref" in `value`, recursively.
    static void collectRefs(const QJsonValue &value, QStringList &out)
    {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == "$ref"_L1)
                    out.append(it.value().toString());
                else
                    collectRefs(it.value(), out);
            }
        } else if (value.isArray()) {
            for (const auto &v : value.toArray())
                collectRefs(v, out);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = ApiTestServer::start();
        QVERIFY(m_server);
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/openapi.json"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        m_api = doc.object();
    }

    void cleanupTestCase() { m_server.reset(); }

    void isOpenApi3()
    {
        QVERIFY(m_api.value(u"openapi"_s).toString().startsWith(u"3."_s));
        QVERIFY(!m_api.value(u"info"_s).toObject().value(u"title"_s).toString().isEmpty());
        QCOMPARE(m_api.value(u"info"_s).toObject().value(u"version"_s).toString(), QStringLiteral(GT_VERSION));
    }

    void describesExactlyTheRoutesOfTheServer()
    {
        QStringList described;
        const QJsonObject paths = m_api.value(u"paths"_s).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op)
                described.append(op.key().toUpper() + u' ' + p.key());
        }
        QStringList served = m_server->server->routes();
        described.sort();
        served.sort();
        QCOMPARE(described, served);
        QCOMPARE(served.size(), 14);
    }

    void everyOperationDocumentsItsBodiesAndErrors()
    {
        const QJsonObject paths = m_api.value(u"paths"_s).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op) {
                const QString where = op.key() + u' ' + p.key();
                const QJsonObject responses = op.value().toObject().value(u"responses"_s).toObject();
                // 202 for an operation that answers with a job (POST /api/v1/backtest)
                const QString success = responses.contains(u"202"_s) ? u"202"_s : u"200"_s;
                QVERIFY2(responses.contains(success), qPrintable(where));
                QVERIFY2(responses.contains(u"405"_s), qPrintable(where));
                const QJsonObject ok = responses.value(success).toObject();
                QVERIFY2(!ok.value(u"content"_s).toObject().isEmpty(), qPrintable(where));
                if (p.key().startsWith(u"/api/"_s)) {
                    QVERIFY2(responses.contains(u"401"_s), qPrintable(where));
                    for (auto r = responses.begin(); r != responses.end(); ++r) {
                        if (r.key() == success)
                            continue;
                        const QString ref = r.value()
                                                .toObject()
                                                .value(u"content"_s)
                                                .toObject()
                                                .value(u"application/json"_s)
                                                .toObject()
                                                .value(u"schema"_s)
                                                .toObject()
                                                .value(u"$ref"_s)
                                                .toString();
                        QVERIFY2(ref == u"#/components/schemas/Error"_s, qPrintable(where + u' ' + r.key()));
                    }
                }
            }
        }
        const QJsonObject post = paths.value(u"/api/v1/posts"_s).toObject().value(u"post"_s).toObject();
        QVERIFY(post.value(u"responses"_s).toObject().contains(u"413"_s));
        QVERIFY(post.value(u"requestBody"_s).toObject().value(u"required"_s).toBool());
    }

    void everySchemaIsThereAndEveryRefResolves()
    {
        const QJsonObject schemas = m_api.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
        for (const QString &name : {u"Post"_s, u"PostsRequest"_s, u"PostsResponse"_s, u"DiscoverRequest"_s,
                                    u"DiscoverResponse"_s, u"Tile"_s, u"TrendDetail"_s, u"Evidence"_s, u"Decision"_s,
                                    u"Run"_s, u"RunsResponse"_s, u"DecisionPage"_s, u"Health"_s, u"Error"_s, u"TilesResponse"_s})
            QVERIFY2(schemas.contains(name), qPrintable(name));
        QStringList refs;
        collectRefs(m_api, refs);
        QVERIFY(refs.size() > 20);
        for (const QString &ref : refs) {
            QVERIFY2(ref.startsWith(u"#/components/schemas/"_s), qPrintable(ref));
            QVERIFY2(schemas.contains(ref.mid(21)), qPrintable(ref));
        }
        // The tile schema names every field the tiles of runjson carry.
        const QJsonObject tile = schemas.value(u"Tile"_s).toObject().value(u"properties"_s).toObject();
        for (const QString &f : {u"trend_id"_s, u"anchor"_s, u"hashtags"_s, u"engagement_rate"_s, u"velocity"_s,
                                 u"creator_diversity"_s, u"growth"_s, u"surge_z"_s, u"significance"_s, u"health"_s,
                                 u"confidence"_s, u"urgency"_s, u"checks"_s, u"insight"_s, u"recommendation"_s})
            QVERIFY2(tile.contains(f), qPrintable(f));
    }

    void docsPageIsSelfContained()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/docs"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(u"/openapi.json"_s));
        // No external script, stylesheet, font or image: the page must work offline.
        static const QRegularExpression external(u"(src|href)\\s*=\\s*[\"'](https?:)?//"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!external.match(html).hasMatch());
        QVERIFY(!html.contains(u"@import"_s));
        QVERIFY(r.header("Content-Security-Policy").contains("default-src 'self'"));
    }

    void everyOperationNamesTheRoleThatServesIt()
    {
        // x-served-by is the router's own role of the route; another role's route documents its 421.
        const QJsonObject paths = m_api.value(u"paths"_s).toObject();
        for (const Route &route : m_server->server->routeTable()) {
            const QJsonObject op = paths.value(route.pattern).toObject().value(route.method.toLower()).toObject();
            const QString where = route.method + u' ' + route.pattern;
            QCOMPARE(op.value(u"x-served-by"_s).toString(), serverRoleName(route.role));
            const bool documents421 = op.value(u"responses"_s).toObject().contains(u"421"_s);
            QVERIFY2(documents421 == (route.role != ServerRole::All), qPrintable(where));
        }
        const QJsonObject health = m_api.value(u"components"_s).toObject().value(u"schemas"_s).toObject().value(u"Health"_s).toObject();
        QVERIFY(health.value(u"required"_s).toArray().contains(u"role"_s));
        QCOMPARE(health.value(u"properties"_s).toObject().value(u"role"_s).toObject().value(u"enum"_s).toArray().toVariantList(),
                 QJsonArray::fromStringList(serverRoleNames()).toVariantList());
    }

    void errorCodesAreTheServers()
    {
        const QJsonArray codes = m_api.value(u"components"_s).toObject().value(u"schemas"_s).toObject()
                                     .value(u"Error"_s).toObject().value(u"properties"_s).toObject()
                                     .value(u"error"_s).toObject().value(u"properties"_s).toObject()
                                     .value(u"code"_s).toObject().value(u"enum"_s).toArray();
        for (int k = 0; k <= int(ApiError::Kind::Internal); ++k)
            QVERIFY2(codes.contains(errorCode(ApiError::Kind(k))), qPrintable(errorCode(ApiError::Kind(k))));
    }

    void servedDocumentIsTheBundledOne()
    {
        HttpClient client(m_server->port());
        QCOMPARE(client.get(u"/openapi.json"_s).body, DocsController::openApiDocument());
    }
};

QTEST_GUILESS_MAIN(TestDocsController)
#include "tst_docscontroller.moc"
