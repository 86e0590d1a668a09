#pragma once

#include <utility>

#include <QChartView>

#include "ui/charts/timeticks.h"
#include "ui/runsnapshot.h"

class QDateTimeAxis;

/// Posts and engagement per hour of one trend over the baseline windows and the current window:
/// each covered baseline window is shaded (uncovered ones hatched), the time axis has round ticks that fit its width, the window boundary is a vertical line, hovering a point shows its
/// hour and values.
class VelocityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VelocityChart)

public:
    explicit VelocityChart(QWidget *parent = nullptr);

    /// Shows `cluster` of `snapshot` (nullptr: an empty chart with a hint).
    void setCluster(const RunSnapshot &snapshot, const ClusterResult *cluster);
    /// Points of the posts series, for tests: (hour start ms, posts).
    QList<QPointF> postPoints() const;
    /// The uncovered baseline windows drawn hatched, for tests: (start ms, end ms), oldest first.
    QList<std::pair<qint64, qint64>> uncoveredSpans() const;
    /// The covered baseline windows shaded, for tests: (start ms, end ms), oldest first.
    QList<std::pair<qint64, qint64>> baselineSpans() const { return m_baselineSpans; }
    /// The time axis' round ticks at the current width, for tests.
    TimeTicks timeTicks() const { return m_ticks; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTimeTicks();

    QList<QPointF> m_posts;
    QList<std::pair<qint64, qint64>> m_uncovered;
    QList<std::pair<qint64, qint64>> m_baselineSpans;
    QDateTimeAxis *m_timeAxis = nullptr; ///< owned by the chart
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    TimeTicks m_ticks;
};
