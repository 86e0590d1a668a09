// glasstrend migrate (issue 14 item 6) end to end: the real executable copies a SQLite database into a
// real PostgreSQL server; the copy is read back through the ports and compared with the source.
#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/poststore.h"
#include "core/storage/projectstore.h"
#include "core/storage/runstore.h"
#include "core/storage/sqlite/sqlitestorage.h"
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

Run glasstrend(const QString &home, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    process.setProcessEnvironment(env);
    process.start(testsupport::binaryPath(u"app/glasstrend"_s), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// Real-shaped native records beside the trend file: a tag spelled two ways (display form "GlassFrog"),
/// counters given as text ("1.2万", "10万+"), unknown views, language, url and first_seen.
const char kExtra[] =
    R"({"platform": "weibo", "post_id": "g1", "creator_id": "c1", "creator_name": "蛙", "text": "#GlassFrog 好看", "hashtags": ["GlassFrog"], "likes": "1.2万", "comments": 3, "shares": 1, "created_at": "2026-05-31T20:00:00Z", "region": "CN", "language": "zh", "url": "https://weibo.com/c1/g1", "first_seen": "2026-05-31T21:00:00Z"})"
    "\n"
    R"({"platform": "weibo", "post_id": "g2", "creator_id": "c2", "text": "#GlassFrog again", "hashtags": ["GlassFrog", "frogs"], "likes": "10万+", "comments": 0, "shares": 0, "created_at": "2026-05-31T19:00:00Z"})"
    "\n"
    R"({"platform": "weibo", "post_id": "g3", "creator_id": "c3", "text": "#glassfrog", "hashtags": ["glassfrog"], "likes": 5, "comments": 0, "shares": 0, "created_at": "2026-05-31T18:00:00Z"})"
    "\n";

std::vector<Post> allPosts(const PostStore &store)
{
    std::vector<Post> posts;
    qint64 cursor = 0;
    while (true) {
        Result<PostPage> page = store.postsAfterRow(cursor, 10);
        if (!page || page.value().posts.empty())
            break;
        cursor = page.value().lastRowId;
        for (Post &post : page.value().posts)
            posts.push_back(std::move(post));
    }
    std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
        return std::tie(a.platform, a.postId) < std::tie(b.platform, b.postId);
    });
    return posts;
}

QByteArray decisionsJson(const RunStore &store, const QString &runId)
{
    DecisionQuery all;
    all.limit = 0;
    Result<DecisionPage> page = store.decisions(runId, all);
    if (!page)
        return page.error().message.toUtf8();
    QByteArray out = QByteArray::number(page.value().total) + '\n';
    for (const Decision &d : page.value().items)
        out += (QStringList{d.stage, d.subject, d.rule, d.outcome, d.message}.join(u'|')).toUtf8() +
               QJsonDocument(d.values).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

QString summaryLine(const RunSummary &s)
{
    return QStringList{s.runId,
                       QString::number(s.createdAtMs),
                       QString::number(s.asOfMs),
                       QString::number(s.windowHours),
                       QString::number(s.postsInWindow),
                       QString::number(s.clusters),
                       QString::number(s.trends),
                       QString::number(s.decisions),
                       QString::number(s.durationMs)}
        .join(u' ');
}

} // namespace

