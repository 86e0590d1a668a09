#pragma once

#include <memory>

#include <QAbstractListModel>

#include "core/model/runresult.h"

/// The proof tiles of one run (trends only), in the pipeline's rank order. The card delegate
/// paints from the roles; the whole snapshot is swapped on every run.
class TileModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileModel)

public:
    enum Role {
        TrendIdRole = Qt::UserRole + 1,
        RankRole,
        TitleRole,
        AnchorRole,     ///< normalized
        HashtagsRole,   ///< QStringList of normalized tags, for tag search
        UrgencyRole,    ///< "act_now", "prepare", "monitor"
        HealthRole,
        ConfidenceRole,
        GrowthRole,     ///< invalid QVariant when undefined (no baseline data)
        VelocityRole,
        EngagementRateRole, ///< invalid QVariant when undefined
        CreatorsRole,
        PostsRole,
        PlatformsRole,  ///< QStringList
        RegionsRole,    ///< QStringList
        FirstSeenRole,  ///< UTC ms
        LastSeenRole,
        InsightRole,
        RecommendationRole,
        SparklineRole,  ///< QList<qint64> posts per hour over the current window
        SearchTextRole, ///< tags and title, lower-case, for the search box
        LifecycleRole,  ///< "new", "rising", "peaked", "steady"
        CoveredBaselineWindowsRole, ///< int: baseline windows counted in the baseline
        AnchorDisplayRole,   ///< the anchor as most posts wrote it (SPEC section 1)
        HashtagsDisplayRole, ///< QStringList parallel to HashtagsRole: display forms
    };

    explicit TileModel(QObject *parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    const std::shared_ptr<const RunResult> &run() const { return m_run; }

    /// Row of the tile with this trend id, or -1.
    int rowOf(const QString &trendId) const;
    const ClusterResult *clusterAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const RunResult> m_run;
    QList<const ClusterResult *> m_tiles;
};
