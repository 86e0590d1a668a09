#pragma once

#include <QChartView>

#include "ui/runsnapshot.h"

/// The growth of the top trends side by side (horizontal bars in their urgency colour), with the
/// min_growth threshold in the title, so the analyst sees how far above the line each one is.
class GrowthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrowthChart)

public:
    explicit GrowthChart(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot, int topN = 10);
    /// Trend titles shown, top to bottom, for tests.
    QStringList categories() const { return m_categories; }

private:
    QStringList m_categories;
};
