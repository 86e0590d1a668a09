#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/schema.h"
#include "tests/core/storage/postgenerator.h"

using namespace Qt::StringLiterals;

namespace {

QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(
        u"SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s % name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nested/deeper/trends.db"_s);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(QFile::exists(path)); // parent directories were created
        QCOMPARE(db.value()->path(), QFileInfo(path).absoluteFilePath());
        const QSqlDatabase connection = db.value()->connection();
        QCOMPARE(pragma(connection, u"user_version"_s).toInt(), schema::latestVersion());
        QCOMPARE(Database::schemaVersion(), schema::latestVersion());
        const QStringList tables = tableNames(connection);
        for (const QString &expected : {u"posts"_s, u"platforms"_s, u"tags"_s, u"post_tags"_s, u"posts_window"_s,
                                        u"runs"_s, u"run_clusters"_s, u"decision_blocks"_s, u"decision_index"_s,
                                        u"post_changes"_s, u"tag_spellings"_s})
            QVERIFY2(tables.contains(expected), qPrintable(expected));
    }

    void connectionSettings()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"t.db"_s));
        QVERIFY(db.ok());
        const QSqlDatabase connection = db.value()->connection();
        QCOMPARE(pragma(connection, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(connection, u"page_size"_s).toInt(), 16384);
        QCOMPARE(pragma(connection, u"synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(pragma(connection, u"foreign_keys"_s).toInt(), 1);
        QVERIFY(pragma(connection, u"busy_timeout"_s).toInt() > 0);
    }

    void migrationsAreNumberedInIncreasingOrder()
    {
        // Gaps are allowed (a number may be reserved for a change merged separately), order is not.
        int previous = 0;
        for (const Migration &step : schema::migrations()) {
            QVERIFY2(step.version > previous, qPrintable(QString::number(step.version)));
            previous = step.version;
            QVERIFY(!step.statements.isEmpty());
        }
        QCOMPARE(schema::migrations().front().version, 1);
    }

    void migratesAcrossAGapInVersions()
    {
        // A database at version 4 is taken to the newest version through 5 (tag spellings) and 6
        // (the runs' baseline column).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(u"ALTER TABLE runs DROP COLUMN baseline"_s));
            QVERIFY(query.exec(u"DROP TABLE tag_spellings"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 4"_s));
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(pragma(again.value()->connection(), u"user_version"_s).toInt(), schema::latestVersion());
        QSqlQuery query(again.value()->connection());
        QVERIFY(query.exec(u"SELECT count(baseline) FROM runs"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM project_settings"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM tag_spellings"_s));
    }

    void aDatabaseAtSixGainsTheAlertsTable()
    {
        // Migration 7 (alerts, issue 12) takes a database of the previous release forward.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(u"DROP TABLE alerts"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 6"_s));
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(pragma(again.value()->connection(), u"user_version"_s).toInt(), schema::latestVersion());
        QVERIFY(schema::latestVersion() >= 7);
        QVERIFY(tableNames(again.value()->connection()).contains(u"alerts"_s));
    }

    void aDatabaseAtSevenGainsHourBlocks()
    {
        // Migration 8 (issue 13): the table and its triggers arrive on a database with posts; the first load builds
        // blocks of those posts and a later write drops the block of its hour.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(PostRepository(db.value()).upsert(postgen::posts(0, 50, 60 * 1000)).ok());
            QSqlQuery query(db.value()->connection());
            for (const QString &sql : {u"DROP TRIGGER hour_blocks_insert"_s, u"DROP TRIGGER hour_blocks_update"_s,
                                       u"DROP TRIGGER hour_blocks_delete"_s, u"DROP TABLE hour_blocks"_s,
                                       u"PRAGMA user_version = 7"_s})
                QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(pragma(again.value()->connection(), u"user_version"_s).toInt(), schema::latestVersion());
        PostRepository repo(again.value());
        const Dataset loaded = repo.loadDataset(postgen::kBaseMs - 1, postgen::kBaseMs + 3600 * 1000).value();
        QCOMPARE(loaded.posts.size(), std::size_t(50));
        QSqlQuery query(again.value()->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM hour_blocks"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // the span ends at the newest post: one hour
        QVERIFY(repo.upsert(postgen::posts(50, 1, 60 * 1000)).ok()); // minute 50 of the same hour
        QVERIFY(query.exec(u"SELECT count(*) FROM hour_blocks"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aDatabaseAtSixWithoutTagSpellingsGainsThem()
    {
        // Number 5 (tag spellings, issue 10) was merged after 6: a database a build without it took to 6
        // gets the table when it is opened, keeps its version, and its posts' tags show as normalized.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            PostRepository repo(db.value());
            QVERIFY(repo.upsert(postgen::posts(0, 20)).ok());
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(u"DROP TABLE tag_spellings"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 6"_s));
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(pragma(again.value()->connection(), u"user_version"_s).toInt(), schema::latestVersion());
        QVERIFY(tableNames(again.value()->connection()).contains(u"tag_spellings"_s));
        PostRepository repo(again.value());
        QStringList tags;
        for (const Post &p : postgen::posts(0, 20))
            tags += p.hashtags;
        QVERIFY(!tags.isEmpty());
        auto forms = repo.displayForms(tags);
        QVERIFY(forms.ok());
        QVERIFY(forms.value().isEmpty()); // no spellings stored: every tag shows as itself
        // Posts stored from now on vote for their spellings.
        Post p = postgen::posts(100, 1).front();
        p.hashtags = {u"matchalatte"_s};
        p.hashtagSpellings = {u"MatchaLatte"_s};
        QVERIFY(repo.upsert(std::vector<Post>{p}).ok());
        QCOMPARE(repo.displayForms({u"matchalatte"_s}).value().value(u"matchalatte"_s), u"MatchaLatte"_s);
    }

    void openingTwiceKeepsTheData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(PostRepository(db.value()).upsert(postgen::posts(0, 10)).ok());
        }
        auto first = Database::open(path);
        auto second = Database::open(path); // two objects on one file at once are fine too
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(PostRepository(first.value()).count().value(), 10);
        QCOMPARE(PostRepository(second.value()).count().value(), 10);
        QCOMPARE(pragma(second.value()->connection(), u"user_version"_s).toInt(), schema::latestVersion());
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(schema::latestVersion() + 1)));
        }
        auto again = Database::open(path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"schema_too_new"_s);
        QVERIFY(again.error().message.contains(QString::number(schema::latestVersion() + 1)));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(!db.error().message.isEmpty());
    }

    void defaultPathIsInTheUserDataDirectory()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.endsWith(u"/GlassTrend/trends.db"_s));
        QVERIFY(QFileInfo(path).isAbsolute());
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"t.db"_s));
        QVERIFY(db.ok());
        const QString mainName = db.value()->connection().connectionName();
        QCOMPARE(db.value()->connection().connectionName(), mainName); // reused on the same thread

        // Two writers and the main thread at once: WAL plus the busy timeout serialize the writes.
        PostRepository repository(db.value());
        QString names[2];
        bool ok[2] = {false, false};
        std::unique_ptr<QThread> threads[2];
        for (int t = 0; t < 2; ++t) {
            threads[t].reset(QThread::create([&, t] {
                names[t] = db.value()->connection().connectionName();
                ok[t] = true;
                for (int b = 0; b < 5; ++b)
                    ok[t] = ok[t] && repository.upsert(postgen::posts(t * 1000 + b * 100, 100)).ok();
            }));
            threads[t]->start();
        }
        for (int i = 0; i < 20; ++i)
            QVERIFY(repository.count().ok());
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QVERIFY(ok[0] && ok[1]);
        QVERIFY(names[0] != names[1]);
        QVERIFY(names[0] != mainName);
        QCOMPARE(repository.count().value(), 1000);
        // A finished thread's connection is removed with it.
        QVERIFY(!QSqlDatabase::contains(names[0]));
        QVERIFY(!QSqlDatabase::contains(names[1]));
        QVERIFY(QSqlDatabase::contains(mainName));
    }

    void connectionsGoAwayWithTheDatabase()
    {
        QTemporaryDir dir;
        QString name;
        {
            auto db = Database::open(dir.filePath(u"t.db"_s));
            QVERIFY(db.ok());
            name = db.value()->connection().connectionName();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
