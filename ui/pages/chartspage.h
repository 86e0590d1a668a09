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
    /// How many times each chart has been built, for tests.
    int velocityBuilds() const { return m_velocityBuilds; }
    int growthBuilds() const { return m_growthBuilds; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    RunSnapshot m_snapshot;
    // Charts are rebuilt when shown, not on every run behind another tab; the growth chart does
    // not depend on the selected trend, so a selection rebuilds the velocity chart alone.
    bool m_velocityDirty = false;
    bool m_growthDirty = false;
    int m_velocityBuilds = 0;
    int m_growthBuilds = 0;
    QString m_trendId;
    VelocityChart *m_velocity;
    GrowthChart *m_growth;
};
