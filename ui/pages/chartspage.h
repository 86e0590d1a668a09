#pragma once

#include <QWidget>

#include "ui/runsnapshot.h"

class GrowthChart;
class VelocityChart;

/// The velocity of the selected trend over baseline and window, and the top trends' growth.
class ChartsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPage)

public:
    explicit ChartsPage(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    void setTrend(const QString &trendId);

    VelocityChart *velocityChart() const { return m_velocity; }
    GrowthChart *growthChart() const { return m_growth; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    RunSnapshot m_snapshot;
    bool m_dirty = false; ///< charts are rebuilt when shown, not on every run behind another tab
    QString m_trendId;
    VelocityChart *m_velocity;
    GrowthChart *m_growth;
};
