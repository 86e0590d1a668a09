#include <QSignalSpy>
#include <QTest>

#include "ui/widgets/timeline.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kH = 3600000;
const qint64 kBase = 1748736000000; // 2025-06-01T00:00Z

} // namespace

/// The timeline strip: bars per hour or per day, the windows' extent, click and drag.
class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hourlyBarsOverAShortSpan()
    {
        Timeline t;
        t.setHours({{kBase, 3}, {kBase + 2 * kH, 5}, {kBase + 47 * kH, 1}});
        QCOMPARE(t.bucketHours(), 1);
        QCOMPARE(t.rangeStartMs(), kBase);
        QCOMPARE(t.rangeEndMs(), kBase + 48 * kH);
        QCOMPARE(t.buckets().size(), 48);
        QCOMPARE(t.buckets()[0], 3);
        QCOMPARE(t.buckets()[1], 0);
        QCOMPARE(t.buckets()[2], 5);
        QCOMPARE(t.buckets()[47], 1);
    }

    void dailyBarsOverALongSpan()
    {
        // 30 days of posts: one bar per UTC day, the hours of a day summed.
        Timeline t;
        t.setHours({{kBase + 1 * kH, 2}, {kBase + 23 * kH, 4}, {kBase + 24 * kH, 7}, {kBase + 30 * 24 * kH, 1}});
        QCOMPARE(t.bucketHours(), 24);
        QCOMPARE(t.rangeStartMs(), kBase);
        QCOMPARE(t.buckets().size(), 31);
        QCOMPARE(t.buckets()[0], 6);
        QCOMPARE(t.buckets()[1], 7);
        QCOMPARE(t.buckets()[30], 1);
    }

    void theSpanIncludesTheWindows()
    {
        // A baseline before the first post is drawn (that is where coverage is missing).
        Timeline t;
        t.setHours({{kBase, 1}, {kBase + 10 * kH, 1}});
        const TimelineWindow current{kBase + 4 * kH, kBase + 10 * kH, true};
        const QList<TimelineWindow> baseline{{kBase - 2 * kH, kBase + 4 * kH, true},
                                             {kBase - 8 * kH, kBase - 2 * kH, false}};
        t.setWindows(current, baseline);
        QCOMPARE(t.rangeStartMs(), kBase - 8 * kH);
        QCOMPARE(t.rangeEndMs(), kBase + 11 * kH);
        QCOMPARE(t.currentWindow(), current);
        QCOMPARE(t.baselineWindows(), baseline);
    }

    void clickPutsTheAsOfOnTheNearestHour()
    {
        Timeline t;
        t.resize(808, 64);
        t.setHours({{kBase, 1}, {kBase + 99 * kH, 1}}); // 100 hours over 792 px
        t.setWindows({kBase + 40 * kH, kBase + 64 * kH, true}, {});
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QSignalSpy picked(&t, &Timeline::asOfPicked);
        const int x = int(std::lround(t.xAt(kBase + 30 * kH + 20 * 60000))); // 30 h 20 min
        QTest::mouseClick(&t, Qt::LeftButton, {}, QPoint(x, 20));
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.first().first().toLongLong(), kBase + 30 * kH);
        QCOMPARE(t.timeAt(t.xAt(kBase + 77 * kH)), kBase + 77 * kH);
    }

    void dragMovesTheWindowAndPicksOnRelease()
    {
        Timeline t;
        t.resize(808, 64);
        t.setHours({{kBase, 1}, {kBase + 99 * kH, 1}});
        t.setWindows({kBase + 40 * kH, kBase + 64 * kH, true}, {});
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        QSignalSpy picked(&t, &Timeline::asOfPicked);
        const QPoint from(int(std::lround(t.xAt(kBase + 64 * kH))), 20);
        const QPoint to(int(std::lround(t.xAt(kBase + 80 * kH))), 20);
        QTest::mousePress(&t, Qt::LeftButton, {}, from);
        QTest::mouseMove(&t, to);
        QCOMPARE(picked.count(), 0); // nothing re-runs while the analyst drags
        QCOMPARE(t.dragAsOfMs(), kBase + 80 * kH);
        QTest::mouseRelease(&t, Qt::LeftButton, {}, to);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.first().first().toLongLong(), kBase + 80 * kH);
        QCOMPARE(t.dragAsOfMs(), 0);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
