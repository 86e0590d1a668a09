#include <limits>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/preparedbatch.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kAll = std::numeric_limits<qint64>::max();

Post makePost(const QString &platform, const QString &id, const QStringList &tags = {})
{
    Post p;
    p.platform = platform;
    p.postId = id;
    p.creatorId = u"creator-"_s % id;
    p.createdAtMs = 1000;
    p.hashtags = tags;
    return p;
}

QByteArray textOf(const PreparedBatch &batch, const PreparedBatch::Row &row, PreparedBatch::Text text)
{
    return QByteArray(batch.text(row, text), row.textSize[text]);
}

QByteArray tagName(const PreparedBatch &batch, std::int32_t index)
{
    const PreparedBatch::TagName &name = batch.tagNames()[std::size_t(index)];
    return QByteArray(batch.utf8() + name.begin, name.size);
}

} // namespace

class TestPreparedBatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesCopiesAndEncodesTexts()
    {
        Post first = makePost(u"tiktok"_s, u"1"_s, {u"抹茶"_s, u"tea"_s});
        first.creatorName = u"小鹿 ✨"_s;
        first.likes = 1;
        Post other = makePost(u"douyin"_s, u"1"_s, {u"tea"_s, u"coffee"_s});
        other.url = u"https://example.com/1"_s;
        other.rawCounts = {RawCount{u"likes"_s, u"1.2万"_s, false}};
        Post again = makePost(u"tiktok"_s, u"1"_s);
        again.likes = 7;
        const PreparedBatch batch(std::vector<Post>{first, other, again});

        QVERIFY(!batch.error());
        QCOMPARE(batch.size(), std::size_t(3));
        QCOMPARE(batch.duplicates(), 1);
        QCOMPARE(batch.rows().size(), std::size_t(2));
        QCOMPARE(batch.platforms(), (std::vector<QString>{u"tiktok"_s, u"douyin"_s}));

        const PreparedBatch::Row &tiktok = batch.rows()[0];
        QCOMPARE(tiktok.platform, 0);
        QCOMPARE(tiktok.post->likes, 7);                      // the later copy wins
        QCOMPARE(tiktok.post->hashtags.size(), qsizetype(2)); // and keeps the tags it lacks
        QCOMPARE(textOf(batch, tiktok, PreparedBatch::PostId), QByteArray("1"));
        QCOMPARE(textOf(batch, tiktok, PreparedBatch::CreatorName), u"小鹿 ✨"_s.toUtf8());
        QCOMPARE(textOf(batch, tiktok, PreparedBatch::Url), QByteArray());

        const PreparedBatch::Row &douyin = batch.rows()[1];
        QCOMPARE(douyin.platform, 1);
        QCOMPARE(textOf(batch, douyin, PreparedBatch::Url), QByteArray("https://example.com/1"));
        QVERIFY(textOf(batch, douyin, PreparedBatch::RawCounts).contains("1.2万"));

        // Distinct names once per batch; each post lists its own, in order.
        QCOMPARE(batch.tagNames().size(), std::size_t(3));
        QCOMPARE(tiktok.tagEnd - tiktok.tagBegin, 2u);
        QCOMPARE(tagName(batch, batch.tagIndices()[tiktok.tagBegin]), u"抹茶"_s.toUtf8());
        QCOMPARE(tagName(batch, batch.tagIndices()[tiktok.tagBegin + 1]), QByteArray("tea"));
        QCOMPARE(batch.tagIndices()[douyin.tagBegin], batch.tagIndices()[tiktok.tagBegin + 1]);
        QCOMPARE(tagName(batch, batch.tagIndices()[douyin.tagBegin + 1]), QByteArray("coffee"));
    }

    void aPostWithoutIdentityIsAnError()
    {
        Post incomplete = makePost(u"tiktok"_s, u"2"_s);
        incomplete.creatorId.clear();
        const PreparedBatch batch(std::vector<Post>{makePost(u"tiktok"_s, u"1"_s), incomplete});
        QVERIFY(batch.error());
        QCOMPARE(batch.error()->code, u"invalid_value"_s);
    }

    /// Tag ids come from the writer's cache, from the table (a writer that has not seen them), or
    /// are created: every way gives one row per name and an index that finds every post.
    void tagIdsFromCacheTableOrNew()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"t.db"_s));
        QVERIFY(db.ok());
        {
            PostRepository warm(db.value());
            QVERIFY(warm.upsert(PreparedBatch(std::vector<Post>{makePost(u"tiktok"_s, u"1"_s, {u"tea"_s})})).ok());
            QVERIFY(warm.upsert(PreparedBatch(std::vector<Post>{makePost(u"tiktok"_s, u"2"_s, {u"tea"_s})})).ok());
        }
        PostRepository cold(db.value());
        auto stored = cold.upsert(PreparedBatch(
            std::vector<Post>{makePost(u"tiktok"_s, u"3"_s, {u"tea"_s, u"matcha"_s}),
                              makePost(u"x"_s, u"3"_s, {u"matcha"_s}), makePost(u"tiktok"_s, u"1"_s, {u"matcha"_s})}));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().inserted, 2);
        QCOMPARE(stored.value().updated, 1);

        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT name) FROM tags"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QCOMPARE(query.value(1).toInt(), 2);
        QCOMPARE(cold.postsWithTag(u"tea"_s, 0, kAll, 0).value().size(), 2);    // 2, 3 (1 moved to matcha)
        QCOMPARE(cold.postsWithTag(u"matcha"_s, 0, kAll, 0).value().size(), 3); // 1, 3, x/3
    }

    /// Posts go into the table several per statement: new and stored posts mixed within one
    /// statement's share still get their own rows, counts and tag index entries.
    void newAndStoredPostsInterleaved()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"t.db"_s));
        QVERIFY(db.ok());
        PostRepository repo(db.value());
        const auto post = [](int i, const QString &tag) {
            Post p = makePost(i % 3 ? u"tiktok"_s : u"douyin"_s, u"p%1"_s.arg(i), {tag});
            p.createdAtMs = 1000 + i;
            p.likes = i;
            return p;
        };
        std::vector<Post> stored;
        for (int i = 0; i < 70; i += 2)
            stored.push_back(post(i, u"old"_s));
        for (int i = 60; i < 70; ++i) // a run of stored posts, then one of new ones
            stored.push_back(post(i, u"old"_s));
        QCOMPARE(repo.upsert(stored).value().inserted, 40);
        std::vector<Post> batch;
        for (int i = 0; i < 90; ++i) {
            batch.push_back(post(i, u"new"_s));
            batch.back().likes = 1000 + i;
        }
        auto result = repo.upsert(PreparedBatch(std::move(batch)));
        QVERIFY(result.ok());
        QCOMPARE(result.value().inserted, 50);
        QCOMPARE(result.value().updated, 40);
        QCOMPARE(repo.count().value(), 90);

        QVERIFY(repo.postsWithTag(u"old"_s, 0, kAll, 0).value().isEmpty());
        const QList<TopPost> tagged = repo.postsWithTag(u"new"_s, 0, kAll, 0).value();
        QCOMPARE(tagged.size(), 90);
        for (const TopPost &p : tagged) {
            const int i = p.postId.mid(1).toInt();
            QCOMPARE(p.likes, 1000 + i);       // the row the index names is this post's
            QCOMPARE(p.createdAtMs, 1000 + i); // and its entry has the post's time
            QCOMPARE(p.platform, i % 3 ? u"tiktok"_s : u"douyin"_s);
        }
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM post_tags"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 90);
    }
};

QTEST_GUILESS_MAIN(TestPreparedBatch)
#include "tst_preparedbatch.moc"
