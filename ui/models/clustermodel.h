#pragma once

#include <memory>

#include <QAbstractTableModel>

#include "core/model/runresult.h"

/// Every cluster of a run, validated or not, one row each, with the check that failed. Display
/// text is formatted for people; SortRole carries the raw number so sorting is numeric.
class ClusterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterModel)

public:
    enum Column {
        RankColumn,
        TitleColumn,
        StatusColumn,
        PostsColumn,
        CreatorsColumn,
        DiversityColumn,
        PlatformsColumn,
        RegionsColumn,
        GrowthColumn,
        SurgeColumn,
        SignificanceColumn,
        VelocityColumn,
        EngagementRateColumn,
        HealthColumn,
        ConfidenceColumn,
        UrgencyColumn,
        LifecycleColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        TrendIdRole,
        IsTrendRole,
        FailedChecksRole, ///< QStringList of check names that failed
        SearchTextRole,
    };

    explicit ClusterModel(QObject *parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    int rowOf(const QString &trendId) const;
    const ClusterResult *clusterAt(int row) const;

    /// The check a column shows, if any ("growth" for GrowthColumn), so failures can be highlighted.
    static QString checkForColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ClusterResult &c, int column) const;
    QVariant sortValue(const ClusterResult &c, int column) const;

    std::shared_ptr<const RunResult> m_run;
};
