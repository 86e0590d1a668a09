#pragma once

#include <optional>

#include <QMap>
#include <QString>
#include <QStringList>

/// Every threshold and weight of SPEC section 3, with the SPEC's defaults. Built from the config
/// file plus per-run overrides; the pipeline reads nothing else.
struct PipelineParams
{
    /// End of the current window (UTC ms); none = the newest post's created_at. Optional rather than a 0 sentinel:
    /// 1970-01-01T00:00:00Z is a time like any other (issue 15, finding 8).
    std::optional<qint64> asOfMs;

    static constexpr int kMaxWindowHours = 2160; ///< window.hours is 1 to 2160 (90 days)

    // window
    int windowHours = 24;
    int baselineWindows = 3;
    /// window.min_baseline_coverage: baseline window k counts only when volume_k ≥ this × volume_0 (and > 0)
    double minBaselineCoverage = 0.25;
    bool normalizeVolume = true; ///< window.normalize_volume: a_k = c_k × volume_0 / volume_k (false: a_k = c_k)
    QStringList enabledPlatforms; ///< empty = every platform
    /// platforms.<slug>.weight: multiplies a post's engagement in Σ engagement (velocity); default 1
    QMap<QString, double> platformWeights;

    // clustering
    QStringList stoplist = {QStringLiteral("fyp"),   QStringLiteral("foryou"), QStringLiteral("foryoupage"), QStringLiteral("viral"), QStringLiteral("trending"),
                            QStringLiteral("xyzbca"), QStringLiteral("explore"), QStringLiteral("reels"),     QStringLiteral("推荐"),  QStringLiteral("热门"),
                            QStringLiteral("上热门"), QStringLiteral("小红书"), QStringLiteral("抖音"),       QStringLiteral("日常")};
    int minPosts = 3;
    int minCooccurrence = 2;
    double minJaccard = 0.2;
    int maxTags = 12;

    // health
    double healthWeightDiversity = 0.4;
    double healthWeightEngagement = 0.3;
    double healthWeightVelocity = 0.3;
    double engagementRateTarget = 0.10;
    double velocityTarget = 1000.0; ///< engagement per hour

    // validation
    int minCreators = 5;
    double minCreatorDiversity = 0.5;
    int minRegions = 2;
    int minPlatforms = 1;
    double minGrowth = 1.5;
    double minSignificance = 3.0;

    // confidence
    double confidenceWeightCreators = 0.6;
    double confidenceWeightRegions = 0.4;
    int creatorTarget = 20;
    int regionTarget = 5;

    // urgency
    double actNowGrowth = 3.0;
    double actNowConfidence = 0.6;
    double prepareGrowth = 2.0;

    // evidence
    int topPostsPerTile = 5;

    bool operator==(const PipelineParams &) const = default;
};
