#pragma once

#include <utility>

#include <QChartView>

#include "ui/runsnapshot.h"

/// Posts and engagement per hour of one trend over the baseline windows and the current window:
/// the baseline is shaded (uncovered baseline windows hatched), the window boundary is a vertical line, hovering a point shows its
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

private:
    QList<QPointF> m_posts;
    QList<std::pair<qint64, qint64>> m_uncovered;
};
