// WriteBehindRunStore over a real RunRepository on a temporary SQLite database: save() answers before the write,
// every read sees the runs saved before it, a failed write is reported to the reads of that run, at most maxQueued
// runs wait, and destroying the store writes what is queued.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/service/writebehindrunstore.h"
#include "core/storage/database.h"
#include "core/storage/runrepository.h"

using namespace Qt::StringLiterals;

namespace {

RunResult makeRun(const QString &id, qint64 asOfMs)
{
    RunResult run;
    run.runId = id;
    run.asOfMs = asOfMs;
    run.params.asOfMs = asOfMs;
    run.params.windowHours = 24;
    run.windowStartMs = asOfMs - 24 * 3600000LL;
    run.baselineStartMs = run.windowStartMs - 3 * 24 * 3600000LL;
    run.postsInWindow = 10;
    ClusterResult cluster;
    cluster.trendId = id + u"-matcha"_s;
    cluster.anchor = u"matcha"_s;
    cluster.title = u"#matcha"_s;
    cluster.isTrend = true;
    cluster.rank = 1;
    cluster.urgency = u"act_now"_s;
    run.clusters = {cluster};
    Decision d;
    d.stage = u"validation"_s;
    d.subject = cluster.trendId;
    d.rule = u"min_growth"_s;
    d.outcome = u"pass"_s;
    d.message = u"growth 3.0× ≥ 2.0×"_s;
    run.decisions = {d};
    return run;
}

/// The real repository, with a gate that holds each write until the test opens it, and a run id whose write
/// fails as a full disk would.
class GatedRunStore final : public RunStore
{
public:
    explicit GatedRunStore(std::shared_ptr<const RunStore> inner) : m_inner(std::move(inner)) {}

    Status save(const RunResult &run) const override
    {
        if (run.runId.startsWith(u"ungated-"_s))
            return m_inner->save(run);
        std::unique_lock lock(m_mutex);
        m_waiting.fetch_add(1);
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open; });
        m_waiting.fetch_sub(1);
        if (run.runId == u"fails"_s)
            return Error{u"storage"_s, u"database or disk is full"_s, {}};
        return m_inner->save(run);
    }
    Result<QList<RunSummary>> listRuns(int limit, int offset) const override { return m_inner->listRuns(limit, offset); }
    Result<std::optional<QString>> latestRunId() const override { return m_inner->latestRunId(); }
    Result<std::shared_ptr<RunResult>> loadRun(const QString &id) const override { return m_inner->loadRun(id); }
    Result<QList<ClusterResult>> tiles(const QString &id, const TileQuery &q) const override
    {
        return m_inner->tiles(id, q);
    }
    Result<std::optional<ClusterResult>> trend(const QString &id, const QString &t) const override
    {
        return m_inner->trend(id, t);
    }
    Result<DecisionPage> decisions(const QString &id, const DecisionQuery &q) const override
    {
        return m_inner->decisions(id, q);
    }
    Result<RunSummary> summary(const QString &id) const override { return m_inner->summary(id); }

    void open()
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    /// Waits until `n` writes are held at the gate.
    bool waitForWaiting(int n)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(30), [&] { return m_waiting.load() >= n; });
    }

private:
    std::shared_ptr<const RunStore> m_inner;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    mutable std::atomic<int> m_waiting{0};
    bool m_open = false;
};

} // namespace

class TestWriteBehindRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"runs.db"_s));
        auto db = Database::open(m_dir.filePath(u"runs.db"_s));
        QVERIFY(db.ok());
        m_repo = std::make_shared<RunRepository>(db.value());
        m_gate = std::make_shared<GatedRunStore>(m_repo);
    }

    void saveAnswersBeforeTheWriteAndReadsWaitForIt()
    {
        WriteBehindRunStore store(m_gate);
        QVERIFY(store.save(std::make_shared<const RunResult>(makeRun(u"run-a"_s, 1748822400000))).ok());
        QVERIFY(m_gate->waitForWaiting(1)); // the write is held, yet save() has answered
        QVERIFY(!m_repo->latestRunId().value().has_value());

        std::atomic<bool> read{false};
        qint64 total = 0;
        std::thread reader([&] {
            total = store.decisions(u"run-a"_s).value().total;
            read = true;
        });
        QTest::qWait(100);
        QVERIFY(!read); // the read waits for the run saved before it
        m_gate->open();
        reader.join();
        QCOMPARE(total, 1);
        QCOMPARE(store.latestRunId().value(), std::optional<QString>(u"run-a"_s));
        const auto tiles = store.tiles(u"run-a"_s);
        QVERIFY(tiles.ok());
        QCOMPARE(tiles.value().size(), 1);
        QCOMPARE(tiles.value().first().anchor, u"matcha"_s);
    }

    /// What GET /api/v1/tiles reads (the latest run, its summary, its tiles, a trend) is answered from the queued
    /// run while its write waits, and the answers are those of the written run.
    void tileReadsOfAQueuedRunAreAnsweredAtOnce()
    {
        RunResult run = makeRun(u"run-q"_s, 1748822400000);
        run.savedAtMs = 1748822500000;
        run.durationMs = 42;
        ClusterResult second = run.clusters.first();
        second.trendId = u"run-q-boba"_s;
        second.anchor = u"boba"_s;
        second.rank = 2;
        second.urgency = u"monitor"_s;
        second.platforms = {u"douyin"_s, u"tiktok"_s};
        ClusterResult notATrend = second;
        notATrend.trendId = u"run-q-noise"_s;
        notATrend.anchor = u"noise"_s;
        notATrend.isTrend = false;
        notATrend.rank = 0;
        notATrend.urgency.clear();
        run.clusters = {notATrend, second, run.clusters.first()}; // listed out of rank order
        WriteBehindRunStore store(m_gate);
        QVERIFY(store.save(std::make_shared<const RunResult>(run)).ok());
        QVERIFY(m_gate->waitForWaiting(1)); // held at the gate: every answer below comes from the queued run

        const std::optional<QString> latest = store.latestRunId().value();
        const RunSummary summary = store.summary(u"run-q"_s).value();
        const QList<TileQuery> queries = {TileQuery{}, TileQuery{u"tiktok"_s, {}, 0}, TileQuery{{}, u"act_now"_s, 0},
                                          TileQuery{{}, {}, 1}, TileQuery{u"weibo"_s, {}, 0}};
        QList<QStringList> anchors;
        for (const TileQuery &q : queries) {
            QStringList a;
            for (const ClusterResult &c : store.tiles(u"run-q"_s, q).value())
                a << c.anchor;
            anchors << a;
        }
        const auto trend = store.trend(u"run-q"_s, u"run-q-noise"_s).value();
        const auto missing = store.trend(u"run-q"_s, u"nope"_s).value();
        QCOMPARE(m_gate->waitForWaiting(1), true); // still held
        QCOMPARE(latest, std::optional<QString>(u"run-q"_s));
        QCOMPARE(anchors, (QList<QStringList>{{u"matcha"_s, u"boba"_s}, {u"boba"_s}, {u"matcha"_s}, {u"matcha"_s}, {}}));
        QVERIFY(trend.has_value() && trend->anchor == u"noise"_s);
        QVERIFY(!missing.has_value());

        // Written, the store answers the same.
        m_gate->open();
        store.flush();
        QCOMPARE(m_repo->latestRunId().value(), latest);
        const RunSummary stored = m_repo->summary(u"run-q"_s).value();
        QCOMPARE(stored.createdAtMs, summary.createdAtMs);
        QCOMPARE(stored.asOfMs, summary.asOfMs);
        QCOMPARE(stored.windowHours, summary.windowHours);
        QCOMPARE(stored.postsInWindow, summary.postsInWindow);
        QCOMPARE(stored.clusters, summary.clusters);
        QCOMPARE(stored.trends, summary.trends);
        QCOMPARE(stored.decisions, summary.decisions);
        QCOMPARE(stored.durationMs, summary.durationMs);
        for (qsizetype i = 0; i < queries.size(); ++i) {
            QStringList a;
            for (const ClusterResult &c : m_repo->tiles(u"run-q"_s, queries.at(i)).value())
                a << c.anchor;
            QCOMPARE(a, anchors.at(i));
        }
        QCOMPARE(m_repo->trend(u"run-q"_s, u"run-q-noise"_s).value()->anchor, u"noise"_s);
    }

    /// A read of a written run does not wait for a run queued after it (a GET /tiles of the previous run while the
    /// next one is written).
    void aReadOfAWrittenRunDoesNotWaitForLaterOnes()
    {
        WriteBehindRunStore store(m_gate, 4);
        QVERIFY(store.save(makeRun(u"ungated-old"_s, 1748822400000)).ok());
        store.flush();
        QVERIFY(store.save(makeRun(u"held"_s, 1748822500000)).ok());
        QVERIFY(m_gate->waitForWaiting(1));
        const auto tiles = store.tiles(u"ungated-old"_s); // would hang here if it waited for "held"
        QVERIFY(tiles.ok());
        QCOMPARE(tiles.value().size(), 1);
        QCOMPARE(store.decisions(u"ungated-old"_s).value().total, 1);
        QVERIFY(store.summary(u"ungated-old"_s).ok());
        QVERIFY(m_gate->waitForWaiting(1)); // still held
        m_gate->open();
    }

    /// The list of runs (what CachedReads asks for "the latest run") is answered with the runs not yet written
    /// merged in, in the order the store lists them once written: by saving time, a run saved again once.
    void theListOfRunsMergesTheQueuedOnes()
    {
        WriteBehindRunStore store(m_gate, 8);
        const auto stamped = [](const QString &id, qint64 savedAtMs) {
            RunResult run = makeRun(id, 1748822400000);
            run.savedAtMs = savedAtMs;
            return run;
        };
        for (const auto &[id, at] : {std::pair{u"ungated-1"_s, 1000}, {u"ungated-2"_s, 2000}, {u"ungated-again"_s, 2500},
                                     {u"ungated-late"_s, 9000}}) // "late": a clock ahead of this one's
            QVERIFY(store.save(stamped(id, at)).ok());
        store.flush();
        QVERIFY(store.save(stamped(u"held-3"_s, 3000)).ok());
        QVERIFY(store.save(stamped(u"held-4"_s, 4000)).ok());
        QVERIFY(m_gate->waitForWaiting(1));
        QVERIFY(store.save(stamped(u"ungated-again"_s, 5000)).ok()); // saved again, after the held ones

        const auto ids = [](const Result<QList<RunSummary>> &runs) {
            QStringList out;
            for (const RunSummary &r : runs.value())
                out << u"%1@%2"_s.arg(r.runId).arg(r.createdAtMs);
            return out;
        };
        const QStringList all = ids(store.listRuns(0));
        const QStringList page = ids(store.listRuns(2, 1));
        const auto latest = store.latestRunId().value();
        QVERIFY(m_gate->waitForWaiting(1)); // all of that answered while held
        QCOMPARE(all, (QStringList{u"ungated-late@9000"_s, u"ungated-again@5000"_s, u"held-4@4000"_s, u"held-3@3000"_s,
                                   u"ungated-2@2000"_s, u"ungated-1@1000"_s}));
        QCOMPARE(page, all.mid(1, 2));
        QCOMPARE(latest, std::optional<QString>(u"ungated-late"_s));
        m_gate->open();
        store.flush();
        QCOMPARE(ids(m_repo->listRuns(0)), all);
        QCOMPARE(ids(m_repo->listRuns(2, 1)), page);
    }

    void runsAreWrittenInTheOrderSaved()
    {
        WriteBehindRunStore store(m_gate, 8);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.save(makeRun(u"run-%1"_s.arg(i), 1748822400000 + i)).ok());
        m_gate->open();
        const auto runs = store.listRuns(10);
        QVERIFY(runs.ok());
        QCOMPARE(runs.value().size(), 5);
        QCOMPARE(runs.value().first().runId, u"run-4"_s); // the last saved is the latest
        QCOMPARE(store.latestRunId().value(), std::optional<QString>(u"run-4"_s));
    }

    void aFailedWriteIsTheAnswerOfItsReads()
    {
        WriteBehindRunStore store(m_gate);
        m_gate->open();
        QVERIFY(store.save(makeRun(u"fails"_s, 1748822400000)).ok());
        store.flush(); // while queued, its tiles are answered as discover answered them; once it failed, its error
        const auto tiles = store.tiles(u"fails"_s);
        QVERIFY(!tiles.ok());
        QCOMPARE(tiles.error().message, u"database or disk is full"_s);
        QVERIFY(!store.loadRun(u"fails"_s).ok());
        // Saved again and written, the run is there.
        QVERIFY(store.save(makeRun(u"ok"_s, 1748822400000)).ok());
        QVERIFY(store.summary(u"ok"_s).ok());
    }

    void atMostMaxQueuedRunsWait()
    {
        WriteBehindRunStore store(m_gate, 2);
        QVERIFY(store.save(makeRun(u"q1"_s, 1)).ok());
        QVERIFY(store.save(makeRun(u"q2"_s, 2)).ok());
        QVERIFY(m_gate->waitForWaiting(1));
        std::atomic<bool> third{false};
        std::thread saver([&] {
            QVERIFY(store.save(makeRun(u"q3"_s, 3)).ok());
            third = true;
        });
        QTest::qWait(100);
        QVERIFY(!third); // two are queued: the third save waits for the oldest
        m_gate->open();
        saver.join();
        QVERIFY(third);
    }

    void destroyingTheStoreWritesWhatIsQueued()
    {
        {
            WriteBehindRunStore store(m_gate, 4);
            QVERIFY(store.save(makeRun(u"late-1"_s, 1)).ok());
            QVERIFY(store.save(makeRun(u"late-2"_s, 2)).ok());
            QVERIFY(m_gate->waitForWaiting(1));
            std::thread opener([gate = m_gate] {
                QThread::msleep(100);
                gate->open();
            });
            opener.detach();
        } // the destructor waits for both writes
        QCOMPARE(m_repo->listRuns(10).value().size(), 2);
    }

    void aRunWithoutIdIsRefusedAtOnce()
    {
        WriteBehindRunStore store(m_gate);
        m_gate->open();
        QCOMPARE(store.save(RunResult()).error().code, u"invalid_value"_s);
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<RunRepository> m_repo;
    std::shared_ptr<GatedRunStore> m_gate;
};

QTEST_GUILESS_MAIN(TestWriteBehindRunStore)
#include "tst_writebehindrunstore.moc"
