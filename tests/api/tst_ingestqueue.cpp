#include <QtTest>

#include <QSqlQuery>

#include "core/service/ingestqueue.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"

using namespace Qt::StringLiterals;

/// The group commit behind POST /api/v1/posts: batches queued while the writer is busy share one
/// transaction, yet each batch gets its own exact counts; a failing batch fails alone; close()
/// stores everything submitted; a full queue makes producers wait.
class TestIngestQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::shared_ptr<Database> freshDatabase()
    {
        auto db = Database::open(m_dir.filePath(u"q%1.db"_s.arg(++m_dbCount)));
        return db ? db.value() : nullptr;
    }

    static Post post(const QString &id, const QString &creator = u"c"_s)
    {
        Post p;
        p.platform = u"tiktok"_s;
        p.postId = id;
        p.creatorId = creator;
        p.text = u"post "_s + id;
        p.hashtags = {u"matcha"_s, u"tag"_s + id};
        p.likes = 3;
        p.createdAtMs = 1748779200000LL - 60000;
        return p;
    }

    static std::vector<Post> posts(const QString &prefix, int first, int n)
    {
        std::vector<Post> out;
        for (int i = first; i < first + n; ++i)
            out.push_back(post(prefix + QString::number(i)));
        return out;
    }

    static qint64 stored(const std::shared_ptr<Database> &db)
    {
        auto n = PostRepository(db).count();
        return n ? n.value() : -1;
    }

    /// Holds SQLite's write lock from another thread's connection until release(), so that the
    /// writer blocks in BEGIN IMMEDIATE and everything submitted meanwhile forms one group.
    struct WriteLock
    {
        explicit WriteLock(std::shared_ptr<Database> db)
        {
            thread.reset(QThread::create([this, db] {
                {
                    QSqlQuery q(db->connection());
                    held = q.exec(u"BEGIN IMMEDIATE"_s);
                    locked.release();
                    released.acquire();
                    q.exec(u"COMMIT"_s);
                }
            }));
            thread->start();
            locked.acquire();
        }
        void release()
        {
            if (!thread)
                return;
            released.release();
            thread->wait();
            thread.reset();
        }
        ~WriteLock() { release(); }

        std::unique_ptr<QThread> thread;
        QSemaphore locked, released;
        bool held = false;
    };

    /// Collects completions (they run on the writer thread).
    struct Results
    {
        std::mutex mutex;
        std::map<int, Result<IngestCounts>> byBatch;
        QSemaphore arrived;

        IngestQueue::Done doneFor(int batch)
        {
            return [this, batch](Result<IngestCounts> r) {
                {
                    const std::lock_guard lock(mutex);
                    byBatch.emplace(batch, std::move(r));
                }
                arrived.release();
            };
        }
        bool waitFor(int n) { return arrived.tryAcquire(n, 30000); }
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void batchesQueuedWhileTheWriterIsBusyShareOneCommit()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        IngestQueue queue(std::make_shared<PostRepository>(db));
        Results results;
        constexpr int kBatches = 10;
        {
            WriteLock lock(db);
            QVERIFY(lock.held);
            for (int b = 0; b < kBatches; ++b)
                QVERIFY(queue.submit(posts(u"g"_s, b * 100, 100), results.doneFor(b)));
            QTest::qWait(50);
            QCOMPARE(results.byBatch.size(), std::size_t(0)); // nothing acknowledged before its commit
        }
        QVERIFY(results.waitFor(kBatches));
        for (int b = 0; b < kBatches; ++b) {
            const Result<IngestCounts> &r = results.byBatch.at(b);
            QVERIFY(r.ok());
            QCOMPARE(r.value().inserted, 100);
            QCOMPARE(r.value().updated, 0);
        }
        // The writer waited for the lock, then took everything that had queued meanwhile.
        QCOMPARE(queue.commits(), 1);
        QCOMPARE(stored(db), qint64(kBatches) * 100);
    }

    /// Batches of one group that carry the same posts: each is counted as if stored alone, in
    /// submission order (the first to carry a post inserts it, the later ones update it).
    void countsArePerBatchInsideAGroup()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        IngestQueue queue(std::make_shared<PostRepository>(db));
        Results results;
        {
            WriteLock lock(db);
            QVERIFY(queue.submit({post(u"x"_s), post(u"y"_s)}, results.doneFor(0)));
            QVERIFY(queue.submit({post(u"y"_s), post(u"z"_s)}, results.doneFor(1)));
            QVERIFY(queue.submit({post(u"x"_s), post(u"x"_s)}, results.doneFor(2)));
            QVERIFY(queue.submit({post(u"w"_s)}, results.doneFor(3)));
        }
        QVERIFY(results.waitFor(4));
        const auto counts = [&](int b) { return results.byBatch.at(b).value(); };
        QCOMPARE(counts(0).inserted, 2);
        QCOMPARE(counts(0).updated, 0);
        QCOMPARE(counts(1).inserted, 1);
        QCOMPARE(counts(1).updated, 1);
        QCOMPARE(counts(2).inserted, 0);
        QCOMPARE(counts(2).updated, 2);
        QCOMPARE(counts(3).inserted, 1);
        QCOMPARE(counts(3).updated, 0);
        QCOMPARE(stored(db), 4);
    }

    void aFailingBatchFailsAloneAndTheRestOfItsGroupIsStored()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        IngestQueue queue(std::make_shared<PostRepository>(db));
        Results results;
        {
            WriteLock lock(db);
            QVERIFY(queue.submit(posts(u"ok1-"_s, 0, 50), results.doneFor(0)));
            QVERIFY(queue.submit(posts(u"ok2-"_s, 0, 50), results.doneFor(1)));
            std::vector<Post> bad = posts(u"bad"_s, 0, 50);
            bad[10].creatorId.clear(); // storage refuses the whole batch
            QVERIFY(queue.submit(std::move(bad), results.doneFor(2)));
            QVERIFY(queue.submit(posts(u"ok3-"_s, 0, 50), results.doneFor(3)));
        }
        QVERIFY(results.waitFor(4));
        QVERIFY(results.byBatch.at(0).ok());
        QVERIFY(results.byBatch.at(1).ok());
        QVERIFY(!results.byBatch.at(2).ok());
        QVERIFY(results.byBatch.at(3).ok());
        QCOMPARE(results.byBatch.at(3).value().inserted, 50);
        QCOMPARE(stored(db), 150);

        // The writer goes on working after the rollback (its id caches were dropped with it).
        QVERIFY(queue.submit(posts(u"after"_s, 0, 5), results.doneFor(4)));
        QVERIFY(results.waitFor(1));
        QCOMPARE(results.byBatch.at(4).value().inserted, 5);
        QCOMPARE(stored(db), 155);
    }

    void closeStoresEverythingSubmittedAndRefusesMore()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        Results results;
        IngestQueue queue(std::make_shared<PostRepository>(db));
        constexpr int kBatches = 20;
        for (int b = 0; b < kBatches; ++b)
            QVERIFY(queue.submit(posts(u"c"_s, b * 200, 200), results.doneFor(b)));
        queue.close();
        QCOMPARE(results.arrived.available(), kBatches); // every completion ran before close() returned
        for (int b = 0; b < kBatches; ++b)
            QCOMPARE(results.byBatch.at(b).value().inserted, 200);
        QCOMPARE(stored(db), qint64(kBatches) * 200);
        bool called = false;
        QVERIFY(!queue.submit(posts(u"late"_s, 0, 1), [&called](Result<IngestCounts>) { called = true; }));
        QVERIFY(!called);
        queue.close(); // again: nothing happens
    }

    void aFullQueueMakesProducersWait()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        IngestQueue queue(std::make_shared<PostRepository>(db), IngestQueue::Limits{100, 1000});
        Results results;
        WriteLock lock(db);
        // The writer waits for the lock before it takes anything: batch 0 fills the queue.
        QVERIFY(queue.submit(posts(u"p"_s, 0, 100), results.doneFor(0)));
        std::atomic_bool secondReturned = false;
        std::unique_ptr<QThread> producer(QThread::create([&] {
            (void)queue.submit(posts(u"p"_s, 100, 100), results.doneFor(1));
            secondReturned = true;
        }));
        producer->start();
        QTest::qWait(300);
        QVERIFY(!secondReturned.load());
        lock.release();
        QVERIFY(producer->wait(30000));
        QVERIFY(secondReturned.load());
        QVERIFY(results.waitFor(2));
        QCOMPARE(results.byBatch.at(0).value().inserted, 100);
        QCOMPARE(results.byBatch.at(1).value().inserted, 100);
        QCOMPARE(stored(db), 200);
    }

    /// Batches that arrive while a group is being stored join it; a later batch is never
    /// acknowledged before an earlier one it shares a transaction with.
    void batchesArrivingDuringAGroupJoinIt()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        IngestQueue queue(std::make_shared<PostRepository>(db));
        Results results;
        constexpr int kBatches = 40;
        for (int b = 0; b < kBatches; ++b)
            QVERIFY(queue.submit(posts(u"j"_s, b * 500, 500), results.doneFor(b)));
        QVERIFY(results.waitFor(kBatches));
        QVERIFY2(queue.commits() < kBatches, qPrintable(QString::number(queue.commits())));
        QCOMPARE(stored(db), qint64(kBatches) * 500);
    }
};

QTEST_GUILESS_MAIN(TestIngestQueue)
#include "tst_ingestqueue.moc"
