#include "core/report/tileselection.h"

#include <algorithm>

QList<const ClusterResult *> selectTiles(const RunResult &run, const QStringList &trendIds)
{
    QList<const ClusterResult *> tiles;
    for (const ClusterResult &c : run.clusters) {
        if (c.isTrend && (trendIds.isEmpty() || trendIds.contains(c.trendId)))
            tiles.append(&c);
    }
    std::stable_sort(tiles.begin(), tiles.end(), [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
    return tiles;
}
