// The command line end to end: the real glasstrend executable on real files and a real database.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "tests/api/httpclient.h"
#include "tests/support/pgtestserver.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The config and data homes of every glasstrend this test runs: a folder of this test process's own, so that two
/// runs at once (two worktrees, two build trees) never share a database.
const QString &isolatedHome()
{
    static const QTemporaryDir dir(QDir::tempPath() + u"/gt-cli-test-XXXXXX"_s);
    static const QString path = dir.path();
    return path;
}

Run glasstrend(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Isolate from the developer's own config and data.
    env.insert(u"XDG_CONFIG_HOME"_s, isolatedHome() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, isolatedHome() + u"/data"_s);
    process.setProcessEnvironment(env);
    process.start(testsupport::binaryPath(u"app/glasstrend"_s), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// `duration_ms` is wall-clock time, the one field that may differ between identical runs.
QByteArray withoutDuration(const QString &json)
{
    QString s = json;
    s.replace(QRegularExpression(uR"("duration_ms":\d+)"_s), u"\"duration_ms\":0"_s);
    return s.toUtf8();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db(const QString &name) const { return m_dir.filePath(name); }
    PgTestServer m_pg; ///< started by the PostgreSQL cases that need it

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = glasstrend({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(GT_VERSION)), qPrintable(version.out));
        const Run help = glasstrend({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const auto &word : {u"--serve"_s, u"import"_s, u"discover"_s, u"export"_s, u"--db"_s, u"--set"_s,
                                 u"--suggest-mapping"_s, u"--mapping"_s, u"--platform"_s, u"backtest"_s, u"--from"_s,
                                 u"--step"_s, u"gexf"_s})
            QVERIFY2(help.out.contains(word), qPrintable(word));
    }

    void serveTakesARoleAndStopsOnSigterm_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("ingest") << u"ingest"_s;
        QTest::newRow("discover") << u"discover"_s;
    }

    void serveTakesARoleAndStopsOnSigterm()
    {
        // What the systemd units glasstrend@ingest and glasstrend@discover run: --serve --role, with a
        // feed folder configured (only ingest polls it), stopped with SIGTERM.
        QFETCH(QString, role);
        const bool ingest = role == u"ingest"_s;
        const QString feed = m_dir.filePath(u"feed-"_s + role);
        QVERIFY(QDir().mkpath(feed));
        QVERIFY(QFile::copy(testsupport::dataPath(u"app/broken.ndjson"_s), feed + u"/capture.ndjson"_s)); // 2 good posts
        quint16 port = 0;
        {
            QTcpServer probe; // a port free a moment ago; the server binds it right after
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, isolatedHome() + u"/config"_s);
        env.insert(u"GLASSTREND_POLL_SOURCES"_s, feed);
        server.setProcessEnvironment(env);
        server.start(testsupport::binaryPath(u"app/glasstrend"_s),
                     {u"--serve"_s, u"--role"_s, role, u"--port"_s, QString::number(port), u"--db"_s,
                      db(u"serve-"_s + role + u".db"_s)});
        QVERIFY(server.waitForStarted());
        HttpClient client(port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/health"_s).status, 200, 60000);
        QCOMPARE(client.get(u"/health"_s).json().value(u"role"_s).toString(), role);
        QCOMPARE(client.post(u"/api/v1/posts"_s, R"({"posts": []})").status, ingest ? 200 : 421);
        QCOMPARE(client.get(u"/api/v1/runs"_s).status, ingest ? 421 : 200);
        if (ingest) // the feed's posts arrive (the count behind /health refreshes about every second)
            QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/health"_s).json().value(u"posts"_s).toInt(), 2, 60000);

        server.terminate(); // SIGTERM: graceful stop, exit status 0 (systemd counts it a clean stop)
        QVERIFY(server.waitForFinished(60000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        const QString log = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(log.contains(u"as role "_s + role), qPrintable(log));
        QVERIFY2(log.contains(ingest ? u"polling 1 feed source(s)"_s : u"left to the ingest instances"_s), qPrintable(log));
        QVERIFY2(log.contains(u"server stopped"_s), qPrintable(log));
    }

    void serveRunsScheduledDiscoveries()
    {
        // discovery.schedule through the real binary: every second a discovery is run and stored; with
        // pipeline.as_of "now" each has an as_of of its own, so each is a run of its own.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/gt-cli-test-config"_s);
        env.insert(u"GLASSTREND_DISCOVERY_SCHEDULE"_s, u"1s"_s);
        env.insert(u"GLASSTREND_PIPELINE_AS_OF"_s, u"now"_s);
        server.setProcessEnvironment(env);
        server.start(testsupport::binaryPath(u"app/glasstrend"_s),
                     {u"--serve"_s, u"--port"_s, QString::number(port), u"--db"_s, db(u"schedule.db"_s)});
        QVERIFY(server.waitForStarted());
        HttpClient client(port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/health"_s).status, 200, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(client.get(u"/api/v1/runs"_s).json().value(u"runs"_s).toArray().size() >= 2, 60000);
        QCOMPARE(client.get(u"/api/v1/alerts"_s).status, 200);
        server.terminate();
        QVERIFY(server.waitForFinished(60000));
        QCOMPARE(server.exitCode(), 0);
        const QString log = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(log.contains(u"scheduled discovery every 1 s"_s), qPrintable(log));
        QVERIFY2(log.contains(u"scheduled discovery stored run"_s), qPrintable(log));
    }

    void usageErrorsExitTwo()
    {
        const Run r = glasstrend({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"unknown command"_s));
        QCOMPARE(glasstrend({u"export"_s, u"--format"_s, u"xls"_s, u"--out"_s, u"x"_s}).exitCode, 2);
    }

    void importReportsCountsAndRejects()
    {
        const Run r = glasstrend({u"import"_s, u"--db"_s, db(u"import.db"_s),
                                  testsupport::dataPath(u"app/broken.ndjson"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"native-ndjson"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 inserted"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 rejected"_s), qPrintable(r.out));
        // the rejects, grouped by field and reason, name the field and the lines
        QVERIFY2(r.out.contains(u"rejected, by field and reason:"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"created_at: not a time: \"…\" — 1 record (line 2)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"(line 3)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u", UTF-8, "_s), qPrintable(r.out)); // the encoding read

        const Run again = glasstrend({u"import"_s, u"--db"_s, db(u"import.db"_s),
                                      testsupport::dataPath(u"app/broken.ndjson"_s)});
        QVERIFY2(again.out.contains(u"0 inserted, 2 updated"_s), qPrintable(again.out));
    }

    void importOfACommentsFileSaysSo()
    {
        // A MediaCrawler Xiaohongshu comments file is no posts file (it once became Weibo posts).
        const Run r = glasstrend({u"import"_s, u"--db"_s, db(u"comments.db"_s),
                                  testsupport::sourcePath(u"tests/data/ingest/formats/mediacrawler_xhs_comments.jsonl"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"0 read, 0 inserted"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"5 comments of 2 posts: comments are not imported"_s), qPrintable(r.out));
    }

    void importNamesEncodingsGroupsRejectsAndCopies()
    {
        // A GB18030 CSV (what a Chinese Excel writes) with a copy of its own rows and 1,200 bad dates.
        QByteArray csv = u"platform,post_id,creator_id,text,created_at\r\n"_s.toUtf8();
        for (int i = 0; i < 1200; ++i)
            csv += u"weibo,%1,u%1,抹茶拿铁 #抹茶#,昨日\r\n"_s.arg(i).toUtf8();
        for (int i = 0; i < 10; ++i)
            csv += u"weibo,ok%1,u%1,领克900 #领克900#,2024/6/9 13:03\r\n"_s.arg(i % 5).toUtf8();
        QProcess iconv;
        iconv.start(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, u"GB18030"_s});
        iconv.write(csv);
        iconv.closeWriteChannel();
        QVERIFY(iconv.waitForFinished());
        QFile file(m_dir.filePath(u"weibo-excel.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(iconv.readAllStandardOutput());
        file.close();

        const Run r = glasstrend({u"import"_s, u"--db"_s, db(u"gb.db"_s), file.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"native-csv, GB18030, 1210 read, 5 inserted, 0 updated, 1200 rejected"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"5 copies of posts already in this file, merged"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"created_at: not a time: \"…\" — 1,200 records (lines 2, 3, 4, 5, 6, …)"_s),
                 qPrintable(r.out));
        QCOMPARE(r.out.count(u"not a time"_s), 1); // one line for 1,200 rejects

        // --encoding overrides sniffing; an unknown one is a usage error.
        const Run forced = glasstrend({u"import"_s, u"--encoding"_s, u"windows-1252"_s, u"--db"_s, db(u"gb2.db"_s),
                                       file.fileName()});
        QVERIFY2(forced.out.contains(u", Windows-1252, "_s), qPrintable(forced.out));
        const Run bad = glasstrend({u"import"_s, u"--encoding"_s, u"klingon"_s, file.fileName()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--encoding: unknown encoding \"klingon\""_s), qPrintable(bad.err));
        QVERIFY(glasstrend({u"--help"_s}).out.contains(u"--encoding E"_s));
    }

    void importErrorNamesThePathOnce()
    {
        // Issue #15 finding 11: "file: file: …".
        const QString missing = m_dir.filePath(u"gone.ndjson"_s);
        const Run r = glasstrend({u"import"_s, u"--db"_s, db(u"none2.db"_s), missing});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(missing), 1);
        const QStringList lines = r.err.split(u'\n');
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &line) { return line.startsWith(missing + u": cannot open"_s); }),
                 qPrintable(r.err));
    }

    void importOfNothingReadableFails()
    {
        const Run r = glasstrend({u"import"_s, u"--db"_s, db(u"none.db"_s), m_dir.filePath(u"missing.ndjson"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"missing.ndjson"_s));
    }

    void discoverFindsTheTrendAndIsDeterministic()
    {
        const QString a = db(u"a.db"_s);
        const QString b = db(u"b.db"_s);
        QCOMPARE(glasstrend({u"import"_s, u"--db"_s, a, testsupport::dataPath(u"app/trend_small.ndjson"_s)}).exitCode, 0);
        QCOMPARE(glasstrend({u"import"_s, u"--db"_s, b, testsupport::dataPath(u"app/trend_small_reversed.ndjson"_s)}).exitCode, 0);

        const Run first = glasstrend({u"discover"_s, u"--db"_s, a, u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        const Run second = glasstrend({u"discover"_s, u"--db"_s, a, u"--json"_s});
        const Run otherOrder = glasstrend({u"discover"_s, u"--db"_s, b, u"--json"_s});
        QCOMPARE(withoutDuration(second.out), withoutDuration(first.out));
        QCOMPARE(withoutDuration(otherOrder.out), withoutDuration(first.out));

        const QJsonObject body = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(body.value(u"as_of"_s).toString(), u"2026-05-31T23:00:00Z"_s);
        QCOMPARE(body.value(u"window_hours"_s).toInt(), 24);
        QCOMPARE(body.value(u"trends"_s).toInt(), 1);
        const QJsonArray tiles = body.value(u"tiles"_s).toArray();
        QCOMPARE(tiles.size(), 1);
        QCOMPARE(tiles.at(0).toObject().value(u"anchor"_s).toString(), u"matchalatte"_s);
        QVERIFY(!body.value(u"run_id"_s).toString().isEmpty());

        const Run table = glasstrend({u"discover"_s, u"--db"_s, a});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"#matchalatte"_s) && table.out.contains(u"抹茶拿铁"_s), qPrintable(table.out));
    }

    void importAndDiscoverOnPostgresAnswerAsOnSqlite()
    {
        // issue 14: --db postgresql://… picks the PostgreSQL backend; the same file gives the same
        // tiles, numbers, ids and order as on SQLite (run ids and durations aside).
        if (!m_pg.available())
            QSKIP(qPrintable(m_pg.skipReason()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        const QString uri = m_pg.createDatabase(u"cli"_s);
        QVERIFY2(!uri.isEmpty(), qPrintable(m_pg.error()));
        const QString file = testsupport::dataPath(u"app/trend_small.ndjson"_s);
        const QString sqlite = db(u"pg-twin.db"_s);
        const Run pgImport = glasstrend({u"import"_s, u"--db"_s, uri, file});
        QCOMPARE(pgImport.exitCode, 0);
        const Run sqliteImport = glasstrend({u"import"_s, u"--db"_s, sqlite, file});
        QCOMPARE(sqliteImport.exitCode, 0);
        // The same summary line (read, inserted, updated, rejected), the time aside.
        const auto summary = [](const QString &out) {
            QString s = out;
            s.replace(QRegularExpression(uR"( in [0-9.]+ s \([0-9]+ posts/s\))"_s), QString());
            return s;
        };
        QCOMPARE(summary(pgImport.out), summary(sqliteImport.out));
        // Importing the file again updates every post and inserts none.
        const Run again = glasstrend({u"import"_s, u"--db"_s, uri, file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u" 0 inserted"_s), qPrintable(again.out));

        const auto comparable = [](const QString &json) {
            QJsonObject body = QJsonDocument::fromJson(json.toUtf8()).object();
            body.remove(u"run_id"_s);
            body.remove(u"duration_ms"_s);
            return QJsonDocument(body).toJson(QJsonDocument::Indented);
        };
        const Run onPg = glasstrend({u"discover"_s, u"--db"_s, uri, u"--json"_s});
        QCOMPARE(onPg.exitCode, 0);
        const Run onSqlite = glasstrend({u"discover"_s, u"--db"_s, sqlite, u"--json"_s});
        QCOMPARE(onSqlite.exitCode, 0);
        QCOMPARE(comparable(onPg.out), comparable(onSqlite.out));
        QCOMPARE(QJsonDocument::fromJson(onPg.out.toUtf8()).object().value(u"trends"_s).toInt(), 1);

        // The stored run answers from PostgreSQL too: export reads it back.
        const Run table = glasstrend({u"discover"_s, u"--db"_s, uri});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"#matchalatte"_s), qPrintable(table.out));
    }

    void aPostgresPasswordIsNeverShown()
    {
        // Nothing listens on port 1: the connection fails, and the message names the server without the password.
        const Run r = glasstrend({u"discover"_s, u"--db"_s, u"postgresql://gt:s3cr3t-pw@127.0.0.1:1/nodb"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"127.0.0.1"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"s3cr3t-pw"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"s3cr3t-pw"_s), qPrintable(r.out));
    }

    void discoverOverridesAreChecked()
    {
        const QString a = db(u"a.db"_s);
        // a stricter creator threshold than the trend's 10 creators removes it
        const Run strict = glasstrend({u"discover"_s, u"--db"_s, a, u"--json"_s, u"--set"_s, u"validation.min_creators=11"_s});
        QCOMPARE(strict.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(strict.out.toUtf8()).object().value(u"trends"_s).toInt(), 0);
        const Run bad = glasstrend({u"discover"_s, u"--db"_s, a, u"--set"_s, u"clustering.min_jaccrd=0.3"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"clustering.min_jaccrd"_s), qPrintable(bad.err));
    }

    /// `backtest` over the small trend: when it was first flagged, its peak, the JSON shape, the table and the errors.
    void backtestSaysWhenTheTrendWasFirstFlagged()
    {
        const QString a = db(u"a.db"_s);
        const QStringList range{u"backtest"_s, u"--db"_s, a, u"--from"_s, u"2026-05-31T00:00:00Z"_s,
                                u"--to"_s, u"2026-05-31T23:00:00Z"_s};
        const Run json = glasstrend(range + QStringList{u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject body = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(body.value(u"step_hours"_s).toInt(), 1);
        const QJsonArray steps = body.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 24);
        QCOMPARE(steps.first().toObject().value(u"as_of"_s).toString(), u"2026-05-31T00:00:00Z"_s);
        QCOMPARE(steps.first().toObject().value(u"trends"_s).toArray().size(), 0); // nothing yet at midnight
        const QJsonArray trends = body.value(u"trends"_s).toArray();
        QCOMPARE(trends.size(), 1);
        const QJsonObject trend = trends.at(0).toObject();
        QCOMPARE(trend.value(u"anchor"_s).toString(), u"matchalatte"_s);
        QCOMPARE(trend.value(u"peak"_s).toString(), u"2026-05-31T23:00:00Z"_s);
        const QString first = trend.value(u"first_flagged"_s).toString();
        QVERIFY2(first > u"2026-05-31T00:00:00Z"_s && first <= u"2026-05-31T23:00:00Z"_s, qPrintable(first));
        QCOMPARE(steps.last().toObject().value(u"trends"_s).toArray().first(), trend.value(u"trend_id"_s));
        // Every step from the first flagged one lists it, and none before.
        for (const QJsonValue &step : steps) {
            const QJsonObject s = step.toObject();
            QCOMPARE(s.value(u"trends"_s).toArray().contains(trend.value(u"trend_id"_s)),
                     s.value(u"as_of"_s).toString() >= first);
        }
        // Nothing is stored: a backtest is no run.
        QVERIFY(withoutDuration(glasstrend(range + QStringList{u"--json"_s}).out) == withoutDuration(json.out));

        const Run table = glasstrend(range + QStringList{u"--step"_s, u"2"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"12 steps"_s) && table.out.contains(u"#matchalatte"_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"first flagged"_s) && table.out.contains(u"lead time"_s), qPrintable(table.out));

        QCOMPARE(glasstrend({u"backtest"_s, u"--db"_s, a, u"--from"_s, u"2026-05-31T00:00:00Z"_s}).exitCode, 2);
        const Run badTime = glasstrend({u"backtest"_s, u"--db"_s, a, u"--from"_s, u"yesterday"_s, u"--to"_s,
                                        u"2026-05-31T23:00:00Z"_s});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY2(badTime.err.contains(u"--from: expected an ISO-8601 time"_s), qPrintable(badTime.err));
        QCOMPARE(glasstrend({u"discover"_s, u"--db"_s, a, u"--from"_s, u"2026-05-31T00:00:00Z"_s}).exitCode, 2);
        const Run tooMany = glasstrend({u"backtest"_s, u"--db"_s, a, u"--from"_s, u"2020-01-01T00:00:00Z"_s, u"--to"_s,
                                        u"2026-05-31T23:00:00Z"_s});
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY2(tooMany.err.contains(u"at most 2000 steps"_s), qPrintable(tooMany.err));
        const Run badKey = glasstrend(range + QStringList{u"--set"_s, u"clustering.min_jaccrd=0.3"_s});
        QCOMPARE(badKey.exitCode, 1);
        QVERIFY2(badKey.err.contains(u"clustering.min_jaccrd"_s), qPrintable(badKey.err));
    }

    void exportCsvOfTheLatestRun()
    {
        const QString a = db(u"a.db"_s);
        QCOMPARE(glasstrend({u"discover"_s, u"--db"_s, a}).exitCode, 0);
        const QString csv = m_dir.filePath(u"tiles.csv"_s);
        const Run r = glasstrend({u"export"_s, u"--db"_s, a, u"--format"_s, u"csv"_s, u"--out"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with a BOM
        QVERIFY(QString::fromUtf8(bytes).contains(u"抹茶拿铁"_s));
        QCOMPARE(bytes.count("\r\n"), 2); // header + one tile
    }

    void exportGexfOfAStoredRun()
    {
        // trend_small with max_tags 2: its {ootd, fashion, dailylife} component is split, so edges are dropped.
        const QString net = db(u"network.db"_s);
        QCOMPARE(glasstrend({u"import"_s, u"--db"_s, net, testsupport::dataPath(u"app/trend_small.ndjson"_s)}).exitCode,
                 0);
        QCOMPARE(glasstrend({u"discover"_s, u"--db"_s, net, u"--set"_s, u"clustering.max_tags=2"_s}).exitCode, 0);
        const QString gexf = m_dir.filePath(u"network.gexf"_s);
        const Run r = glasstrend({u"export"_s, u"--db"_s, net, u"--format"_s, u"gexf"_s, u"--out"_s, gexf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"7 tags, 5 edges, 2 dropped by the max_tags split"_s), qPrintable(r.out));

        QFile file(gexf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int nodes = 0, edges = 0, dropped = 0, positions = 0;
        QHash<QString, QString> posts;
        QString node;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"gexf")
                QCOMPARE(xml.namespaceUri(), u"http://gexf.net/1.3");
            if (xml.name() == u"node") {
                ++nodes;
                node = a.value("id"_L1).toString();
            } else if (xml.name() == u"edge") {
                ++edges;
                node.clear();
            } else if (xml.name() == u"position") {
                ++positions;
            } else if (xml.name() == u"attvalue" && a.value("for"_L1) == u"posts" && !node.isEmpty()) {
                posts.insert(node, a.value("value"_L1).toString());
            } else if (xml.name() == u"attvalue" && a.value("for"_L1) == u"dropped_by_split") {
                dropped += a.value("value"_L1) == u"true" ? 1 : 0;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, 7);
        QCOMPARE(edges, 5);
        QCOMPARE(dropped, 2);
        QCOMPARE(positions, 7);
        QCOMPARE(posts.value(u"matchalatte"_s), u"12"_s);
        QCOMPARE(posts.value(u"icedmatcha"_s), u"4"_s);

        const Run withTrend = glasstrend({u"export"_s, u"--db"_s, net, u"--format"_s, u"gexf"_s, u"--out"_s, gexf,
                                          u"--trend"_s, u"t1"_s});
        QCOMPARE(withTrend.exitCode, 2);
        QVERIFY2(withTrend.err.contains(u"--trend goes with"_s), qPrintable(withTrend.err));
        const Run unknownRun = glasstrend({u"export"_s, u"--db"_s, net, u"--format"_s, u"gexf"_s, u"--out"_s, gexf,
                                           u"--run"_s, u"nope"_s});
        QCOMPARE(unknownRun.exitCode, 1);
        QVERIFY2(unknownRun.err.contains(u"nope"_s), qPrintable(unknownRun.err));
    }

    void exportWithoutRunFails()
    {
        const Run r = glasstrend({u"export"_s, u"--db"_s, db(u"empty.db"_s), u"--format"_s, u"csv"_s, u"--out"_s,
                                  m_dir.filePath(u"x.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no run"_s), qPrintable(r.err));
    }

    void suggestMappingReadsThroughTheDecodingLayer_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("GB18030") << u"GB18030"_s;
        QTest::newRow("UTF-16 with BOM") << u"UTF-16"_s; // iconv writes a BOM for "UTF-16"
    }

    void suggestMappingReadsThroughTheDecodingLayer()
    {
        // Issue 10: a Chinese Excel's GB18030 (or a UTF-16) CSV gets the same suggestion as its UTF-8 twin.
        QFETCH(QString, encoding);
        const QByteArray utf8 = u"微博作者,微博内容,发布时间,转发数,评论数,点赞数,mid\r\n"
                                "抹茶控,今天的抹茶拿铁 #抹茶拿铁#,2024-06-09 13:03,1.2万,356,10万+,4990000000000001\r\n"
                                "小李,周末去哪儿,2024-06-09 18:20,12,3,45,4990000000000002\r\n"_s.toUtf8();
        QProcess iconv;
        iconv.start(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, encoding});
        iconv.write(utf8);
        iconv.closeWriteChannel();
        QVERIFY(iconv.waitForFinished());
        const QByteArray encoded = iconv.readAllStandardOutput();
        QVERIFY(!encoded.isEmpty() && encoded != utf8);
        const QString csv = m_dir.filePath(u"weibo_%1.csv"_s.arg(encoding));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(encoded);
        }
        const Run suggested = glasstrend({u"import"_s, u"--suggest-mapping"_s, u"--platform"_s, u"weibo"_s, csv});
        QVERIFY2(suggested.exitCode == 0, qPrintable(suggested.err));
        for (const QString &line : {u"creator_name: 微博作者"_s, u"text: 微博内容"_s, u"created_at: 发布时间"_s,
                                    u"shares: 转发数"_s, u"comments: 评论数"_s, u"likes: 点赞数"_s})
            QVERIFY2(suggested.out.contains(line), qPrintable(line + u" in:\n"_s + suggested.out));
        // Told the wrong encoding, the same file gives other column names.
        const Run misread = glasstrend(
            {u"import"_s, u"--suggest-mapping"_s, u"--platform"_s, u"weibo"_s, u"--encoding"_s, u"windows-1252"_s, csv});
        QVERIFY2(!misread.out.contains(u"微博内容"_s), qPrintable(misread.out));
    }

    void suggestMappingThenImportWithIt()
    {
        const QString csv = m_dir.filePath(u"weibo_spider.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("微博作者,微博内容,发布时间,转发数,评论数,点赞数,mid\n"
                       "抹茶控,今天的抹茶拿铁 #抹茶拿铁#,2024-06-09 13:03,1.2万,356,10万+,4990000000000001\n"
                       "小李,周末去哪儿,2024-06-09 18:20,12,3,45,4990000000000002\n");
        }
        // Nothing says the platform: the file is refused, naming --platform.
        const Run refused = glasstrend({u"import"_s, u"--db"_s, db(u"mapped.db"_s), csv});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"--suggest-mapping"_s), qPrintable(refused.err));

        const Run incomplete = glasstrend({u"import"_s, u"--suggest-mapping"_s, csv});
        QCOMPARE(incomplete.exitCode, 1);
        QVERIFY2(incomplete.err.contains(u"platform"_s) && incomplete.err.contains(u"--platform"_s),
                 qPrintable(incomplete.err));
        QVERIFY2(incomplete.out.contains(u"text: 微博内容"_s), qPrintable(incomplete.out));

        const Run suggested = glasstrend({u"import"_s, u"--suggest-mapping"_s, u"--platform"_s, u"weibo"_s, csv});
        QCOMPARE(suggested.exitCode, 0);
        QVERIFY2(suggested.out.contains(u"platform: weibo"_s), qPrintable(suggested.out));
        const QString map = m_dir.filePath(u"weibo.yaml"_s);
        {
            QFile file(map);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(suggested.out.toUtf8());
        }
        const Run imported = glasstrend({u"import"_s, u"--db"_s, db(u"mapped.db"_s), u"--mapping"_s, map, csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"mapped, UTF-8, 2 read, 2 inserted"_s), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(u"read with the given mapping"_s), qPrintable(imported.out));

        // --platform alone on a mapped file without mapping still needs the mapping.
        const Run platformOnly = glasstrend({u"import"_s, u"--db"_s, db(u"mapped.db"_s), u"--platform"_s, u"weibo"_s, csv});
        QCOMPARE(platformOnly.exitCode, 1);
        QCOMPARE(glasstrend({u"import"_s, u"--platform"_s, u"not a platform"_s, csv}).exitCode, 2);
        QCOMPARE(glasstrend({u"discover"_s, u"--platform"_s, u"x"_s}).exitCode, 2);

        // A native CSV without a platform column: the CLI names --platform, which then serves it.
        const QString native = m_dir.filePath(u"native_noplatform.csv"_s);
        {
            QFile file(native);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("post_id,creator_id,created_at\n1,a,2024-06-01T00:00:00Z\n");
        }
        const Run bare = glasstrend({u"import"_s, u"--db"_s, db(u"mapped.db"_s), native});
        QVERIFY2(bare.out.contains(u"give it with --platform P"_s), qPrintable(bare.out));
        const Run withPlatform = glasstrend({u"import"_s, u"--db"_s, db(u"mapped.db"_s), u"--platform"_s, u"x"_s, native});
        QVERIFY2(withPlatform.out.contains(u"native-csv, UTF-8, 1 read, 1 inserted"_s), qPrintable(withPlatform.out));
    }

    void savedMappingIsUsedAndSaid()
    {
        // A mapping saved by the desktop (YAML in <data>/GlassTrend/mappings) is found by the columns.
        const QString dir = isolatedHome() + u"/data/GlassTrend/mappings"_s;
        QVERIFY(QDir().mkpath(dir));
        {
            QFile file(dir + u"/cli_scraper.yaml"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name: cli scraper\nplatform: tiktok\nfields:\n  post_id: vid_id\n  creator_name: author\n"
                       "  created_at: vid_postTime\ncolumns: [vid_id, author, vid_postTime]\n");
        }
        const QString csv = m_dir.filePath(u"scraper.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("author,vid_postTime,vid_id\nmia,2024-06-09 13:03,1\n");
        }
        const Run r = glasstrend({u"import"_s, u"--db"_s, db(u"saved.db"_s), csv});
        QFile::remove(dir + u"/cli_scraper.yaml"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"read with the saved mapping \"cli scraper\""_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
