// The charts' axes, threshold line, baseline shading and hover values (issue 11, the walkthrough's defects).
#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLineSeries>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include "tests/ui/runfixture.h"
#include "ui/charts/growthchart.h"
#include "ui/charts/timeticks.h"
#include "ui/charts/velocitychart.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kAsOf = 1748736000000; // 2025-06-01 00:00 UTC, a midnight

template <typename T>
T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->name() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTimeTicks()
    {
        // 96 h (four days) from a midnight: at most 5 ticks → one a day; at most 9 → every 12 h.
        TimeTicks t = TimeTicks::forRange(kAsOf - 96 * kHour, kAsOf, 5);
        QCOMPARE(t.stepMs, 24 * kHour);
        QCOMPARE(t.startMs, kAsOf - 96 * kHour);
        QCOMPARE(t.endMs, kAsOf);
        QCOMPARE(t.count, 5);
        QCOMPARE(t.format, u"MM-dd"_s);
        t = TimeTicks::forRange(kAsOf - 96 * kHour, kAsOf, 9);
        QCOMPARE(t.stepMs, 12 * kHour);
        QCOMPARE(t.count, 9);
        QCOMPARE(t.format, u"MM-dd HH:mm"_s);
        // Off the hour: widened to whole steps, never more than one step each side.
        t = TimeTicks::forRange(kAsOf - 96 * kHour + 30 * 60000, kAsOf - 10 * 60000, 5);
        QCOMPARE(t.startMs, kAsOf - 96 * kHour);
        QCOMPARE(t.endMs, kAsOf);
        QCOMPARE(t.count, 5);
        // 24 h with room for 7: every 6 h (4 steps, 5 ticks) — 4 h is not a step, 3 h would need 9.
        t = TimeTicks::forRange(kAsOf - 24 * kHour, kAsOf, 7);
        QCOMPARE(t.stepMs, 6 * kHour);
        QCOMPARE(t.count, 5);
        // 90 days + baselines (360 d) in 6 ticks: whole multiples of 30 days.
        t = TimeTicks::forRange(kAsOf - 360 * 24 * kHour, kAsOf, 6);
        QVERIFY(t.count <= 6);
        QCOMPARE(t.stepMs % (720 * kHour), 0);
        QVERIFY(t.startMs <= kAsOf - 360 * 24 * kHour && t.endMs >= kAsOf);
    }

    void timeLabelsFitAt1280()
    {
        // At a 1280 px window the charts page is about 530 px wide (knobs 270, proof 480).
        VelocityChart chart;
        chart.resize(530, 300);
        chart.show();
        const RunResult run = uifixture::makeRun();
        chart.setCluster(RunSnapshot::make(run), &run.clusters.first());
        const TimeTicks t = chart.timeTicks();
        QDateTimeAxis *axis = chart.timeAxis();
        QVERIFY(axis);
        QCOMPARE(axis->tickCount(), t.count);
        QCOMPARE(axis->format(), t.format);
        QCOMPARE(axis->min().toMSecsSinceEpoch(), t.startMs);
        QCOMPARE(t.startMs % t.stepMs, 0); // every tick on a whole step from midnight UTC
        QVERIFY(t.count >= 3);
        const QFontMetrics metrics(axis->labelsFont());
        const int label = metrics.horizontalAdvance(QString(t.format).replace(u'M', u'0').replace(u'd', u'0')
                                                        .replace(u'H', u'0').replace(u'm', u'0'));
        const int plot = chart.width() - 150;
        QVERIFY2((t.count - 1) * label <= plot, qPrintable(u"%1 labels of %2 px on %3 px"_s.arg(t.count).arg(label).arg(plot)));
        // Wider: at least as many ticks, still round.
        chart.resize(1200, 300);
        QVERIFY(chart.timeTicks().count >= t.count);
        QCOMPARE(chart.timeAxis()->tickCount(), chart.timeTicks().count);
        // The value axes are round too.
        for (QAbstractAxis *a : chart.chart()->axes(Qt::Vertical)) {
            auto *v = qobject_cast<QValueAxis *>(a);
            QVERIFY(v);
            const double step = v->max() / (v->tickCount() - 1);
            const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
            const double mantissa = step / magnitude;
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0)
                         || qFuzzyCompare(mantissa, 2.5),
                     qPrintable(QString::number(step)));
        }
    }

    void baselineWindowsAreShadedEachAndHoverShowsValues()
    {
        const RunResult run = uifixture::makeRun();
        VelocityChart chart;
        chart.show();
        chart.setCluster(RunSnapshot::make(run), &run.clusters.first());
        // The fixture's covered windows: 24–48 h and 48–72 h before as_of (72–96 h is uncovered: hatched).
        QCOMPARE(chart.baselineSpans(), (QList<std::pair<qint64, qint64>>{{kAsOf - 72 * kHour, kAsOf - 48 * kHour},
                                                                         {kAsOf - 48 * kHour, kAsOf - 24 * kHour}}));
        QCOMPARE(chart.uncoveredSpans().size(), 1);

        auto *posts = seriesNamed<QLineSeries>(chart.chart(), u"posts / h"_s);
        QVERIFY(posts);
        Q_EMIT posts->hovered(QPointF(double(kAsOf - kHour), 13), true);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"2025-05-31 23:00 UTC"_s) && QToolTip::text().contains(u"posts: 13"_s),
                 qPrintable(QToolTip::text()));
        Q_EMIT posts->hovered(QPointF(), false);
    }

    void growthChartDrawsMinGrowth()
    {
        RunResult run = uifixture::makeRun();
        run.params.minGrowth = 2.0;
        GrowthChart chart;
        chart.show();
        chart.setSnapshot(RunSnapshot::make(run));
        QCOMPARE(chart.thresholdLine(), std::optional<double>(2.0));
        auto *line = seriesNamed<QLineSeries>(chart.chart(), u"min_growth 2×"_s);
        QVERIFY(line);
        QCOMPARE(line->points().first().x(), 2.0);
        QCOMPARE(line->points().last().x(), 2.0);
        auto *x = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QVERIFY(x->max() >= 4.2); // the act-now trend's bar fits
        QCOMPARE(x->max(), std::round(x->max())); // a round end
        // No trend: no bars, no line.
        chart.setSnapshot({});
        QVERIFY(!chart.thresholdLine());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
