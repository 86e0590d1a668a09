#include <QtTest>

#include "core/model/timeformat.h"
#include "tests/api/apitestserver.h"
#include "tests/api/httpclient.h"

using namespace Qt::StringLiterals;
using namespace apitest;

/// GET /api/v1/tiles: the latest run's tiles (or a given run's), filters, and error paths.
class TestTilesController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_firstRun;
    QString m_secondRun;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = ApiTestServer::start();
        QVERIFY(m_server);
        HttpClient client(m_server->port());
        QCOMPARE(client.get(u"/api/v1/tiles"_s).json().value(u"tiles"_s).toArray().size(), 0); // nothing yet
        QVERIFY(client.get(u"/api/v1/tiles"_s).json().value(u"run_id"_s).isNull());

        QJsonArray posts = trendPosts(u"m"_s, {u"matcha"_s, u"matchalatte"_s}, 40);
        for (const auto &p : trendPosts(u"b"_s, {u"bubbletea"_s, u"boba"_s}, 30))
            posts.append(p);
        // a background of one-off posts over the window and the 3 baseline windows, so the baseline is covered
        for (const auto &p : noisePosts(u"n"_s, 0, 400))
            posts.append(p);
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(posts)).status, 200);
        const HttpResult strict = client.postJson(
            u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}, {u"overrides"_s, QJsonObject{{u"validation.min_creators"_s, 35}}}});
        QCOMPARE(strict.status, 200);
        m_firstRun = strict.json().value(u"run_id"_s).toString();
        const HttpResult full = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}, {u"window_hours"_s, 24}});
        QCOMPARE(full.status, 200);
        m_secondRun = full.json().value(u"run_id"_s).toString();
        QVERIFY(!m_firstRun.isEmpty());
    }

    void cleanupTestCase() { m_server.reset(); }

    void latestRunByDefault()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/api/v1/tiles"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"run_id"_s).toString(), m_secondRun);
        QCOMPARE(r.json().value(u"as_of"_s).toString(), u"2025-06-01T12:00:00Z"_s);
        const QJsonArray tiles = r.json().value(u"tiles"_s).toArray();
        QCOMPARE(tiles.size(), 2);
        QCOMPARE(tiles.at(0).toObject().value(u"rank"_s).toInt(), 1);
        QCOMPARE(tiles.at(1).toObject().value(u"rank"_s).toInt(), 2);
        QVERIFY(!tiles.at(0).toObject().contains(u"evidence"_s));
    }

    void givenRun()
    {
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/api/v1/tiles?run_id="_s + m_firstRun);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"run_id"_s).toString(), m_firstRun);
        QCOMPARE(r.json().value(u"tiles"_s).toArray().size(), 1);
    }

    void filters()
    {
        HttpClient client(m_server->port());
        QCOMPARE(client.get(u"/api/v1/tiles?limit=1"_s).json().value(u"tiles"_s).toArray().size(), 1);
        QCOMPARE(client.get(u"/api/v1/tiles?platform=tiktok"_s).json().value(u"tiles"_s).toArray().size(), 2);
        QCOMPARE(client.get(u"/api/v1/tiles?platform=weibo"_s).json().value(u"tiles"_s).toArray().size(), 0);
        const QJsonArray all = client.get(u"/api/v1/tiles"_s).json().value(u"tiles"_s).toArray();
        const QString urgency = all.at(0).toObject().value(u"urgency"_s).toString();
        int expected = 0;
        for (const auto &t : all)
            expected += t.toObject().value(u"urgency"_s).toString() == urgency ? 1 : 0;
        const QJsonArray filtered = client.get(u"/api/v1/tiles?urgency="_s + urgency).json().value(u"tiles"_s).toArray();
        QCOMPARE(filtered.size(), expected);
    }

    void tagsInTheirDisplayForms()
    {
        // SPEC section 1 / issue 10: tiles show each tag as most posts wrote it, next to the normalized tag.
        auto server = ApiTestServer::start();
        QVERIFY(server);
        HttpClient client(server->port());
        QJsonArray posts;
        const QJsonArray planted = trendPosts(u"d"_s, {}, 30);
        for (int i = 0; i < planted.size(); ++i) {
            QJsonObject p = planted.at(i).toObject();
            // matchalatte: 25 × "#MatchaLatte", 5 × "matchalatte"; icedmatcha: 23 × "icedmatcha", 5 × "IcedMatcha"
            const QStringList tags = i < 2   ? QStringList{u"#MatchaLatte"_s}
                                     : i < 7 ? QStringList{u"matchalatte"_s, u"IcedMatcha"_s}
                                             : QStringList{u"#MatchaLatte"_s, u"icedmatcha"_s};
            p.insert(u"hashtags"_s, QJsonArray::fromStringList(tags));
            posts.append(p);
        }
        for (const auto &p : noisePosts(u"n"_s, 0, 400))
            posts.append(p);
        QCOMPARE(client.post(u"/api/v1/posts"_s, postsBody(posts)).status, 200);
        const HttpResult run = client.postJson(u"/api/v1/discover"_s, {{u"as_of"_s, isoUtc(kAsOfMs)}});
        QCOMPARE(run.status, 200);

        const QJsonArray tiles = client.get(u"/api/v1/tiles"_s).json().value(u"tiles"_s).toArray();
        QCOMPARE(tiles.size(), 1);
        const QJsonObject tile = tiles.at(0).toObject();
        QCOMPARE(tile.value(u"anchor"_s).toString(), u"matchalatte"_s); // unchanged: normalized
        QCOMPARE(tile.value(u"anchor_display"_s).toString(), u"MatchaLatte"_s);
        QCOMPARE(tile.value(u"hashtags"_s).toArray(), QJsonArray({u"matchalatte"_s, u"icedmatcha"_s}));
        QCOMPARE(tile.value(u"hashtags_display"_s).toArray(), QJsonArray({u"MatchaLatte"_s, u"icedmatcha"_s}));
        QCOMPARE(tile.value(u"title"_s).toString(), u"#MatchaLatte #icedmatcha"_s);
        QVERIFY2(tile.value(u"insight"_s).toString().startsWith(u"#MatchaLatte "_s),
                 qPrintable(tile.value(u"insight"_s).toString()));
        // The discover answer and the trend with its evidence say the same.
        QCOMPARE(run.json().value(u"tiles"_s).toArray().at(0).toObject().value(u"anchor_display"_s).toString(),
                 u"MatchaLatte"_s);
        const HttpResult trend = client.get(u"/api/v1/trends/"_s + tile.value(u"trend_id"_s).toString());
        QCOMPARE(trend.status, 200);
        QCOMPARE(trend.json().value(u"hashtags_display"_s).toArray(), QJsonArray({u"MatchaLatte"_s, u"icedmatcha"_s}));
    }

    void errorPaths_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown run") << u"?run_id=nope"_s << 404 << u"not_found"_s;
        QTest::newRow("negative limit") << u"?limit=-1"_s << 422 << u"unprocessable"_s;
        QTest::newRow("zero limit") << u"?limit=0"_s << 422 << u"unprocessable"_s;
        QTest::newRow("limit not a number") << u"?limit=ten"_s << 400 << u"bad_request"_s;
        QTest::newRow("unknown urgency") << u"?urgency=later"_s << 422 << u"unprocessable"_s;
        QTest::newRow("unknown parameter") << u"?sort=rank"_s << 400 << u"bad_request"_s;
    }

    void errorPaths()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        HttpClient client(m_server->port());
        const HttpResult r = client.get(u"/api/v1/tiles"_s + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }
};

QTEST_GUILESS_MAIN(TestTilesController)
#include "tst_tilescontroller.moc"
