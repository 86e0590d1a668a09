#pragma once

#include <QAbstractTableModel>

#include "core/model/runcomparison.h"

/// Compare with… (issue 12): one row per trend of core/model's RunComparison — the run's trends in rank order with a
/// ▲/▼ rank-change badge (or "new"), growth and its change, urgency then → now; then the trends that are gone, with the
/// checks they fail now.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column {
        RankColumn,
        ChangeColumn,
        TrendColumn,
        GrowthColumn,
        GrowthChangeColumn,
        UrgencyColumn,
        ChecksColumn,
        ColumnCount
    };
    enum Role {
        TrendIdRole = Qt::UserRole + 1,
        StatusRole,     ///< "new", "kept" or "gone" (runjson::statusName)
        RankChangeRole, ///< previous rank − rank (positive = up); invalid for new and gone trends
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(RunComparison comparison);
    const RunComparison &comparison() const { return m_comparison; }

    /// The badge of a change: "▲ 2", "▼ 1", "=", "new" or "gone".
    static QString badge(const TrendChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TrendChange &change, int column) const;

    RunComparison m_comparison;
};
