#include "core/model/runcomparison.h"

#include <algorithm>

#include <QHash>
#include <QSet>
#include <QJsonArray>

#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

std::optional<int> TrendChange::rankChange() const
{
    if (status != Status::Kept)
        return std::nullopt;
    return previousRank - rank;
}

std::optional<double> TrendChange::growthChange() const
{
    if (status != Status::Kept || !growth || !previousGrowth)
        return std::nullopt;
    return *growth - *previousGrowth;
}

int RunComparison::count(TrendChange::Status status) const
{
    return int(std::count_if(trends.begin(), trends.end(), [&](const TrendChange &t) { return t.status == status; }));
}

const TrendChange *RunComparison::find(const QString &trendId) const
{
    for (const TrendChange &t : trends) {
        if (t.trendId == trendId)
            return &t;
    }
    return nullptr;
}

RunTrends RunTrends::of(const RunResult &run)
{
    RunTrends out{run.runId, run.asOfMs, {}};
    for (const ClusterResult &c : run.clusters) {
        if (c.isTrend)
            out.trends.append(c);
    }
    return out;
}

RunComparison compareRuns(const RunTrends &base, const RunTrends &run,
                          const std::function<std::optional<ClusterResult>(const QString &trendId)> &clusterNow)
{
    RunComparison out;
    out.baseRunId = base.runId;
    out.runId = run.runId;
    out.baseAsOfMs = base.asOfMs;
    out.asOfMs = run.asOfMs;

    QHash<QString, const ClusterResult *> before;
    for (const ClusterResult &c : base.trends) {
        if (c.isTrend)
            before.insert(c.trendId, &c);
    }
    QSet<QString> now;
    for (const ClusterResult &c : run.trends) {
        if (!c.isTrend)
            continue;
        now.insert(c.trendId);
        TrendChange change;
        change.trendId = c.trendId;
        change.anchor = c.anchor;
        change.anchorDisplay = c.anchorDisplay();
        change.rank = c.rank;
        change.growth = c.growth;
        change.urgency = c.urgency;
        change.lifecycle = c.lifecycle;
        if (const ClusterResult *old = before.value(c.trendId)) {
            change.status = TrendChange::Status::Kept;
            change.previousRank = old->rank;
            change.previousGrowth = old->growth;
            change.previousUrgency = old->urgency;
            change.previousLifecycle = old->lifecycle;
        } else {
            change.status = TrendChange::Status::New;
        }
        out.trends.append(change);
    }
    std::sort(out.trends.begin(), out.trends.end(), [](const TrendChange &a, const TrendChange &b) { return a.rank < b.rank; });

    QList<TrendChange> gone;
    for (const ClusterResult &old : base.trends) {
        if (!old.isTrend || now.contains(old.trendId))
            continue;
        TrendChange change;
        change.status = TrendChange::Status::Gone;
        change.trendId = old.trendId;
        change.anchor = old.anchor;
        change.anchorDisplay = old.anchorDisplay();
        change.previousRank = old.rank;
        change.previousGrowth = old.growth;
        change.previousUrgency = old.urgency;
        change.previousLifecycle = old.lifecycle;
        if (clusterNow) {
            if (std::optional<ClusterResult> current = clusterNow(old.trendId)) {
                change.stillCluster = true;
                change.growth = current->growth;
                change.lifecycle = current->lifecycle;
                for (const ValidationCheck &check : current->checks) {
                    if (!check.passed)
                        change.failedChecks.append(check.name);
                }
            }
        }
        gone.append(change);
    }
    std::sort(gone.begin(), gone.end(),
              [](const TrendChange &a, const TrendChange &b) { return a.previousRank < b.previousRank; });
    out.trends.append(gone);
    return out;
}

namespace runjson {

QString statusName(TrendChange::Status status)
{
    switch (status) {
    case TrendChange::Status::New: return u"new"_s;
    case TrendChange::Status::Kept: return u"kept"_s;
    case TrendChange::Status::Gone: return u"gone"_s;
    }
    return {};
}

namespace {

QJsonValue orNull(int rank)
{
    return rank > 0 ? QJsonValue(rank) : QJsonValue(QJsonValue::Null);
}

template <typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const RunComparison &comparison)
{
    QJsonArray trends;
    for (const TrendChange &t : comparison.trends) {
        trends.append(QJsonObject{{u"trend_id"_s, t.trendId},
                                  {u"anchor"_s, t.anchor},
                                  {u"anchor_display"_s, t.anchorDisplay},
                                  {u"status"_s, statusName(t.status)},
                                  {u"rank"_s, orNull(t.rank)},
                                  {u"previous_rank"_s, orNull(t.previousRank)},
                                  {u"rank_change"_s, orNull(t.rankChange())},
                                  {u"growth"_s, orNull(t.growth)},
                                  {u"previous_growth"_s, orNull(t.previousGrowth)},
                                  {u"growth_change"_s, orNull(t.growthChange())},
                                  {u"urgency"_s, orNull(t.urgency)},
                                  {u"previous_urgency"_s, orNull(t.previousUrgency)},
                                  {u"lifecycle"_s, orNull(t.lifecycle)},
                                  {u"previous_lifecycle"_s, orNull(t.previousLifecycle)},
                                  {u"still_cluster"_s, t.stillCluster},
                                  {u"failed_checks"_s, QJsonArray::fromStringList(t.failedChecks)}});
    }
    return QJsonObject{{u"base_run_id"_s, comparison.baseRunId},
                       {u"run_id"_s, comparison.runId},
                       {u"base_as_of"_s, isoUtc(comparison.baseAsOfMs)},
                       {u"as_of"_s, isoUtc(comparison.asOfMs)},
                       {u"new"_s, comparison.count(TrendChange::Status::New)},
                       {u"kept"_s, comparison.count(TrendChange::Status::Kept)},
                       {u"gone"_s, comparison.count(TrendChange::Status::Gone)},
                       {u"trends"_s, trends}};
}

} // namespace runjson
