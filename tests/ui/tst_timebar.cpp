#include <QAbstractButton>
#include <QThread>
#include <QDateTimeEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "ui/widgets/rangeedit.h"
#include "ui/widgets/timebar.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kH = 3600000;
const qint64 kBase = 1748736000000; // 2025-06-01T00:00Z

} // namespace

/// The time bar: as-of (editor, Latest, Now, timeline), window presets and free hours, baseline count.
class TestTimeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndAppliesTheParams()
    {
        TimeBar bar;
        QSignalSpy changed(&bar, &TimeBar::timeChanged);
        PipelineParams p;
        p.asOfMs = kBase;
        p.windowHours = 72;
        p.baselineWindows = 5;
        bar.setParams(p);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(bar.asOfEdit()->dateTime().toMSecsSinceEpoch(), kBase);
        QCOMPARE(bar.hoursEdit()->text(), u"72"_s);
        QVERIFY(bar.presetButton(72)->isChecked());
        QVERIFY(!bar.presetButton(24)->isChecked());
        QVERIFY(!bar.latestButton()->isChecked());
        PipelineParams out;
        bar.applyTo(out);
        QCOMPARE(out.asOfMs, kBase);
        QCOMPARE(out.windowHours, 72);
        QCOMPARE(out.baselineWindows, 5);
    }

    void presetsAndFreeHours()
    {
        TimeBar bar;
        QSignalSpy changed(&bar, &TimeBar::timeChanged);
        bar.presetButton(720)->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.windowHours(), 720);
        QVERIFY(bar.presetButton(720)->isChecked());
        QVERIFY(!bar.presetButton(24)->isChecked());
        QCOMPARE(bar.hoursEdit()->text(), u"720"_s);
        // A free value up to 90 days; no preset lights up for it.
        bar.hoursEdit()->selectAll();
        QTest::keyClicks(bar.hoursEdit(), u"2000"_s);
        QTest::keyClick(bar.hoursEdit(), Qt::Key_Return);
        QCOMPARE(bar.windowHours(), 2000);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!bar.presetButton(720)->isChecked());
    }

    void outOfRangeIsRefusedAndReported()
    {
        TimeBar bar;
        QSignalSpy changed(&bar, &TimeBar::timeChanged);
        QSignalSpy refused(&bar, &TimeBar::refused);
        bar.hoursEdit()->selectAll();
        QTest::keyClicks(bar.hoursEdit(), u"2161"_s);
        QTest::keyClick(bar.hoursEdit(), Qt::Key_Return);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(bar.windowHours(), 24);
        QVERIFY(bar.hoursEdit()->isRefused());
        bar.baselineEdit()->selectAll();
        QTest::keyClicks(bar.baselineEdit(), u"0"_s);
        QTest::keyClick(bar.baselineEdit(), Qt::Key_Return);
        QCOMPARE(refused.count(), 2);
        QCOMPARE(bar.baselineWindows(), 3);
    }

    void asOfFromEditorLatestNowAndTimeline()
    {
        TimeBar bar;
        bar.setResolvedAsOf(kBase);
        QVERIFY(bar.latestButton()->isChecked());
        QCOMPARE(bar.asOfEdit()->dateTime().toMSecsSinceEpoch(), kBase); // where Latest is
        QSignalSpy changed(&bar, &TimeBar::timeChanged);

        bar.asOfEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(kBase - 5 * kH, QTimeZone::utc()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.asOfMs(), kBase - 5 * kH);
        QVERIFY(!bar.latestButton()->isChecked());

        bar.latestButton()->click();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(bar.asOfMs(), 0);
        QVERIFY(bar.latestButton()->isChecked());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        bar.nowButton()->click();
        QCOMPARE(changed.count(), 3);
        QVERIFY(bar.asOfMs() > before - 61000 && bar.asOfMs() <= QDateTime::currentMSecsSinceEpoch());

        Q_EMIT bar.timeline()->asOfPicked(kBase + 7 * kH);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(bar.asOfMs(), kBase + 7 * kH);
        QCOMPARE(bar.asOfEdit()->dateTime().toMSecsSinceEpoch(), kBase + 7 * kH);
    }

    void loadsPostsPerHourOffTheGuiThread()
    {
        TimeBar bar;
        QSignalSpy loaded(&bar, &TimeBar::hoursLoaded);
        auto calls = std::make_shared<QStringList>();
        const Qt::HANDLE gui = QThread::currentThreadId();
        auto offGui = std::make_shared<std::atomic_bool>(true);
        bar.setHoursSource(
            [calls, gui, offGui](const QStringList &platforms) -> Result<QList<HourCount>> {
                if (QThread::currentThreadId() == gui)
                    *offGui = false;
                return QList<HourCount>{{kBase, qint64(platforms.size() + 1)}};
            },
            {u"weibo"_s});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(offGui->load());
        QCOMPARE(loaded.first().first().toString(), QString());
        QCOMPARE(bar.timeline()->hours(), (QList<HourCount>{{kBase, 2}}));
        bar.reloadHours({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(bar.timeline()->hours(), (QList<HourCount>{{kBase, 1}}));
        // A failure is reported.
        bar.setHoursSource(
            [](const QStringList &) -> Result<QList<HourCount>> {
                return Error{u"io"_s, u"gone"_s, {}};
            },
            {});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30000);
        QCOMPARE(loaded.last().first().toString(), u"gone"_s);
    }
};

QTEST_MAIN(TestTimeBar)
#include "tst_timebar.moc"
