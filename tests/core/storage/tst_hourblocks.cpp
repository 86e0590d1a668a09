// The block road of DatasetLoader (issue 13): hour blocks give exactly the row road's Dataset, every write to a
// post drops the blocks of its hours, a damaged or vanished block is read again from the rows, and blocks built
// from rows that moved meanwhile are not stored.
#include <limits>
#include <random>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/changemarker.h"
#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
#include "core/storage/hourblock.h"
#include "core/storage/hourblocktable.h"
#include "core/storage/postrepository.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/sqlitestatement.h"
#include "tests/core/storage/datasetdescription.h"
#include "tests/core/storage/postgenerator.h"

using namespace Qt::StringLiterals;
using hourblock::kHourMs;
using postgen::describe;

namespace {

/// 3,000 posts over 30 hours and 7 platforms; names vary: every third post has none, and a creator's name
/// changes with the hour, so "the newest post's name" differs by span.
std::vector<Post> spreadPosts()
{
    std::vector<Post> posts = postgen::posts(0, 3000, 36 * 1000); // one post every 36 s: 100 an hour
    for (std::size_t i = 0; i < posts.size(); ++i) {
        Post &p = posts[i];
        p.creatorId = u"c%1"_s.arg(i % 401); // creators post in many hours
        p.creatorName = i % 3 == 0 ? QString() : u"名字 %1 h%2"_s.arg(i % 401).arg(i / 100);
    }
    std::mt19937 random(13);
    std::shuffle(posts.begin(), posts.end(), random);
    return posts;
}

qint64 countBlocks(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT count(*) FROM hour_blocks"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

bool hasBlock(Database &db, qint64 hour)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT 1 FROM hour_blocks WHERE hour = ?"_s);
    query.addBindValue(hour);
    return query.exec() && query.next();
}

} // namespace