class TestMigrate final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgTestServer m_pg;

    Run gt(const QStringList &arguments) { return glasstrend(m_dir.path(), arguments); }

    /// The source and the copy read through the ports: the same posts (every field), display forms,
    /// runs (summaries, tiles by export, decision logs) and project settings.
    void compareStores(const QString &sqlitePath, const QString &uri)
    {
        Result<std::shared_ptr<Database>> database = Database::open(sqlitePath);
        QVERIFY(database);
        const Storage source = openSqliteStorage(database.value());
        Result<Storage> opened = pgstorage::open(uri, {});
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const Storage &copy = opened.value();

        QCOMPARE(copy.posts->count().value(), source.posts->count().value());
        const std::vector<Post> a = allPosts(*source.posts);
        const std::vector<Post> b = allPosts(*copy.posts);
        QCOMPARE(b.size(), a.size());
        QStringList tags;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].postId, a[i].postId);
            QCOMPARE(b[i].hashtags, a[i].hashtags);
            QCOMPARE(b[i].firstSeenMs.value_or(-1), a[i].firstSeenMs.value_or(-1));
            QCOMPARE(b[i].rawCounts.size(), a[i].rawCounts.size());
            QVERIFY2(b[i] == a[i], qPrintable(a[i].platform + u'/' + a[i].postId));
            tags += a[i].hashtags;
        }
        QVERIFY(tags.contains(u"glassfrog"_s));
        QVERIFY(copy.posts->displayForms(tags).value() == source.posts->displayForms(tags).value());
        QCOMPARE(copy.posts->displayForms({u"glassfrog"_s}).value().value(u"glassfrog"_s), u"GlassFrog"_s);

        const QList<RunSummary> runsA = source.runs->listRuns(100).value();
        const QList<RunSummary> runsB = copy.runs->listRuns(100).value();
        QCOMPARE(runsB.size(), runsA.size());
        for (qsizetype i = 0; i < runsA.size(); ++i) {
            QCOMPARE(summaryLine(runsB[i]), summaryLine(runsA[i]));
            QCOMPARE(decisionsJson(*copy.runs, runsA[i].runId), decisionsJson(*source.runs, runsA[i].runId));
        }
        QVERIFY(copy.runs->latestRunId().value() == source.runs->latestRunId().value());
        QCOMPARE(copy.project->settings().value().value(u"window"_s), source.project->settings().value().value(u"window"_s));
    }

    /// The proof tiles of a stored run as exported (what GET /api/v1/tiles reads) on one database.
    QByteArray exportCsv(const QString &db, const QString &runId)
    {
        const QString out = m_dir.filePath(u"tiles-%1.csv"_s.arg(qHash(db)));
        const Run r = gt({u"export"_s, u"--db"_s, db, u"--format"_s, u"csv"_s, u"--out"_s, out, u"--run"_s, runId});
        if (r.exitCode != 0)
            return r.err.toUtf8();
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_pg.available())
            QSKIP(qPrintable(m_pg.skipReason()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void copiesResumesAndAnswersTheSame()
    {
        const QString uri = m_pg.createDatabase(u"migrated"_s);
        QVERIFY2(!uri.isEmpty(), qPrintable(m_pg.error()));
        const QString sqlite = m_dir.filePath(u"source.db"_s);
        QCOMPARE(gt({u"import"_s, u"--db"_s, sqlite, testsupport::dataPath(u"app/trend_small.ndjson"_s)}).exitCode, 0);
        const Run first = gt({u"discover"_s, u"--db"_s, sqlite, u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        {
            Result<std::shared_ptr<Database>> database = Database::open(sqlite);
            QVERIFY(database);
            QVERIFY(openSqliteStorage(database.value()).project->saveSettings({{u"window"_s, u"{\"hours\":24}"_s}}));
        }

        // The first part: 54 posts in batches of 7, one run, the settings.
        const Run part = gt({u"migrate"_s, u"--db"_s, sqlite, u"--to"_s, uri, u"--batch"_s, u"7"_s});
        QVERIFY2(part.exitCode == 0, qPrintable(part.err));
        QVERIFY2(part.out.contains(u"54 posts copied, 54 stored there; 1 runs copied, 0 already there"_s), qPrintable(part.out));
        QVERIFY2(part.err.contains(u"posts: 49 copied"_s) && part.err.contains(u"runs: 1 of 1"_s), qPrintable(part.err));

        // More posts and a second run on the source: migrating again continues where the first stopped.
        const QString extra = m_dir.filePath(u"extra.ndjson"_s);
        QFile file(extra);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kExtra);
        file.close();
        QCOMPARE(gt({u"import"_s, u"--db"_s, sqlite, extra}).exitCode, 0);
        const Run second = gt({u"discover"_s, u"--db"_s, sqlite, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        const Run rest = gt({u"migrate"_s, u"--db"_s, sqlite, u"--to"_s, uri, u"--batch"_s, u"2"_s});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QVERIFY2(rest.out.contains(u"3 posts copied (resumed after source row 54), 57 stored there; "
                                   u"1 runs copied, 1 already there"_s),
                 qPrintable(rest.out));
        QVERIFY2(rest.err.contains(u"posts: resuming after source row 54"_s), qPrintable(rest.err));

        // Once more: nothing to copy, nothing duplicated.
        const Run again = gt({u"migrate"_s, u"--db"_s, sqlite, u"--to"_s, uri});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"0 posts copied (resumed after source row 57), 57 stored there; "
                                    u"0 runs copied, 2 already there"_s),
                 qPrintable(again.out));

        compareStores(sqlite, uri);
        if (QTest::currentTestFailed())
            return;
        for (const QString &runId : {QJsonDocument::fromJson(first.out.toUtf8()).object().value(u"run_id"_s).toString(),
                                     QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"run_id"_s).toString()}) {
            QVERIFY(!runId.isEmpty());
            const QByteArray onSqlite = exportCsv(sqlite, runId);
            QVERIFY2(onSqlite.count('\n') >= 2 && onSqlite.contains("#"), onSqlite.constData()); // a tile row
            QCOMPARE(exportCsv(uri, runId), onSqlite);
        }

        // The same discovery on the copy gives the same answer (run ids and durations aside).
        const auto comparable = [](const QString &json) {
            QJsonObject body = QJsonDocument::fromJson(json.toUtf8()).object();
            body.remove(u"run_id"_s);
            body.remove(u"duration_ms"_s);
            return QJsonDocument(body).toJson(QJsonDocument::Indented);
        };
        const Run onSqlite = gt({u"discover"_s, u"--db"_s, sqlite, u"--json"_s});
        const Run onPg = gt({u"discover"_s, u"--db"_s, uri, u"--json"_s});
        QCOMPARE(onPg.exitCode, 0);
        QCOMPARE(comparable(onPg.out), comparable(onSqlite.out));
        QCOMPARE(QJsonDocument::fromJson(onPg.out.toUtf8()).object().value(u"trends"_s).toInt(), 1);
    }

    void aKilledMigrationResumes()
    {
        const QString uri = m_pg.createDatabase(u"killed"_s);
        QVERIFY2(!uri.isEmpty(), qPrintable(m_pg.error()));
        const QString sqlite = m_dir.filePath(u"killed.db"_s);
        QCOMPARE(gt({u"import"_s, u"--db"_s, sqlite, testsupport::dataPath(u"app/trend_small.ndjson"_s)}).exitCode, 0);
        // SIGKILL once the first batch of one post is committed: nothing of the process is left to tidy up.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.path() + u"/data"_s);
        process.setProcessEnvironment(env);
        process.start(testsupport::binaryPath(u"app/glasstrend"_s),
                      {u"migrate"_s, u"--db"_s, sqlite, u"--to"_s, uri, u"--batch"_s, u"1"_s});
        QByteArray progress;
        while (!progress.contains("posts: 1 copied") && process.waitForReadyRead(30000))
            progress += process.readAllStandardError();
        QVERIFY2(progress.contains("posts: 1 copied"), progress.constData());
        process.kill();
        QVERIFY(process.waitForFinished(30000));

        const Run resumed = gt({u"migrate"_s, u"--db"_s, sqlite, u"--to"_s, uri});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"posts: resuming after source row "_s), qPrintable(resumed.err));
        QVERIFY2(resumed.out.contains(u", 54 stored there;"_s), qPrintable(resumed.out));
        Result<Storage> copy = pgstorage::open(uri, {});
        QVERIFY(copy);
        QCOMPARE(copy.value().posts->count().value(), qint64(54));
    }

    void refusesWhatIsNotPostgres()
    {
        const Run r = gt({u"migrate"_s, u"--db"_s, m_dir.filePath(u"x.db"_s), u"--to"_s, m_dir.filePath(u"y.db"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--to expects a postgresql:// URI"_s), qPrintable(r.err));
        const Run none = gt({u"migrate"_s});
        QCOMPARE(none.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
