#include <algorithm>
#include <limits>
#include <random>

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
#include "core/storage/postrepository.h"
#include "core/storage/postsegments.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/sqltransaction.h"
#include "tests/core/storage/datasetdescription.h"
#include "tests/core/storage/postgenerator.h"
#include "tests/support/storagebackends.h"

using namespace Qt::StringLiterals;
using postgen::describe;

namespace {

constexpr qint64 kAll = std::numeric_limits<qint64>::max();

Post makePost(const QString &platform, const QString &id, qint64 createdAtMs, const QStringList &tags = {})
{
    Post p;
    p.platform = platform;
    p.postId = id;
    p.creatorId = u"creator-"_s % id;
    p.createdAtMs = createdAtMs;
    p.hashtags = tags;
    return p;
}

/// PostStore::upsert of a batch made here (the port takes prepared batches).
Result<UpsertStats> upsert(const PostStore &store, std::vector<Post> posts)
{
    return store.upsert(PreparedBatch(std::move(posts)));
}

} // namespace

class TestPostRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;

    std::shared_ptr<Database> freshDatabase(const QString &name = u"t.db"_s)
    {
        auto db = Database::open(m_dir->filePath(name));
        return db.ok() ? db.value() : nullptr;
    }

    StorageBackends m_backends;

private Q_SLOTS:
    void initTestCase() { m_backends.start(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = freshDatabase();
        QVERIFY(m_db);
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void insertsThenReimportUpdates_data() { StorageBackends::addRows(); }
    void insertsThenReimportUpdates()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        const std::vector<Post> batch = postgen::posts(0, 50);
        auto first = upsert(repo, batch);
        QVERIFY(first.ok());
        QCOMPARE(first.value().inserted, 50);
        QCOMPARE(first.value().updated, 0);

        auto again = upsert(repo, batch);
        QVERIFY(again.ok());
        QCOMPARE(again.value().inserted, 0);
        QCOMPARE(again.value().updated, 50);
        QCOMPARE(repo.count().value(), 50);

        // The same posts with new counters: counters change, nothing else.
        std::vector<Post> changed = batch;
        for (Post &p : changed)
            p.likes += 1000;
        QCOMPARE(upsert(repo, changed).value().updated, 50);
        QCOMPARE(repo.count().value(), 50);
        const Dataset data = repo.loadDataset(0, kAll).value();
        QCOMPARE(data.posts.size(), std::size_t(50));
        qint64 likes = 0;
        qint64 expected = 0;
        for (const DatasetPost &p : data.posts)
            likes += p.likes;
        for (const Post &p : changed)
            expected += p.likes;
        QCOMPARE(likes, expected);
        // Re-importing did not duplicate the tag index either.
        if (!sqlite)
            return; // the rows themselves: SQLite only; the port checks above hold for both
        QSqlQuery query(sqlite->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM post_tags"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(data.postTags.size()));
    }

    void duplicatesInsideABatchCollapse_data() { StorageBackends::addRows(); }
    void duplicatesInsideABatchCollapse()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        Post early = makePost(u"tiktok"_s, u"1"_s, 1000, {u"a"_s});
        early.likes = 5;
        early.firstSeenMs = 100;
        early.creatorName = u"Early Name"_s;
        Post late = early;
        late.likes = 9;
        late.firstSeenMs = 500;
        late.creatorName.clear();
        auto stats = upsert(repo, {early, late});
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().inserted, 1);
        QCOMPARE(stats.value().updated, 1);
        QCOMPARE(repo.count().value(), 1);
        const Dataset merged = repo.loadDataset(0, kAll).value();
        QCOMPARE(merged.posts.at(0).likes, 9);
        QCOMPARE(merged.creatorNames, QStringList{u"Early Name"_s});
        if (!sqlite)
            return; // the rows themselves: SQLite only; the port checks above hold for both
        QSqlQuery query(sqlite->connection());
        QVERIFY(query.exec(u"SELECT likes, first_seen_ms, creator_name FROM posts"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 9);             // the later copy's counters
        QCOMPARE(query.value(1).toLongLong(), 100);           // the earliest first-seen
        QCOMPARE(query.value(2).toString(), u"Early Name"_s); // kept where the later copy has none
    }

    void firstSeenKeepsTheEarliest()
    {
        PostRepository repo(m_db);
        Post p = makePost(u"x"_s, u"42"_s, 5000);
        p.firstSeenMs = 3000;
        QVERIFY(repo.upsert({p}).ok());
        p.firstSeenMs = 4000;
        QVERIFY(repo.upsert({p}).ok());
        p.firstSeenMs = 2000;
        QVERIFY(repo.upsert({p}).ok());
        p.firstSeenMs = std::nullopt; // "now": later than any of the above
        QVERIFY(repo.upsert({p}).ok());
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT first_seen_ms FROM posts"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 2000);
    }

    void anOlderSnapshotDoesNotOverwriteANewerOne_data() { StorageBackends::addRows(); }
    void anOlderSnapshotDoesNotOverwriteANewerOne()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        Post newer = makePost(u"douyin"_s, u"s"_s, 1000);
        newer.capturedAtMs = 9000;
        newer.likes = 500;
        newer.views = 5000;
        newer.text = u"new caption"_s;
        Post older = newer;
        older.capturedAtMs = 4000;
        older.likes = 100;
        older.views = 1000;
        older.text = u"old caption"_s;
        older.url = u"https://example.com/s"_s;
        QVERIFY(upsert(repo, {newer}).ok());
        QCOMPARE(upsert(repo, {older}).value().updated, 1);
        const Dataset kept = repo.loadDataset(0, kAll).value();
        QCOMPARE(kept.posts.at(0).likes, 500);
        QCOMPARE(kept.posts.at(0).views, 5000);
        QList<TopPost> top(1);
        top[0].rowId = kept.posts.at(0).rowId;
        QVERIFY(repo.hydrate(top).ok());
        QCOMPARE(top[0].text, u"new caption"_s);
        QCOMPARE(top[0].url, u"https://example.com/s"_s); // missing before: filled in
        if (!sqlite)
            return; // the rows themselves: SQLite only; the port checks above hold for both
        QSqlQuery query(sqlite->connection());
        QVERIFY(query.exec(u"SELECT likes, views, text, url, captured_at_ms, first_seen_ms FROM posts"_s) &&
                query.next());
        QCOMPARE(query.value(0).toLongLong(), 500);
        QCOMPARE(query.value(1).toLongLong(), 5000);
        QCOMPARE(query.value(2).toString(), u"new caption"_s);
        QCOMPARE(query.value(3).toString(), u"https://example.com/s"_s); // missing before: filled in
        QCOMPARE(query.value(4).toLongLong(), 9000);
        QCOMPARE(query.value(5).toLongLong(), 4000); // the older capture is the first sighting
        query.finish();

        // Inside one batch the same: the newer capture wins whatever the order.
        Post a = makePost(u"douyin"_s, u"t"_s, 1000);
        a.capturedAtMs = 9000;
        a.likes = 7;
        Post b = a;
        b.capturedAtMs = 2000;
        b.likes = 3;
        QVERIFY(upsert(repo, {a, b}).ok());
        QVERIFY(query.exec(u"SELECT likes, captured_at_ms FROM posts WHERE post_id = 't'"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 7);
        QCOMPARE(query.value(1).toLongLong(), 9000);
    }

    void unknownViewsStayUnknown_data() { StorageBackends::addRows(); }
    void unknownViewsStayUnknown()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        Post unknown = makePost(u"xiaohongshu"_s, u"u"_s, 1000);
        Post zero = makePost(u"xiaohongshu"_s, u"z"_s, 1000);
        zero.views = 0;
        Post known = makePost(u"tiktok"_s, u"k"_s, 1000);
        known.views = 77;
        QVERIFY(upsert(repo, {unknown, zero, known}).ok());
        // A later capture that does not know the views does not erase known ones.
        known.views = std::nullopt;
        QVERIFY(upsert(repo, {known}).ok());

        const Dataset data = repo.loadDataset(0, kAll).value();
        QCOMPARE(data.posts.size(), std::size_t(3));
        QHash<QString, qint64> views;
        for (std::size_t i = 0; i < data.posts.size(); ++i)
            views.insert(data.postIds.at(qsizetype(i)), data.posts[i].views);
        QCOMPARE(views.value(u"u"_s), -1);
        QCOMPARE(views.value(u"z"_s), 0);
        QCOMPARE(views.value(u"k"_s), 77);
        if (!sqlite)
            return; // the rows themselves: SQLite only; the port checks above hold for both
        QSqlQuery query(sqlite->connection());
        QVERIFY(query.exec(u"SELECT views IS NULL FROM posts WHERE post_id = 'u'"_s) && query.next());
        QVERIFY(query.value(0).toBool());
    }

    void postsAfterRowPageEveryFieldInRowOrder_data() { StorageBackends::addRows(); }
    void postsAfterRowPageEveryFieldInRowOrder()
    {
        // glasstrend migrate reads a store through this: pages in row order whose last row resumes the read.
        GT_OPEN_STORAGE(m_backends, storage);
        const PostStore &repo = *storage.posts;
        Post full = makePost(u"weibo"_s, u"full"_s, 5000, {u"matcha"_s, u"latte"_s});
        full.creatorName = u"蛙"_s;
        full.text = u"#Matcha text"_s;
        full.likes = 12000;
        full.comments = 3;
        full.shares = 2;
        full.saves = 1;
        full.views = 99;
        full.approximateTime = true;
        full.firstSeenMs = 4000;
        full.capturedAtMs = 6000;
        full.region = u"CN-ZJ"_s;
        full.url = u"https://weibo.com/x/full"_s;
        full.language = u"zh"_s;
        full.rawCounts = {RawCount{u"likes"_s, u"1.2万"_s, false}, RawCount{u"shares"_s, u"10万+"_s, true}};
        Post bare = makePost(u"xiaohongshu"_s, u"bare"_s, 1000);
        bare.firstSeenMs = 1000;
        Post later = makePost(u"tiktok"_s, u"later"_s, 3000, {u"latte"_s});
        later.firstSeenMs = 3000;
        QVERIFY(upsert(repo, {full, bare}).ok());
        QVERIFY(upsert(repo, {later}).ok());

        const Result<PostPage> first = repo.postsAfterRow(0, 2);
        QVERIFY(first.ok());
        QCOMPARE(first.value().posts.size(), std::size_t(2));
        QVERIFY2(first.value().posts[0] == full, qPrintable(first.value().posts[0].postId));
        QVERIFY(first.value().posts[1] == bare);
        QVERIFY(first.value().lastRowId > 0);
        const Result<PostPage> second = repo.postsAfterRow(first.value().lastRowId, 2);
        QVERIFY(second.ok());
        QCOMPARE(second.value().posts.size(), std::size_t(1));
        QVERIFY(second.value().posts[0] == later);
        QVERIFY(second.value().lastRowId > first.value().lastRowId);
        const Result<PostPage> end = repo.postsAfterRow(second.value().lastRowId, 2);
        QVERIFY(end.ok());
        QVERIFY(end.value().posts.empty());
        QCOMPARE(end.value().lastRowId, 0);
    }

    void exactTimeIsNotReplacedByAnApproximateOne_data() { StorageBackends::addRows(); }
    void exactTimeIsNotReplacedByAnApproximateOne()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        Post exact = makePost(u"xiaohongshu"_s, u"n1"_s, 10 * 3600000 + 5, {u"matcha"_s});
        QVERIFY(upsert(repo, {exact}).ok());
        Post approximate = exact;
        approximate.createdAtMs = 3 * 3600000;
        approximate.approximateTime = true;
        approximate.likes = 50;
        QVERIFY(upsert(repo, {approximate}).ok());
        const Dataset data = repo.loadDataset(0, kAll).value();
        QCOMPARE(data.posts.size(), std::size_t(1));
        QCOMPARE(data.posts[0].createdAtMs, exact.createdAtMs);
        QVERIFY(!data.posts[0].approximateTime);
        QCOMPARE(data.posts[0].likes, 50);
    }

    void changedTagsAndTimeMoveTheTagIndex_data() { StorageBackends::addRows(); }
    void changedTagsAndTimeMoveTheTagIndex()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        Post p = makePost(u"tiktok"_s, u"1"_s, 3600000 * 5, {u"old"_s, u"both"_s});
        QVERIFY(upsert(repo, {p}).ok());
        p.hashtags = {u"both"_s, u"new"_s};
        p.createdAtMs = 3600000 * 9;
        QVERIFY(upsert(repo, {p}).ok());
        QCOMPARE(repo.postsWithTag(u"old"_s, 0, kAll, 10).value().size(), 0);
        QCOMPARE(repo.postsWithTag(u"new"_s, 0, kAll, 10).value().size(), 1);
        QCOMPARE(repo.postsWithTag(u"both"_s, 3600000 * 8, kAll, 10).value().size(), 1);
        QCOMPARE(repo.postsWithTag(u"both"_s, 0, 3600000 * 8, 10).value().size(), 0);
        // No tags in a later capture keeps the stored ones.
        p.hashtags.clear();
        QVERIFY(upsert(repo, {p}).ok());
        QCOMPARE(repo.postsWithTag(u"new"_s, 0, kAll, 10).value().size(), 1);
        const Dataset data = repo.loadDataset(0, kAll).value();
        QCOMPARE(data.tags, (QStringList{u"both"_s, u"new"_s}));
    }

    void aPostMovedToAnotherDayKeepsItsIdentity_data() { StorageBackends::addRows(); }
    void aPostMovedToAnotherDayKeepsItsIdentity()
    {
        // On PostgreSQL a day is a partition: the post's row moves between partitions and its identity
        // (platform, post_id) stays one post (post_identity), whichever way the time moves.
        GT_OPEN_STORAGE(m_backends, storage);
        const PostStore &repo = *storage.posts;
        constexpr qint64 day = 86400000;
        Post p = makePost(u"tiktok"_s, u"m"_s, day * 3 + 5, {u"a"_s});
        QCOMPARE(upsert(repo, {p}).value().inserted, 1);
        p.createdAtMs = day * 9 + 7;
        p.hashtags = {u"b"_s};
        p.likes = 4;
        QCOMPARE(upsert(repo, {p}).value().updated, 1);
        QCOMPARE(repo.count().value(), 1);
        Dataset data = repo.loadDataset(0, kAll).value();
        QCOMPARE(data.postIds.toList(), QStringList{u"m"_s});
        QCOMPARE(data.posts.at(0).createdAtMs, day * 9 + 7);
        QCOMPARE(data.posts.at(0).likes, 4);
        QVERIFY(repo.loadDataset(0, day * 4).value().posts.empty());
        QVERIFY(repo.postsWithTag(u"a"_s, 0, kAll, 0).value().isEmpty());
        QCOMPARE(repo.postsWithTag(u"b"_s, day * 9, kAll, 0).value().size(), 1);
        // And back, inside a batch that also brings a new post of the old day.
        p.createdAtMs = day * 3;
        QCOMPARE(upsert(repo, {p, makePost(u"tiktok"_s, u"n"_s, day * 3 + 1)}).value().inserted, 1);
        QCOMPARE(repo.count().value(), 2);
        QCOMPARE(repo.postsWithTag(u"b"_s, 0, day * 4, 0).value().size(), 1);
        QVERIFY(repo.postsWithTag(u"b"_s, day * 4, kAll, 0).value().isEmpty());
        QCOMPARE(repo.loadDataset(0, kAll).value().postIds.toList(), (QStringList{u"m"_s, u"n"_s}));
        QCOMPARE(repo.newestCreatedAtMs().value(), std::optional<qint64>(day * 3 + 1));
    }

    void anIngestSessionCommitsOrRollsBackWhole_data() { StorageBackends::addRows(); }
    void anIngestSessionCommitsOrRollsBackWhole()
    {
        // The ingest road's port: many batches in one transaction, committed or rolled back as a whole.
        GT_OPEN_STORAGE(m_backends, storage);
        const PostStore &repo = *storage.posts;
        auto opened = repo.openIngestSession();
        QVERIFY(opened.ok());
        IngestSession &session = *opened.value();
        QVERIFY(session.begin().ok());
        QCOMPARE(session.upsert(PreparedBatch(postgen::posts(0, 20))).value().inserted, 20);
        // The same transaction moves and re-tags a post of its first batch.
        Post moved = postgen::post(0);
        moved.createdAtMs += 5 * 86400000LL;
        moved.hashtags = {u"sessiontag"_s};
        QCOMPARE(session.upsert(PreparedBatch(std::vector<Post>{moved})).value().updated, 1);
        QVERIFY(session.commit().ok());
        QCOMPARE(repo.count().value(), 20);
        QCOMPARE(repo.postsWithTag(u"sessiontag"_s, 0, kAll, 0).value().size(), 1);
        QCOMPARE(repo.postsWithTag(u"sessiontag"_s, 0, moved.createdAtMs - 1, 0).value().size(), 0);

        // Rolled back: nothing of it stays, and the session forgets the ids it wrote.
        QVERIFY(session.begin().ok());
        QCOMPARE(session.upsert(PreparedBatch(postgen::posts(100, 10))).value().inserted, 10);
        session.rollback();
        QCOMPARE(repo.count().value(), 20);
        QVERIFY(session.begin().ok());
        QCOMPARE(session.upsert(PreparedBatch(postgen::posts(100, 10))).value().inserted, 10);
        QVERIFY(session.commit().ok());
        QCOMPARE(repo.count().value(), 30);
        QCOMPARE(repo.loadDataset(0, kAll).value().posts.size(), std::size_t(30));

        // Idle, the session gives back its caches; the next transaction reads what it needs again: a re-tagged
        // post, known tags and new ones, as if nothing had been forgotten.
        session.releaseMemory();
        QVERIFY(session.begin().ok());
        Post retagged = postgen::post(100);
        retagged.hashtags = {u"sessiontag"_s, u"afteridle"_s};
        const auto stats = session.upsert(PreparedBatch(std::vector<Post>{retagged}));
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().updated, 1);
        QVERIFY(session.commit().ok());
        QCOMPARE(repo.count().value(), 30);
        QCOMPARE(repo.postsWithTag(u"sessiontag"_s, 0, kAll, 0).value().size(), 2);
        QCOMPARE(repo.postsWithTag(u"afteridle"_s, 0, kAll, 0).value().size(), 1);
    }

    void retentionDropsWholeDayPartitions()
    {
        // PostgreSQL only (SQLite keeps everything): database.retention_days drops the day partitions
        // that ended before now − N days, posts, tag rows and identities together, when the store opens.
        if (const QString why = m_backends.unavailable(u"postgres"_s); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString uri = m_backends.freshPostgresUri();
        QVERIFY(!uri.isEmpty());
        constexpr qint64 day = 86400000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            auto keepAll = pgstorage::open(uri, {});
            QVERIFY(keepAll.ok());
            std::vector<Post> posts;
            for (int i = 0; i < 5; ++i)
                posts.push_back(makePost(u"weibo"_s, u"old%1"_s.arg(i), now - 40 * day + i, {u"gone"_s}));
            posts.push_back(makePost(u"weibo"_s, u"recent"_s, now - day, {u"kept"_s}));
            QCOMPARE(upsert(*keepAll.value().posts, posts).value().inserted, 6);
        }
        auto kept = pgstorage::open(uri, pgstorage::Settings{30});
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        const PostStore &repo = *kept.value().posts;
        QCOMPARE(repo.count().value(), 1);
        QCOMPARE(repo.loadDataset(0, kAll).value().postIds.toList(), QStringList{u"recent"_s});
        QVERIFY(repo.postsWithTag(u"gone"_s, 0, kAll, 0).value().isEmpty());
        // The identity went with the partition: the same post comes back as a new one.
        QCOMPARE(upsert(repo, {makePost(u"weibo"_s, u"old0"_s, now - 2 * day)}).value().inserted, 1);
    }

    void tagRowsHeldBackInACallersTransactionFollowTheLastBatch()
    {
        // Inside a transaction the caller opened (an import grouping batches), tag rows are held
        // back until flushPendingTags(): a post inserted by one batch and re-tagged and moved by a
        // later batch of the same transaction must end up indexed under its final tags and time only.
        PostRepository repo(m_db);
        SqlTransaction transaction(m_db->connection());
        QVERIFY(transaction.begin().ok());
        Post p = makePost(u"tiktok"_s, u"1"_s, 3600000 * 5, {u"old"_s, u"both"_s});
        QVERIFY(repo.upsert({p}).ok());
        p.hashtags = {u"both"_s, u"new"_s};
        p.createdAtMs = 3600000 * 9;
        QVERIFY(repo.upsert({p}).ok());
        QVERIFY(repo.flushPendingTags().ok());
        QVERIFY(transaction.commit().ok());

        QCOMPARE(repo.postsWithTag(u"old"_s, 0, kAll, 10).value().size(), 0);
        QCOMPARE(repo.postsWithTag(u"new"_s, 0, kAll, 10).value().size(), 1);
        QCOMPARE(repo.postsWithTag(u"both"_s, 3600000 * 8, kAll, 10).value().size(), 1);
        QCOMPARE(repo.postsWithTag(u"both"_s, 0, 3600000 * 8, 10).value().size(), 0);
        QSqlQuery rows(m_db->connection());
        QVERIFY(rows.exec(u"SELECT count(*) FROM post_tags"_s) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 2);
    }

    void displayFormIsTheSpellingMostPostsUsed_data() { StorageBackends::addRows(); }
    void displayFormIsTheSpellingMostPostsUsed()
    {
        // SPEC section 1: a tag is matched by its normalized form and shown as most posts wrote it.
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        const auto spelled = [](const QString &id, qint64 hour, const QStringList &tags, const QStringList &spellings) {
            Post p = makePost(u"tiktok"_s, id, 3600000 * hour, tags);
            p.hashtagSpellings = spellings;
            return p;
        };
        std::vector<Post> batch;
        for (int i = 0; i < 3; ++i) // 3 × MatchaLatte, later posts
            batch.push_back(spelled(u"m%1"_s.arg(i), 10 + i, {u"matchalatte"_s, u"boba"_s}, {u"MatchaLatte"_s, u"Boba"_s}));
        for (int i = 0; i < 2; ++i) // 2 × matchalatte; boba: 2 × BOBA, earlier than the Boba posts
            batch.push_back(spelled(u"l%1"_s.arg(i), 1 + i, {u"matchalatte"_s, u"boba"_s}, {u"matchalatte"_s, u"BOBA"_s}));
        batch.push_back(makePost(u"tiktok"_s, u"plain"_s, 3600000 * 5, {u"nospelling"_s})); // made in code
        batch.push_back(spelled(u"b0"_s, 20, {u"boba"_s}, {u"Boba"_s}));                    // Boba 4, BOBA 2
        QVERIFY(upsert(repo, batch).ok());
        auto forms = repo.displayForms({u"matchalatte"_s, u"boba"_s, u"nospelling"_s, u"neverstored"_s});
        QVERIFY(forms.ok());
        QCOMPARE(forms.value().value(u"matchalatte"_s), u"MatchaLatte"_s);
        QCOMPARE(forms.value().value(u"boba"_s), u"Boba"_s);
        QCOMPARE(forms.value().value(u"nospelling"_s), u"nospelling"_s);
        QVERIFY(!forms.value().contains(u"neverstored"_s));

        // Re-importing the same posts counts nothing twice: 3 × "matchalatte" again would otherwise win.
        std::vector<Post> again;
        for (int i = 0; i < 2; ++i)
            again.push_back(spelled(u"l%1"_s.arg(i), 1 + i, {u"matchalatte"_s, u"boba"_s}, {u"matchalatte"_s, u"BOBA"_s}));
        for (int round = 0; round < 3; ++round)
            QVERIFY(upsert(repo, again).ok());
        QCOMPARE(repo.displayForms({u"matchalatte"_s}).value().value(u"matchalatte"_s), u"MatchaLatte"_s);

        // A tag an update adds counts once; ties go to the spelling of the earliest post.
        Post tie1 = spelled(u"t1"_s, 30, {u"tiedtag"_s}, {u"TiedTag"_s});
        Post tie2 = spelled(u"t2"_s, 29, {u"tiedtag"_s}, {u"TIEDTAG"_s});
        QVERIFY(upsert(repo, {tie1}).ok());
        Post grown = batch.back(); // b0, stored before; an update below adds tiedtag to it
        QVERIFY(upsert(repo, {tie2}).ok());
        QCOMPARE(repo.displayForms({u"tiedtag"_s}).value().value(u"tiedtag"_s), u"TIEDTAG"_s); // 1:1, hour 29 first
        grown.hashtags = {u"boba"_s, u"tiedtag"_s};
        grown.hashtagSpellings = {u"Boba"_s, u"TiedTag"_s};
        QVERIFY(upsert(repo, {grown}).ok());
        QVERIFY(upsert(repo, {grown}).ok()); // the second time the tag is not new: no second vote
        QCOMPARE(repo.displayForms({u"tiedtag"_s}).value().value(u"tiedtag"_s), u"TiedTag"_s); // 2:1

        // As many posts and the same first post time: the spelling first in UTF-8 byte order ('Z' < 'z'). A tag
        // asked for twice, among many, is answered once.
        QVERIFY(upsert(repo, {spelled(u"z1"_s, 40, {u"zztie"_s}, {u"zzTie"_s}),
                              spelled(u"z2"_s, 40, {u"zztie"_s}, {u"ZZTie"_s})})
                    .ok());
        QStringList many;
        for (int i = 0; i < 500; ++i)
            many << u"absent%1"_s.arg(i) << u"zztie"_s;
        many << u"boba"_s;
        const auto manyForms = repo.displayForms(many);
        QVERIFY(manyForms.ok());
        QCOMPARE(manyForms.value().size(), 2);
        QCOMPARE(manyForms.value().value(u"zztie"_s), u"ZZTie"_s);
        QCOMPARE(manyForms.value().value(u"boba"_s), u"Boba"_s);
        if (!sqlite)
            return; // the rows themselves: SQLite only; the port checks above hold for both
        QSqlQuery query(sqlite->connection());
        QVERIFY(query.exec(u"SELECT s.posts FROM tag_spellings s JOIN tags t ON t.id = s.tag_id "
                           "WHERE t.name = 'boba' AND s.spelling = 'Boba'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
    }

    void anInvalidPostRejectsTheWholeBatch_data() { StorageBackends::addRows(); }
    void anInvalidPostRejectsTheWholeBatch()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        std::vector<Post> batch = postgen::posts(0, 10);
        batch[7].creatorId.clear();
        auto stats = upsert(repo, batch);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code, u"invalid_value"_s);
        QCOMPARE(repo.count().value(), 0);
    }

    void windowIsExclusiveInclusivePerPlatform_data() { StorageBackends::addRows(); }
    void windowIsExclusiveInclusivePerPlatform()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        QVERIFY(upsert(repo, {makePost(u"tiktok"_s, u"a"_s, 1000), makePost(u"tiktok"_s, u"b"_s, 2000),
                             makePost(u"x"_s, u"c"_s, 2000), makePost(u"weibo"_s, u"d"_s, 3000),
                             makePost(u"tiktok"_s, u"e"_s, 3001)})
                    .ok());
        Dataset all = repo.loadDataset(1000, 3000).value();
        QCOMPARE(all.postIds.toList(), (QStringList{u"b"_s, u"c"_s, u"d"_s})); // 1000 excluded, 3000 included
        QCOMPARE(all.newestCreatedAtMs, 3001);                        // of the whole table
        QCOMPARE(all.platforms, (QStringList{u"tiktok"_s, u"x"_s, u"weibo"_s}));
        Dataset some = repo.loadDataset(0, kAll, {u"tiktok"_s, u"weibo"_s, u"unknown"_s}).value();
        QCOMPARE(some.postIds.toList(), (QStringList{u"a"_s, u"b"_s, u"d"_s, u"e"_s}));
        Dataset none = repo.loadDataset(5000, 6000).value();
        QVERIFY(none.posts.empty());
        QCOMPARE(repo.newestCreatedAtMs().value(), std::optional<qint64>(3001));
    }

    void newestOfTheEnabledPlatforms_data() { StorageBackends::addRows(); }
    void newestOfTheEnabledPlatforms()
    {
        // "Latest" is the newest post of the platforms the analyst enabled, not of the whole table
        // (one Instagram file from a later month must not move a Weibo window).
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        QVERIFY(upsert(repo, {makePost(u"weibo"_s, u"a"_s, 5000), makePost(u"instagram"_s, u"b"_s, 900000),
                             makePost(u"weibo"_s, u"c"_s, 7000), makePost(u"tiktok"_s, u"d"_s, 6000)})
                    .ok());
        QCOMPARE(repo.newestCreatedAtMs().value(), std::optional<qint64>(900000));
        QCOMPARE(repo.newestCreatedAtMs({u"weibo"_s}).value(), std::optional<qint64>(7000));
        QCOMPARE(repo.newestCreatedAtMs({u"weibo"_s, u"tiktok"_s}).value(), std::optional<qint64>(7000));
        QCOMPARE(repo.newestCreatedAtMs({u"tiktok"_s}).value(), std::optional<qint64>(6000));
        QCOMPARE(repo.newestCreatedAtMs({u"douyin"_s}).value(), std::optional<qint64>()); // none stored
        QCOMPARE(repo.platformNames().value(), (QStringList{u"instagram"_s, u"tiktok"_s, u"weibo"_s}));
    }

    void postsPerHourOverTheWholeTable_data() { StorageBackends::addRows(); }
    void postsPerHourOverTheWholeTable()
    {
        constexpr qint64 h = 3600000;
        const qint64 base = 1748736000000; // 2025-06-01T00:00Z, a whole hour
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        // Hour 0: two weibo + one tiktok; hour 1: none; hour 2: one weibo at its very start and one
        // tiktok in its last millisecond; one post before 1970 falls into the hour that starts before it.
        QVERIFY(upsert(repo, {makePost(u"weibo"_s, u"a"_s, base), makePost(u"weibo"_s, u"b"_s, base + h - 1),
                             makePost(u"tiktok"_s, u"c"_s, base + 1800000), makePost(u"weibo"_s, u"d"_s, base + 2 * h),
                             makePost(u"tiktok"_s, u"e"_s, base + 3 * h - 1), makePost(u"x"_s, u"f"_s, -1)})
                    .ok());
        const QList<HourCount> all = repo.postsPerHour().value();
        QCOMPARE(all, (QList<HourCount>{{-h, 1}, {base, 3}, {base + 2 * h, 2}}));
        const QList<HourCount> weibo = repo.postsPerHour({u"weibo"_s}).value();
        QCOMPARE(weibo, (QList<HourCount>{{base, 2}, {base + 2 * h, 1}}));
        QCOMPARE(repo.postsPerHour({u"douyin"_s}).value(), QList<HourCount>());
        qint64 total = 0;
        for (const HourCount &c : all)
            total += c.posts;
        QCOMPARE(total, repo.count().value());
    }

    void emptyDatabase_data() { StorageBackends::addRows(); }
    void emptyDatabase()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        QCOMPARE(repo.count().value(), 0);
        QCOMPARE(repo.newestCreatedAtMs().value(), std::optional<qint64>());
        QVERIFY(repo.postsPerHour().value().isEmpty());
        const Dataset data = repo.loadDataset(0, kAll).value();
        QVERIFY(data.posts.empty());
        QVERIFY(repo.postsWithTag(u"x"_s, 0, kAll, 5).value().isEmpty());
    }

    void datasetDoesNotDependOnInsertionOrder_data() { StorageBackends::addRows(); }
    void datasetDoesNotDependOnInsertionOrder()
    {
        // Ties on created_at across platforms and post ids, shared creators and tags.
        std::vector<Post> posts = postgen::posts(0, 3000, 7);
        for (std::size_t i = 0; i < posts.size(); i += 3)
            posts[i].createdAtMs = postgen::kBaseMs + 1000 * qint64(i / 300);
        std::vector<Post> shuffled = posts;
        std::mt19937 random(42);
        std::shuffle(shuffled.begin(), shuffled.end(), random);

        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &inOrder = *storage.posts;
        for (std::size_t i = 0; i < posts.size(); i += 500)
            QVERIFY(upsert(inOrder, std::vector<Post>(posts.begin() + qsizetype(i), posts.begin() + qsizetype(i + 500)))
                        .ok());
        auto other = m_backends.open(backend);
        QVERIFY(other.ok());
        const PostStore &outOfOrder = *other.value().posts;
        // Tags interned in another order too: a few tags first, from the end of the list.
        QVERIFY(upsert(outOfOrder, {postgen::post(2999, 7)}).ok());
        for (std::size_t i = 0; i < shuffled.size(); i += 700) {
            const std::size_t end = std::min(shuffled.size(), i + 700);
            QVERIFY(
                upsert(outOfOrder, std::vector<Post>(shuffled.begin() + qsizetype(i), shuffled.begin() + qsizetype(end)))
                    .ok());
        }
        const qint64 from = postgen::kBaseMs + 100;
        const qint64 to = postgen::kBaseMs + 15000;
        const Dataset a = inOrder.loadDataset(from, to).value();
        const Dataset b = outOfOrder.loadDataset(from, to).value();
        QVERIFY(a.posts.size() > 1000);
        QCOMPARE(describe(a), describe(b));
        QCOMPARE(a.postTags, b.postTags);
        for (std::size_t i = 1; i < a.posts.size(); ++i) {
            const DatasetPost &p = a.posts[i - 1];
            const DatasetPost &q = a.posts[i];
            const auto key = [&a](const DatasetPost &x, std::size_t at) {
                return std::tuple(x.createdAtMs, a.platforms[x.platform], a.postIds.at(qsizetype(at)));
            };
            QVERIFY(key(p, i - 1) < key(q, i));
        }
        // A narrow window is read through the index, a wide one by a table scan: same rules.
        const Dataset narrowA = inOrder.loadDataset(from, postgen::kBaseMs + 3000).value();
        QVERIFY(narrowA.posts.size() > 100 && narrowA.posts.size() * 4 < posts.size());
        QCOMPARE(describe(narrowA), describe(outOfOrder.loadDataset(from, postgen::kBaseMs + 3000).value()));
        QCOMPARE(describe(inOrder.loadDataset(0, kAll).value()), describe(outOfOrder.loadDataset(0, kAll).value()));
    }

    void twoReadersLoadTheSameDataset()
    {
        // Posts in two segments (a filler row pushes the second half's ids into segment 2), with
        // shared creators and names, so the halves intern the same strings in another order.
        PostRepository repo(m_db);
        std::vector<Post> posts = postgen::posts(0, 3000, 7);
        for (std::size_t i = 0; i < posts.size(); i += 5)
            posts[i].creatorName = u"name %1"_s.arg(i % 17);
        std::mt19937 random(7);
        std::shuffle(posts.begin(), posts.end(), random);
        QVERIFY(repo.upsert(std::vector<Post>(posts.begin(), posts.begin() + 1500)).ok());
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"INSERT INTO posts (id, platform_id, post_id, creator_id, created_at_ms, first_seen_ms, "
                           "updated_at_ms) VALUES (%1, 1, 'filler', 'f', 0, 0, 0)"_s.arg(
                               (qint64(2) << postsegments::kBits) - 1)));
        QVERIFY(repo.upsert(std::vector<Post>(posts.begin() + 1500, posts.end())).ok());
        QVERIFY(query.exec(u"DELETE FROM posts WHERE post_id = 'filler'"_s));

        const DatasetLoader oneReader(*m_db, std::numeric_limits<qint64>::max());
        const DatasetLoader twoReaders(*m_db, 1);
        const qint64 from = postgen::kBaseMs + 100;
        const qint64 narrow = postgen::kBaseMs + 3000; // through the window index
        for (qint64 to : {narrow, kAll}) {
            for (const QStringList &platforms : {QStringList(), QStringList{u"tiktok"_s, u"weibo"_s}}) {
                const Dataset a = oneReader.load(from, to, platforms).value();
                const Dataset b = twoReaders.load(from, to, platforms).value();
                QVERIFY(a.posts.size() > 50);
                QCOMPARE(describe(b), describe(a));
                QCOMPARE(b.postTags, a.postTags);
                QCOMPARE(b.creatorNames, a.creatorNames);
            }
        }
    }

    void datasetContents_data() { StorageBackends::addRows(); }
    void datasetContents()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        Post a = makePost(u"tiktok"_s, u"a"_s, 1000, {u"matcha"_s, u"latte"_s});
        a.creatorId = u"c1"_s;
        a.creatorName = u"Old Name"_s;
        a.region = u"US"_s;
        a.likes = 1;
        a.comments = 2;
        a.shares = 3;
        a.saves = 4;
        a.views = 100;
        Post b = makePost(u"tiktok"_s, u"b"_s, 2000, {u"latte"_s});
        b.creatorId = u"c1"_s;
        b.creatorName = u"New Name"_s;
        Post c = makePost(u"x"_s, u"c"_s, 3000, {u"matcha"_s});
        c.creatorId = u"c1"_s; // same creator id on another platform: another creator
        c.region = u"CN-ZJ"_s;
        c.approximateTime = true;
        QVERIFY(upsert(repo, {c, b, a}).ok());
        const Dataset d = repo.loadDataset(0, kAll).value();
        QCOMPARE(d.postIds.toList(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(d.platforms, (QStringList{u"tiktok"_s, u"x"_s}));
        QCOMPARE(d.creators, (QStringList{u"c1"_s, u"c1"_s}));
        QCOMPARE(d.creatorNames, (QStringList{u"New Name"_s, QString()}));
        QCOMPARE(d.regions, (QStringList{u"US"_s, u"CN-ZJ"_s}));
        QCOMPARE(d.tags, (QStringList{u"matcha"_s, u"latte"_s}));
        QCOMPARE(d.posts[0].creator, 0);
        QCOMPARE(d.posts[1].creator, 0);
        QCOMPARE(d.posts[2].creator, 1);
        QCOMPARE(d.posts[1].region, -1);
        QCOMPARE(d.posts[2].region, 1);
        QCOMPARE(d.posts[0].likes + d.posts[0].comments + d.posts[0].shares + d.posts[0].saves, 10);
        QCOMPARE(d.posts[0].views, 100);
        QVERIFY(d.posts[2].approximateTime);
        QCOMPARE(d.posts[0].tagCount, 2);
        QCOMPARE(d.postTags[d.posts[0].tagBegin], 0);
        QCOMPARE(d.postTags[d.posts[0].tagBegin + 1], 1);
        QCOMPARE(d.postTags[d.posts[2].tagBegin], 0);
    }

    void postsWithTagAndHydrate_data() { StorageBackends::addRows(); }
    void postsWithTagAndHydrate()
    {
        std::shared_ptr<Database> sqlite;
        GT_OPEN_STORAGE(m_backends, storage, &sqlite);
        const PostStore &repo = *storage.posts;
        const qint64 hour = 3600000;
        std::vector<Post> posts;
        for (int i = 0; i < 10; ++i) {
            Post p = makePost(i % 2 ? u"tiktok"_s : u"douyin"_s, u"p%1"_s.arg(i), hour * i + 10,
                              i % 3 == 0 ? QStringList{u"matcha"_s, u"tea"_s} : QStringList{u"tea"_s});
            p.text = u"text %1"_s.arg(i);
            p.url = u"https://example.com/%1"_s.arg(i);
            p.creatorName = u"Name %1"_s.arg(i);
            p.region = u"JP"_s;
            p.likes = i;
            posts.push_back(p);
        }
        QVERIFY(upsert(repo, posts).ok());
        auto matcha = repo.postsWithTag(u"matcha"_s, 0, kAll, 0);
        QVERIFY(matcha.ok());
        QStringList ids;
        for (const TopPost &p : matcha.value())
            ids << p.postId;
        QCOMPARE(ids, (QStringList{u"p9"_s, u"p6"_s, u"p3"_s, u"p0"_s})); // newest first
        QCOMPARE(matcha.value().first().text, u"text 9"_s);
        QCOMPARE(matcha.value().first().platform, u"tiktok"_s);
        QCOMPARE(matcha.value().first().likes, 9);
        QCOMPARE(repo.postsWithTag(u"tea"_s, hour * 2 + 10, hour * 5 + 10, 0).value().size(), 3); // p3, p4, p5
        QCOMPARE(repo.postsWithTag(u"tea"_s, 0, kAll, 4).value().size(), 4);
        QVERIFY(repo.postsWithTag(u"coffee"_s, 0, kAll, 4).value().isEmpty());

        const Dataset data = repo.loadDataset(0, kAll).value();
        QList<TopPost> top;
        for (std::size_t i : {std::size_t(7), std::size_t(2)}) {
            TopPost p;
            p.rowId = data.posts[i].rowId;
            top << p;
        }
        TopPost missing;
        missing.rowId = 999999;
        missing.text = u"unchanged"_s;
        top << missing;
        QVERIFY(repo.hydrate(top).ok());
        QCOMPARE(top[0].postId, u"p7"_s);
        QCOMPARE(top[0].text, u"text 7"_s);
        QCOMPARE(top[0].url, u"https://example.com/7"_s);
        QCOMPARE(top[0].creatorName, u"Name 7"_s);
        QCOMPARE(top[0].region, u"JP"_s);
        QCOMPARE(top[1].postId, u"p2"_s);
        QCOMPARE(top[2].text, u"unchanged"_s);
    }

    void indexesSpanSegments()
    {
        // Row ids jump to a later segment between batches (a filler row, deleted again), so the
        // window and tag indexes hold entries of several segments; times interleave across them.
        PostRepository repo(m_db);
        QSqlQuery query(m_db->connection());
        const qint64 segmentRows = qint64(1) << postsegments::kBits;
        std::vector<Post> all;
        for (int s = 0; s < 3; ++s) {
            std::vector<Post> batch;
            for (int i = 0; i < 6; ++i) {
                const qint64 created = 1000 + 1000 * (3 * i + 2 - s); // older segments hold newer posts
                batch.push_back(makePost(i % 2 ? u"tiktok"_s : u"douyin"_s, u"s%1p%2"_s.arg(s).arg(i), created,
                                         i % 3 ? QStringList{u"tea"_s} : QStringList{u"tea"_s, u"matcha"_s}));
            }
            if (s > 0) {
                QVERIFY(query.exec(u"INSERT INTO posts (id, platform_id, post_id, creator_id, created_at_ms, "
                                   "first_seen_ms, updated_at_ms) VALUES (%1, 1, 'filler', 'f', 0, 0, 0)"_s.arg(
                                       segmentRows * (2 * s) - 1)));
            }
            QVERIFY(repo.upsert(batch).ok());
            QVERIFY(query.exec(u"DELETE FROM posts WHERE post_id = 'filler'"_s));
            all.insert(all.end(), batch.begin(), batch.end());
        }
        QVERIFY(query.exec(u"SELECT count(DISTINCT id >> %1) FROM posts"_s.arg(postsegments::kBits)) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        query.finish();

        // Newest first across segments, with a limit and within a time range.
        std::sort(all.begin(), all.end(), [](const Post &a, const Post &b) { return a.createdAtMs > b.createdAtMs; });
        const auto idsOf = [](const QList<TopPost> &posts) {
            QStringList ids;
            for (const TopPost &p : posts)
                ids << p.postId;
            return ids;
        };
        QStringList newestTea;
        for (std::size_t i = 0; i < 5; ++i)
            newestTea << all[i].postId;
        QCOMPARE(idsOf(repo.postsWithTag(u"tea"_s, 0, kAll, 5).value()), newestTea);
        QStringList matchaInRange;
        for (const Post &p : all) {
            if (p.hashtags.contains(u"matcha"_s) && p.createdAtMs > 2000 && p.createdAtMs <= 12000)
                matchaInRange << p.postId;
        }
        QCOMPARE(matchaInRange.size(), 4);
        QCOMPARE(idsOf(repo.postsWithTag(u"matcha"_s, 2000, 12000, 0).value()), matchaInRange);

        // A window of one platform (read through the window index, segment by segment).
        QStringList tiktok;
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            if (it->platform == u"tiktok"_s && it->createdAtMs > 3000 && it->createdAtMs <= 16000)
                tiktok << it->postId;
        }
        QCOMPARE(repo.loadDataset(3000, 16000, {u"tiktok"_s}).value().postIds.toList(), tiktok);
        QCOMPARE(repo.newestCreatedAtMs().value(), std::optional<qint64>(all.front().createdAtMs));

        // Changing the tags of a post of an older segment moves its tag rows there.
        Post moved = makePost(u"douyin"_s, u"s0p0"_s, 5500, {u"coffee"_s});
        QVERIFY(repo.upsert({moved}).ok());
        QCOMPARE(idsOf(repo.postsWithTag(u"coffee"_s, 0, kAll, 0).value()), QStringList{u"s0p0"_s});
        QVERIFY(!idsOf(repo.postsWithTag(u"matcha"_s, 0, kAll, 0).value()).contains(u"s0p0"_s));
    }

    void rawCountsAndOptionalTextsAreKept()
    {
        PostRepository repo(m_db);
        Post p = makePost(u"xiaohongshu"_s, u"r"_s, 1000);
        p.likes = 100000;
        p.rawCounts = {RawCount{u"likes"_s, u"10万+"_s, true}};
        p.language = u"zh"_s;
        p.text = u"抹茶拿铁 #抹茶[话题]#"_s;
        QVERIFY(repo.upsert({p}).ok());
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT raw_counts, language, text, url FROM posts"_s) && query.next());
        QVERIFY(query.value(0).toString().contains(u"10万+"_s));
        QVERIFY(query.value(0).toString().contains(u"\"lower_bound\":true"_s));
        QCOMPARE(query.value(1).toString(), u"zh"_s);
        QCOMPARE(query.value(2).toString(), p.text);
        QVERIFY(query.value(3).isNull());
    }
};

QTEST_GUILESS_MAIN(TestPostRepository)
#include "tst_postrepository.moc"