class TestHourBlocks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;

    /// Loads by both roads and compares everything a Dataset holds.
    void compareRoads(qint64 from, qint64 to, const QStringList &platforms = {})
    {
        const Dataset rows = DatasetLoader(*m_db, DatasetLoader::kRowsForTwoReaders, false).load(from, to, platforms).value();
        constexpr qint64 kNever = std::numeric_limits<qint64>::max();
        // Blocks decoded on one thread, and split between two (then merged) from a few bytes on.
        for (const qint64 bytesForTwo : {kNever, qint64(1)}) {
            Result<Dataset> blocks = DatasetLoader(*m_db, 1, true, bytesForTwo).load(from, to, platforms);
            QVERIFY2(blocks.ok(), qPrintable(blocks.ok() ? QString() : blocks.error().message));
            QCOMPARE(describe(blocks.value()), describe(rows));
            QCOMPARE(blocks.value().postTags, rows.postTags);
            QCOMPARE(blocks.value().creatorNames, rows.creatorNames);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::open(m_dir->filePath(u"t.db"_s)).value();
        PostRepository repo(m_db);
        const std::vector<Post> posts = spreadPosts();
        for (std::size_t i = 0; i < posts.size(); i += 500)
            QVERIFY(repo.upsert(PreparedBatch(std::vector<Post>(posts.begin() + qsizetype(i),
                                                                posts.begin() + qsizetype(i + 500))))
                        .ok());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void aBlockReadsBackWhatWasWritten()
    {
        hourblock::Post a;
        a.rowId = 7;
        a.createdAtMs = -1; // before 1970: hour -1
        a.likes = 1'000'000'000'000'000;
        a.views = -1;
        a.platformId = 3;
        a.postId = "p-1";
        a.creator = "创作者";
        a.creatorName = "名字";
        a.region = "CN-ZJ";
        a.tagIds = {5, 0, 2'000'000'000};
        a.creatorKey = 1;
        a.creatorNumber = 77;
        a.nameKey = 1;
        a.regionKey = 1;
        hourblock::Post b = a;
        b.creatorKey = 2; // the same id on another platform
        b.creatorNumber = 78;
        b.rowId = 3; // row ids need not ascend
        b.createdAtMs = 0;
        b.views = 0;
        b.approximateTime = true;
        b.creatorName = {};
        b.region = {};
        b.tagIds.clear();
        b.platformId = 9;
        hourblock::Writer writer;
        writer.add(a);
        writer.add(b);
        const QByteArray bytes = writer.finish();

        Result<hourblock::Reader> opened = hourblock::Reader::open(bytes);
        QVERIFY(opened.ok());
        hourblock::Reader &reader = opened.value();
        QCOMPARE(reader.postCount(), 2);
        QCOMPARE(reader.creatorCount(), std::size_t(2)); // the same id on two platforms: two creators
        hourblock::Reader::SlotPost p;
        std::vector<std::int32_t> tags;
        QVERIFY(reader.next(p, tags));
        QCOMPARE(p.rowId, 7);
        QCOMPARE(p.createdAtMs, -1);
        QCOMPARE(p.likes, 1'000'000'000'000'000);
        QCOMPARE(p.views, -1);
        QCOMPARE(reader.platformId(p.platform), 3);
        QCOMPARE(reader.creator(p.creator), QByteArrayView("创作者"));
        QCOMPARE(reader.creatorNumber(p.creator), 77);
        QCOMPARE(reader.name(std::size_t(p.name)), QByteArrayView("名字"));
        QCOMPARE(reader.region(std::size_t(p.region)), QByteArrayView("CN-ZJ"));
        QCOMPARE(tags, (std::vector<std::int32_t>{5, 0, 2'000'000'000}));
        QCOMPARE(p.postId, QByteArrayView("p-1"));
        tags.clear();
        QVERIFY(reader.next(p, tags));
        QCOMPARE(p.rowId, 3);
        QCOMPARE(p.createdAtMs, 0);
        QCOMPARE(p.views, 0);
        QVERIFY(p.approximateTime);
        QCOMPARE(p.name, -1);
        QCOMPARE(p.region, -1);
        QVERIFY(tags.empty());
        QCOMPARE(reader.platformId(p.platform), 9);
        QCOMPARE(reader.creatorNumber(p.creator), 78);
        QVERIFY(!reader.next(p, tags));
        QVERIFY(!reader.error());

        QCOMPARE(hourblock::hourOf(-1), -1);
        QCOMPARE(hourblock::hourOf(0), 0);
        QCOMPARE(hourblock::hourOf(kHourMs - 1), 0);
        QCOMPARE(hourblock::hourOf(-kHourMs), -1);
        QCOMPARE(hourblock::hourOf(-kHourMs - 1), -2);
    }

    void aDamagedBlockIsAnErrorNeverACrash()
    {
        const std::vector<Post> posts = postgen::posts(0, 40);
        hourblock::Writer writer;
        for (const Post &post : posts) {
            hourblock::Post p;
            p.rowId = post.createdAtMs % 1000;
            p.createdAtMs = post.createdAtMs;
            p.likes = post.likes;
            const QByteArray id = post.postId.toUtf8(), creator = post.creatorId.toUtf8();
            p.postId = id;
            p.creator = creator;
            p.tagIds = {1, 2, 3};
            p.creatorKey = qint64(&post - posts.data());
            writer.add(p);
        }
        const QByteArray good = writer.finish();
        const auto readAll = [](QByteArrayView bytes) {
            Result<hourblock::Reader> opened = hourblock::Reader::open(bytes);
            if (!opened)
                return false;
            hourblock::Reader::SlotPost p;
            std::vector<std::int32_t> tags;
            while (opened.value().next(p, tags)) {
            }
            return !opened.value().error();
        };
        QVERIFY(readAll(good));
        for (qsizetype cut = 0; cut < good.size(); ++cut)
            QVERIFY2(!readAll(QByteArrayView(good).first(cut)), qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY(!readAll(QByteArray(good + "x"))); // trailing bytes
        std::mt19937 random(5);
        for (int flip = 0; flip < 2000; ++flip) {
            QByteArray bad = good;
            bad[qsizetype(random() % std::uint32_t(bad.size()))] = char(random());
            (void)readAll(bad); // any answer but a crash (ASan/UBSan builds check the reads)
        }
    }

    void blocksGiveTheRowRoadsDataset_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("platforms");
        const qint64 base = postgen::kBaseMs; // an hour boundary
        QTest::newRow("hour edges") << base - 1 << base + 10 * kHourMs - 1 << QStringList();
        QTest::newRow("mid-hour edges") << base + 1234567 << base + 7 * kHourMs + 99 << QStringList();
        QTest::newRow("exclusive start on a post") << base + 36000 << base + 5 * kHourMs << QStringList();
        QTest::newRow("two platforms") << base + 100 << base + 20 * kHourMs + 5 << QStringList{u"weibo"_s, u"x"_s};
        QTest::newRow("past the newest post") << base + 25 * kHourMs << base + 60 * kHourMs << QStringList();
        QTest::newRow("one millisecond") << base + 72000 - 1 << base + 72000 << QStringList();
        QTest::newRow("before every post") << base - 5 * kHourMs << base - 1 << QStringList();
    }
    void blocksGiveTheRowRoadsDataset()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QStringList, platforms);
        QCOMPARE(countBlocks(*m_db), 0);
        compareRoads(from, to, platforms); // builds the blocks
        QVERIFY(countBlocks(*m_db) > 0 || to < postgen::kBaseMs);
        compareRoads(from, to, platforms); // reads them
        compareRoads(postgen::kBaseMs - 1, postgen::kBaseMs + 30 * kHourMs, platforms); // some stored, some built
        QVERIFY(countBlocks(*m_db) >= 30); // and empty hours before the posts have empty blocks
        compareRoads(from, to, platforms);
    }

    void everyWriteDropsTheBlocksOfItsHours()
    {
        const qint64 base = postgen::kBaseMs;
        const qint64 from = base - 1, to = base + 30 * kHourMs;
        compareRoads(from, to);
        QCOMPARE(countBlocks(*m_db), 30);
        const qint64 firstHour = hourblock::hourOf(base);

        // A new post in hour 4.
        PostRepository repo(m_db);
        Post fresh = postgen::post(100000);
        fresh.createdAtMs = base + 4 * kHourMs + 17;
        QVERIFY(repo.upsert(PreparedBatch({fresh})).ok());
        QVERIFY(!hasBlock(*m_db, firstHour + 4));
        QCOMPARE(countBlocks(*m_db), 29);
        compareRoads(from, to);
        QVERIFY(hasBlock(*m_db, firstHour + 4));

        // A post seen again, newer counts and moved from hour 0 to hour 12: both hours drop their block.
        Post moved = postgen::post(5);
        moved.creatorId = u"c5"_s;
        moved.createdAtMs = base + 12 * kHourMs + 3;
        moved.likes += 1000;
        moved.capturedAtMs = base + 40 * kHourMs;
        QVERIFY(repo.upsert(PreparedBatch({moved})).ok());
        QVERIFY(!hasBlock(*m_db, firstHour));
        QVERIFY(!hasBlock(*m_db, firstHour + 12));
        QCOMPARE(countBlocks(*m_db), 28);
        compareRoads(from, to);
        const Dataset after = DatasetLoader(*m_db).load(from, to, {}).value();
        const auto at = after.postIds.toList().indexOf(u"p5"_s);
        QVERIFY(at >= 0);
        QCOMPARE(after.posts[std::size_t(at)].createdAtMs, moved.createdAtMs);

        // A deleted row (not a road of the product, but of a hand-edited database).
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"DELETE FROM posts WHERE post_id = 'p1500'"_s));
        QVERIFY(!hasBlock(*m_db, firstHour + 15));
        compareRoads(from, to);
    }

    void aDamagedOrVanishedBlockIsReadFromTheRows()
    {
        const qint64 from = postgen::kBaseMs - 1, to = postgen::kBaseMs + 30 * kHourMs;
        compareRoads(from, to);
        const qint64 hour = hourblock::hourOf(postgen::kBaseMs) + 7;
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"UPDATE hour_blocks SET data = substr(data, 1, 40) WHERE hour = %1"_s.arg(hour)));
        QVERIFY(DatasetLoader(*m_db).load(from, to, {}).ok()); // warns, reads the rows
        QCOMPARE(countBlocks(*m_db), 0);                       // and drops the span's blocks
        compareRoads(from, to);                                // which the next load builds again
        QCOMPARE(countBlocks(*m_db), 30);
        QVERIFY(query.exec(u"UPDATE hour_blocks SET data = x'00' WHERE hour = %1"_s.arg(hour)));
        compareRoads(from, to);
    }

    void blocksOfRowsThatMovedMeanwhileAreNotStored()
    {
        auto native = SqliteStatement::nativeHandle(m_db->connection());
        QVERIFY(native.ok());
        const ChangeMarker before = changemarker::read(native.value()).value();
        hourblock::Writer empty;
        const std::map<qint64, QByteArray> blocks{{42, empty.finish()}};
        PostRepository repo(m_db);
        QVERIFY(repo.upsert(PreparedBatch({postgen::post(200000)})).ok());
        QCOMPARE(hourblocktable::store(*m_db, before, blocks).value(), false);
        QCOMPARE(countBlocks(*m_db), 0);
        const ChangeMarker now = changemarker::read(native.value()).value();
        QCOMPARE(hourblocktable::store(*m_db, now, blocks).value(), true);
        QCOMPARE(countBlocks(*m_db), 1);
    }
};

QTEST_GUILESS_MAIN(TestHourBlocks)
#include "tst_hourblocks.moc"
