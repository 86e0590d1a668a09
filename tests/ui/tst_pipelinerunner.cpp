#include <atomic>
#include <thread>

#include <QSignalSpy>
#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/pipelinerunner.h"

using namespace Qt::StringLiterals;

namespace {

/// What the fake pipelines saw, shared with the worker thread.
struct Probe
{
    std::atomic_int runs{0};
    std::atomic_int loads{0};
    std::atomic_bool release{false};
};

RunResult fakeResult(const PipelineParams &params, const Dataset &data)
{
    RunResult r;
    r.params = params;
    r.postsInWindow = int(data.posts.size());
    r.decisions.push_back(Decision{u"window"_s, u"run"_s, {}, {}, u"computed"_s, {}});
    return r;
}

} // namespace

class TestPipelineRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstGivesOneRunWithTheLastParams()
    {
        auto probe = std::make_shared<Probe>();
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            return fakeResult(p, d);
        });
        runner.setDataset(std::make_shared<const Dataset>(uifixture::makeDataset(10)));
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        PipelineParams p;
        for (int i = 1; i <= 20; ++i) {
            p.minPosts = i; // a slider dragged through twenty values before the event loop runs
            runner.setParams(p);
        }
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(probe->runs.load(), 1);
        QCOMPARE(runner.snapshot().run->params.minPosts, 20);
        QCOMPARE(runner.snapshot().run->postsInWindow, 10);
        QCOMPARE(runner.snapshot().decisionsBySubject->find(runner.snapshot().run->decisions, u"run"_s),
                 std::vector<int>{0});
        QVERIFY(!runner.isBusy());
    }

    void idleRunnerStartsOnTheNextEventLoopTurn()
    {
        auto probe = std::make_shared<Probe>();
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            return fakeResult(p, d);
        });
        QCOMPARE(runner.debounceMs(), 0); // leading edge: no waiting for the burst to end
        runner.setDataset(std::make_shared<const Dataset>(uifixture::makeDataset(3)));
        QSignalSpy started(&runner, &PipelineRunner::started);
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        PipelineParams p;
        p.minPosts = 4;
        runner.setParams(p);
        QVERIFY(runner.isBusy());
        QCOMPARE(started.count(), 0); // the rest of this burst may still join
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 50);
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(runner.snapshot().run->params.minPosts, 4);
    }

    void changesDuringARunAreCoalescedIntoOne()
    {
        auto probe = std::make_shared<Probe>();
        auto seen = std::make_shared<QList<int>>(); // minPosts of every run, in order (worker thread only)
        PipelineRunner runner([probe, seen](const Dataset &d, const PipelineParams &p, const CancelToken &token) {
            seen->append(p.minPosts);
            ++probe->runs;
            // The first run is slow: it returns only once the test has finished moving the slider.
            while (p.minPosts == 1 && !probe->release.load())
                std::this_thread::yield();
            RunResult r = fakeResult(p, d);
            r.cancelled = token.cancelled();
            return r;
        });
        runner.setDataset(std::make_shared<const Dataset>(uifixture::makeDataset(5)));
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        QSignalSpy busy(&runner, &PipelineRunner::busyChanged);
        PipelineParams p;
        p.minPosts = 1;
        runner.setParams(p);
        QTRY_COMPARE(probe->runs.load(), 1);
        // A drag: the slider moves on while the first run is busy, with the event loop turning.
        for (int v = 2; v <= 8; ++v) {
            p.minPosts = v;
            runner.setParams(p);
            QTest::qWait(2);
        }
        probe->release = true;
        QVERIFY(finished.wait());
        QTRY_VERIFY(!runner.isBusy());
        QTest::qWait(20); // nothing else comes
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.snapshot().run->params.minPosts, 8);
        // Two runs, not eight: the cancelled first one and one for the final position.
        QCOMPARE(probe->runs.load(), 2);
        QCOMPARE(*seen, (QList<int>{1, 8}));
        QCOMPARE(runner.droppedResults(), 1);
        // Busy once, through the hand-over from the cancelled run to the trailing one.
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void postsLoadedByACancelledRunAreKept()
    {
        auto probe = std::make_shared<Probe>();
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            return fakeResult(p, d);
        });
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        runner.setSource(
            [probe](const PipelineParams &p) -> Result<std::shared_ptr<const Dataset>> {
                ++probe->loads;
                while (!probe->release.load()) // a big database opening
                    std::this_thread::yield();
                return std::make_shared<const Dataset>(uifixture::makeDataset(p.windowHours));
            },
            [](RunResult &) { return Status(Ok{}); });
        QTRY_COMPARE(probe->loads.load(), 1);
        PipelineParams p = runner.params();
        p.minJaccard = 0.5; // a threshold moved while the posts load
        runner.setParams(p);
        probe->release = true;
        QVERIFY(finished.wait());
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.snapshot().run->params.minJaccard, 0.5);
        QCOMPARE(probe->loads.load(), 1); // the trailing run used the posts the cancelled one loaded
        QCOMPARE(probe->runs.load(), 1);  // and the cancelled one never ran the pipeline
    }

    void aNewSourceDiscardsTheOldSourcesLoad()
    {
        auto probe = std::make_shared<Probe>();
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            return fakeResult(p, d);
        });
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        runner.setSource(
            [probe](const PipelineParams &) -> Result<std::shared_ptr<const Dataset>> {
                ++probe->loads;
                while (!probe->release.load())
                    std::this_thread::yield();
                return std::make_shared<const Dataset>(uifixture::makeDataset(3));
            },
            [](RunResult &) { return Status(Ok{}); });
        QTRY_COMPARE(probe->loads.load(), 1);
        runner.setSource([](const PipelineParams &) -> Result<std::shared_ptr<const Dataset>> { return std::make_shared<const Dataset>(uifixture::makeDataset(11)); },
                         [](RunResult &) { return Status(Ok{}); });
        probe->release = true;
        QVERIFY(finished.wait());
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.snapshot().run->postsInWindow, 11);
    }

    void paramsBeforeASourceWaitForIt()
    {
        PipelineRunner runner([](const Dataset &d, const PipelineParams &p, const CancelToken &) { return fakeResult(p, d); });
        QSignalSpy failed(&runner, &PipelineRunner::failed);
        QSignalSpy started(&runner, &PipelineRunner::started);
        PipelineParams p;
        p.minPosts = 9;
        runner.setParams(p); // the window sets the configured thresholds before a database is open
        QTest::qWait(20);
        QCOMPARE(started.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!runner.isBusy());
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        runner.setSource([](const PipelineParams &) -> Result<std::shared_ptr<const Dataset>> { return std::make_shared<const Dataset>(uifixture::makeDataset(2)); },
                         [](RunResult &) { return Status(Ok{}); });
        QVERIFY(finished.wait());
        QCOMPARE(runner.snapshot().run->params.minPosts, 9);
    }

    void staleResultsAreDropped()
    {
        auto probe = std::make_shared<Probe>();
        // This fake ignores the token on purpose: even a run that cannot stop must not be shown late.
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            if (p.minPosts == 1) {
                while (!probe->release.load())
                    std::this_thread::yield();
            }
            return fakeResult(p, d);
        });
        runner.setDataset(std::make_shared<const Dataset>(uifixture::makeDataset(5)));
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        PipelineParams first;
        first.minPosts = 1;
        runner.setParams(first);
        runner.runNow();
        QTRY_COMPARE(probe->runs.load(), 1); // the slow run is on the worker
        PipelineParams second;
        second.minPosts = 7;
        runner.setParams(second);
        runner.runNow();
        probe->release = true;
        QVERIFY(finished.wait());
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.snapshot().run->params.minPosts, 7);
        QCOMPARE(runner.droppedResults(), 1);
    }

    void cancellationIsHonoured()
    {
        auto probe = std::make_shared<Probe>();
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &token) {
            ++probe->runs;
            while (!token.cancelled() && !probe->release.load())
                std::this_thread::yield();
            RunResult r = fakeResult(p, d);
            r.cancelled = token.cancelled();
            return r;
        });
        runner.setDataset(std::make_shared<const Dataset>(uifixture::makeDataset(5)));
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        QSignalSpy busy(&runner, &PipelineRunner::busyChanged);
        runner.runNow();
        QTRY_COMPARE(probe->runs.load(), 1);
        runner.cancel();
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(finished.count(), 0);
        QVERIFY(runner.snapshot().isNull());
        QCOMPARE(busy.count(), 2);
    }

    void loadsOnlyWhenTheSpanGrows()
    {
        auto probe = std::make_shared<Probe>();
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            return fakeResult(p, d);
        });
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        runner.setSource(
            [probe](const PipelineParams &p) -> Result<std::shared_ptr<const Dataset>> {
                ++probe->loads;
                return std::make_shared<const Dataset>(uifixture::makeDataset(p.windowHours));
            },
            [](RunResult &) { return Status(Ok{}); });
        QVERIFY(finished.wait());
        QCOMPARE(probe->loads.load(), 1);
        QCOMPARE(runner.snapshot().run->postsInWindow, 24);

        PipelineParams p = runner.params();
        p.minJaccard = 0.5; // a threshold: the posts in memory do
        runner.setParams(p);
        QVERIFY(finished.wait());
        QCOMPARE(probe->loads.load(), 1);

        p.windowHours = 12; // a shorter span is inside the loaded one
        runner.setParams(p);
        QVERIFY(finished.wait());
        QCOMPARE(probe->loads.load(), 1);

        p.windowHours = 48; // a longer one needs the database
        runner.setParams(p);
        QVERIFY(finished.wait());
        QCOMPARE(probe->loads.load(), 2);
        QCOMPARE(runner.snapshot().run->postsInWindow, 48);
    }

    void asOfIsResolvedOncePerSource()
    {
        auto probe = std::make_shared<Probe>();
        auto asOfCalls = std::make_shared<std::atomic_int>(0);
        PipelineRunner runner([probe](const Dataset &d, const PipelineParams &p, const CancelToken &) {
            ++probe->runs;
            return fakeResult(p, d); // the run's params carry the as_of it ran with
        });
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        const auto load = [probe](const PipelineParams &p) -> Result<std::shared_ptr<const Dataset>> {
            ++probe->loads;
            return std::make_shared<const Dataset>(uifixture::makeDataset(p.windowHours));
        };
        const auto hydrate = [](RunResult &) { return Status(Ok{}); };
        const auto asOf = [asOfCalls](const QStringList &) -> Result<qint64> { return qint64(++*asOfCalls) * 1000; };
        QVERIFY(!runner.params().asOfMs.has_value()); // "now": resolved by asOf

        runner.setSource(load, hydrate, asOf);
        QVERIFY(finished.wait());
        QCOMPARE(asOfCalls->load(), 1);
        QCOMPARE(runner.snapshot().run->params.asOfMs.value_or(-1), qint64(1000));

        PipelineParams p = runner.params();
        p.minJaccard = 0.5; // runs on the posts in memory share their as_of
        runner.setParams(p);
        QVERIFY(finished.wait());
        runner.runNow();
        QVERIFY(finished.wait());
        QCOMPARE(probe->runs.load(), 3);
        QCOMPARE(asOfCalls->load(), 1);
        QCOMPARE(runner.snapshot().run->params.asOfMs.value_or(-1), qint64(1000));

        runner.setSource(load, hydrate, asOf); // another database: its own newest post
        QVERIFY(finished.wait());
        QCOMPARE(asOfCalls->load(), 2);
        QCOMPARE(runner.snapshot().run->params.asOfMs.value_or(-1), qint64(2000));

        // A dataset set after a source does not run with that source's as_of.
        runner.setDataset(std::make_shared<const Dataset>(uifixture::makeDataset(5)));
        runner.runNow();
        QVERIFY(finished.wait());
        QCOMPARE(asOfCalls->load(), 2);
        QVERIFY(!runner.snapshot().run->params.asOfMs.has_value()); // left to the pipeline: the dataset's newest post
        QCOMPARE(runner.snapshot().run->postsInWindow, 5);
    }

    void latestFollowsTheEnabledPlatforms()
    {
        // "Latest" is resolved for the enabled platforms: another choice of platforms resolves it
        // again (and loads again); with a fixed as_of, a subset of what is loaded needs no load.
        auto probe = std::make_shared<Probe>();
        auto asked = std::make_shared<QList<QStringList>>();
        PipelineRunner runner([](const Dataset &d, const PipelineParams &p, const CancelToken &) { return fakeResult(p, d); });
        QSignalSpy finished(&runner, &PipelineRunner::finished);
        const auto load = [probe](const PipelineParams &p) -> Result<std::shared_ptr<const Dataset>> {
            ++probe->loads;
            return std::make_shared<const Dataset>(uifixture::makeDataset(p.windowHours));
        };
        const auto asOf = [asked](const QStringList &platforms) -> Result<qint64> {
            asked->append(platforms);
            return platforms.isEmpty() ? qint64(9000) : qint64(4000);
        };
        runner.setSource(load, [](RunResult &) { return Status(Ok{}); }, asOf);
        QVERIFY(finished.wait());
        QCOMPARE(runner.snapshot().run->params.asOfMs, qint64(9000));

        PipelineParams p = runner.params();
        p.enabledPlatforms = {u"weibo"_s};
        runner.setParams(p);
        QVERIFY(finished.wait());
        QCOMPARE(*asked, (QList<QStringList>{{}, {u"weibo"_s}}));
        QCOMPARE(runner.snapshot().run->params.asOfMs, qint64(4000));
        QCOMPARE(probe->loads.load(), 2);

        p.enabledPlatforms.clear();
        p.asOfMs = 5000; // a fixed time, loaded for every platform …
        runner.setParams(p);
        QVERIFY(finished.wait());
        QCOMPARE(probe->loads.load(), 3);
        p.enabledPlatforms = {u"weibo"_s}; // … serves any subset
        runner.setParams(p);
        QVERIFY(finished.wait());
        QCOMPARE(probe->loads.load(), 3);
        QCOMPARE(asked->size(), 2);
    }

    void loadErrorsAreReported()
    {
        PipelineRunner runner([](const Dataset &d, const PipelineParams &p, const CancelToken &) { return fakeResult(p, d); });
        QSignalSpy failed(&runner, &PipelineRunner::failed);
        runner.setSource([](const PipelineParams &) -> Result<std::shared_ptr<const Dataset>> { return Error{u"io"_s, u"disk gone"_s, {}}; }, {});
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().toString(), u"disk gone"_s);
    }
};

QTEST_GUILESS_MAIN(TestPipelineRunner)
#include "tst_pipelinerunner.moc"
