#pragma once

#include <optional>

#include <QChartView>

#include "ui/runsnapshot.h"

/// The growth of the top trends side by side (horizontal bars in their urgency colour), with the
/// min_growth threshold drawn as a dashed line (and named in the title), so the analyst sees how far above the line
/// each one is. Hovering a bar or the line shows its value.
class GrowthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrowthChart)

public:
    explicit GrowthChart(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot, int topN = 10);
    /// Trend titles shown, top to bottom, for tests.
    QStringList categories() const { return m_categories; }
    /// Where the min_growth line is drawn (nullopt: no bars, no line), for tests.
    std::optional<double> thresholdLine() const { return m_threshold; }

private:
    QStringList m_categories;
    std::optional<double> m_threshold;
};
