#include <QTest>

#include "core/pipeline/window.h"
#include "tests/core/pipeline/datasetbuilder.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// Window stage: (as_of − hours, as_of] and the baseline windows before it, enabled platforms only.
class TestWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotsFollowTheHalfOpenWindows()
    {
        // 24 h windows, 3 baseline windows: baseline spans (as_of − 96 h, as_of − 24 h].
        DatasetBuilder b;
        b.add(Row().hoursAgo(0))       // p1: exactly at as_of → current (end is inclusive)
            .add(Row().hoursAgo(23.9)) // p2: current
            .add(Row().hoursAgo(24))   // p3: exactly as_of − 24 h → not current (start exclusive): newest baseline
            .add(Row().hoursAgo(48.5)) // p4: middle baseline window
            .add(Row().hoursAgo(95.9)) // p5: oldest baseline window
            .add(Row().hoursAgo(96))   // p6: on the exclusive start of the oldest baseline → not counted
            .add(Row().hoursAgo(-1));  // p7: after as_of → not counted
        PipelineParams params;
        params.asOfMs = kAsOf;
        std::vector<Decision> log;
        const WindowPlan w = planWindow(b.build(), params, log, CancelToken());
        QCOMPARE(w.asOfMs, kAsOf);
        QCOMPARE(w.windowStartMs, kAsOf - 24 * kHour);
        QCOMPARE(w.baselineStartMs, kAsOf - 96 * kHour);
        QCOMPARE(w.hourBuckets, 96);
        const std::vector<std::int32_t> expected{3, 3, 2, 1, 0, -1, -1};
        QCOMPARE(w.slot, expected);
        QCOMPARE(w.postsInWindow, 2);
        QCOMPARE(w.postsInBaseline, 3);
        // the summary, then one coverage decision per baseline window, oldest first
        QCOMPARE(log.size(), std::size_t(4));
        QCOMPARE(log.front().stage, u"window"_s);
        QCOMPARE(log.front().values.value(u"posts_in_window"_s).toInt(), 2);
        // volume_k = 1 in each baseline window ≥ 0.25 × volume_0 = 0.5: all covered, spans back to back
        QCOMPARE(w.baseline.size(), std::size_t(3));
        for (int s = 0; s < 3; ++s) {
            const BaselineWindow &bw = w.baseline[std::size_t(s)];
            QCOMPARE(bw.index, 3 - s);
            QCOMPARE(bw.startMs, kAsOf - (96 - 24 * s) * kHour);
            QCOMPARE(bw.endMs, bw.startMs + 24 * kHour);
            QCOMPARE(bw.volume, 1);
            QVERIFY(bw.covered);
            QCOMPARE(log[std::size_t(s) + 1].rule, u"window.min_baseline_coverage"_s);
            QCOMPARE(log[std::size_t(s) + 1].outcome, u"kept"_s);
        }
        QCOMPARE(w.coveredWindows, 3);
        QCOMPARE(w.coveredVolume, 3);
        // at min_baseline_coverage 1 (volume_k ≥ 2) none is: the run says so once more, with the reason
        params.minBaselineCoverage = 1.0;
        log.clear();
        const WindowPlan strict = planWindow(b.build(), params, log, CancelToken());
        QCOMPARE(strict.coveredWindows, 0);
        QCOMPARE(log.size(), std::size_t(5));
        QVERIFY2(log[1].message.contains(u"uncovered, left out of the baseline: volume_3 = 1, "
                                         "window.min_baseline_coverage × volume_0 = 1 × 2 = 2 and 1 < 2"_s),
                 qPrintable(log[1].message));
        QVERIFY(log[4].message.startsWith(u"no baseline data"_s));
    }

    void asOfDefaultsToTheNewestPost()
    {
        DatasetBuilder b;
        b.add(Row().hoursAgo(5)).add(Row().hoursAgo(2));
        Dataset d = b.build();
        QCOMPARE(resolveAsOf(d, std::nullopt), kAsOf - 2 * kHour);
        d.newestCreatedAtMs = kAsOf; // the newest stored post, which may be outside the loaded span
        QCOMPARE(resolveAsOf(d, std::nullopt), kAsOf);
        QCOMPARE(resolveAsOf(d, 0), 0); // epoch 0 is a time like any other (issue 15, finding 8)
        QCOMPARE(resolveAsOf(d, 42), 42);
        std::vector<Decision> log;
        const WindowPlan w = planWindow(d, PipelineParams(), log, CancelToken());
        QCOMPARE(w.asOfMs, kAsOf);
        QVERIFY(log.front().message.contains(u"newest post"_s));
    }

    void disabledPlatformsDoNotCount()
    {
        DatasetBuilder b;
        b.add(Row().on(u"tiktok"_s).hoursAgo(1)).add(Row().on(u"weibo"_s).hoursAgo(1));
        PipelineParams params;
        params.asOfMs = kAsOf;
        params.enabledPlatforms = {u"tiktok"_s};
        std::vector<Decision> log;
        const WindowPlan w = planWindow(b.build(), params, log, CancelToken());
        QCOMPARE(w.slot[0], 3);
        QCOMPARE(w.slot[1], -1);
        QCOMPARE(log.front().values.value(u"posts_of_disabled_platforms"_s).toInt(), 1);
    }

    void platformWeightsDefaultToOne()
    {
        DatasetBuilder b;
        b.add(Row().on(u"tiktok"_s)).add(Row().on(u"weibo"_s));
        PipelineParams params;
        params.platformWeights.insert(u"weibo"_s, 0.5);
        std::vector<Decision> log;
        const WindowPlan w = planWindow(b.build(), params, log, CancelToken());
        QCOMPARE(w.platformWeight, (std::vector<double>{1.0, 0.5}));
    }
};

QTEST_GUILESS_MAIN(TestWindow)
#include "tst_window.moc"
