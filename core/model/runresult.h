#pragma once

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/baselinewindow.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"

/// One validation check of SPEC section 3 ("unique_creators", "creator_diversity", "regions",
/// "platforms", "growth", "significance"): value against threshold. An undefined value fails, with the reason.
struct ValidationCheck
{
    QString name;
    std::optional<double> value; ///< nullopt = undefined (growth and significance without baseline data)
    double threshold = 0;
    bool passed = false;
    QString reason; ///< why an undefined value failed: "no baseline data"; empty otherwise
};

/// A formula written out with its inputs: what the evidence chain shows as "formula = inputs = result".
struct FormulaTrace
{
    QString name;        ///< "velocity"
    QString formula;     ///< the SPEC's text: "velocity = Σ engagement / hours_since_first_seen"
    QJsonObject inputs;  ///< {"engagement_sum": 41414, "hours_since_first_seen": 7.7}
    std::optional<double> result; ///< nullopt = undefined (e.g. engagement rate with no known views)
    QString note;        ///< special case applied, if any
};

/// An edge of the co-occurrence graph that joined two tags of a cluster.
struct ClusterEdge
{
    QString a; ///< lexicographically smaller tag
    QString b;
    int cooccurrence = 0;
    double jaccard = 0;
};

/// A post shown in the evidence chain. The pipeline fills what the Dataset holds; text, url and
/// creator name are filled from storage afterwards (see DiscoveryService).
struct TopPost
{
    qint64 rowId = 0;
    QString platform;
    QString postId;
    QString creatorId;
    QString creatorName;
    QString text;
    QString url;
    QString region;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 saves = 0;
    std::optional<qint64> views;
    qint64 engagement = 0;
    qint64 createdAtMs = 0;
};

/// A cluster with its metrics and checks. A cluster that passes every check is a trend and gets
/// a proof tile (rank ≥ 1, urgency, insight, recommendation).
struct ClusterResult
{
    QString trendId; ///< derived from the anchor alone, stable across runs
    QString anchor;
    QString title;        ///< top tags, e.g. "#matchalatte #抹茶拿铁 #icedmatcha"
    QStringList hashtags; ///< every tag, most posts first (ties lexicographic)
    /// Parallel to `hashtags`: each tag's display form (SPEC section 1: the spelling most posts used),
    /// filled from storage after the run (DiscoveryService::hydrate). Empty for a run not hydrated, or
    /// stored before display forms: every tag then shows as its normalized form.
    QStringList hashtagsDisplay;
    QList<ClusterEdge> edges;

    int posts = 0;
    int uniqueCreators = 0;
    QStringList platforms; ///< sorted
    QStringList regions;   ///< sorted
    qint64 engagementSum = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;

    std::optional<double> engagementRate; ///< nullopt = undefined: no post with known views > 0
    double hoursSinceFirstSeen = 1;
    double velocity = 0;
    double creatorDiversity = 0;
    QList<int> baselineCounts; ///< c_k per baseline window, oldest first (covered or not)
    /// a_k per baseline window, oldest first; NaN for an uncovered window (left out of the baseline)
    QList<double> baselineAdjusted;
    int coveredBaselineWindows = 0;
    // Undefined (nullopt) when no baseline window is covered (SPEC section 3, "no baseline").
    std::optional<double> baselineMean;
    std::optional<double> baselineStd;
    std::optional<double> growth;
    std::optional<double> surgeZ;
    std::optional<double> significance;
    QString lifecycle; ///< "new", "rising", "peaked" or "steady"
    double health = 0;
    double confidence = 0;
    bool crossPlatform = false;

    QList<ValidationCheck> checks;
    bool isTrend = false;

    // proof tile (trends only)
    int rank = 0;        ///< 1 = first tile; 0 = not a trend
    QString urgency;     ///< "act_now", "prepare", "monitor"
    QString insight;
    QString recommendation;

    // evidence chain
    QList<FormulaTrace> formulas;
    QList<TopPost> topPosts;
    QList<qint64> hourlyPosts;      ///< posts per hour over baseline + window, oldest hour first
    QList<qint64> hourlyEngagement; ///< engagement per hour, same buckets

    /// How hashtags[i] is shown: its display form, else the tag itself.
    QString displayTag(qsizetype i) const
    {
        return i < hashtagsDisplay.size() && !hashtagsDisplay.at(i).isEmpty() ? hashtagsDisplay.at(i) : hashtags.at(i);
    }
    /// How `tag` (one of hashtags, e.g. an edge's end) is shown.
    QString displayOf(const QString &tag) const
    {
        const qsizetype i = hashtags.indexOf(tag);
        return i < 0 ? tag : displayTag(i);
    }
    /// Every tag's display form, parallel to hashtags.
    QStringList displayHashtags() const
    {
        QStringList shown;
        shown.reserve(hashtags.size());
        for (qsizetype i = 0; i < hashtags.size(); ++i)
            shown.append(displayTag(i));
        return shown;
    }
    /// How the anchor is shown (the anchor is hashtags[0]).
    QString anchorDisplay() const { return hashtags.isEmpty() ? anchor : displayOf(anchor); }
};

/// Everything one pipeline run produced. Immutable once published (shared_ptr<const RunResult>).
struct RunResult
{
    QString runId; ///< assigned by whoever stores the run; empty for an unsaved run
    PipelineParams params; ///< the effective parameters, as_of resolved
    qint64 asOfMs = 0;
    qint64 windowStartMs = 0;   ///< exclusive start of the current window
    qint64 baselineStartMs = 0; ///< exclusive start of the oldest baseline window
    int postsInWindow = 0; ///< volume_0
    QList<BaselineWindow> baselineWindows; ///< oldest first (index = baselineWindows), covered or not
    QList<ClusterResult> clusters; ///< trends first in rank order, then the other clusters by posts desc, anchor
    std::vector<Decision> decisions;
    qint64 durationMs = 0;
    bool cancelled = false;
    /// When the run counts as saved (RunSummary::createdAtMs): unset = the clock at RunStore::save. Set by
    /// DiscoveryService as it hands the run to the store, and when a run is copied to another database (glasstrend
    /// migrate), so its history keeps its order.
    std::optional<qint64> savedAtMs;

    int coveredBaselineWindows() const
    {
        int n = 0;
        for (const auto &w : baselineWindows)
            n += w.covered ? 1 : 0;
        return n;
    }

    int trendCount() const
    {
        int n = 0;
        for (const auto &c : clusters)
            n += c.isTrend ? 1 : 0;
        return n;
    }
};
