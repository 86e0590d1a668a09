#pragma once

#include <limits>
#include <optional>

#include <QList>
#include <QString>

#include "core/model/dataset.h"
#include "core/model/pipelineparams.h"

/// Every formula of SPEC section 3, each in exactly one function. The `///` comment of each
/// function states the formula as SPEC.md does; the matching `k…` constant holds the same text
/// and is what decisions and FormulaTraces quote, so the log and the code cannot drift apart.
namespace formulas {

inline const QString kEngagement = QStringLiteral("engagement = likes + comments + shares");
inline const QString kEngagementRate = QStringLiteral(
    "engagement_rate = Σ(likes + comments + shares) / Σ views, both sums over the cluster's posts whose views are "
    "known and > 0; undefined when there are none");
inline const QString kHoursSinceFirstSeen = QStringLiteral("hours_since_first_seen = max(1, (as_of − min created_at) in hours)");
inline const QString kVelocity = QStringLiteral("velocity = Σ engagement / hours_since_first_seen");
inline const QString kCreatorDiversity = QStringLiteral("creator_diversity = unique creators / posts");
inline const QString kCoverage = QStringLiteral(
    "window k is covered when volume_k > 0 and volume_k ≥ window.min_baseline_coverage × volume_0");
inline const QString kAdjustedCount = QStringLiteral(
    "a_k = c_k × volume_0 / volume_k (window.normalize_volume; false: a_k = c_k)");
inline const QString kBaseline = QStringLiteral(
    "μ and σ are the mean and population standard deviation of a_k over the covered windows only");
inline const QString kGrowth = QStringLiteral("growth = (posts in window + 1) / (μ + 1)");
inline const QString kSurgeZ = QStringLiteral("surge_z = (posts in window − μ) / max(σ, √μ, 1)");
inline const QString kSignificance = QStringLiteral(
    "significance = −log10( P(X ≥ n | X ~ Binomial(n + b, p₀)) × clusters tested ), b = Σ c_k and "
    "p₀ = volume_0 / (volume_0 + Σ volume_k), both sums over the covered windows");
inline const QString kNoBaseline = QStringLiteral(
    "no baseline: when no baseline window is covered, μ, σ, growth, surge_z and significance are undefined");
inline const QString kLifecycle = QStringLiteral(
    "new when no window is covered or μ = 0; else peaked when some covered window's a_k exceeds the posts in the "
    "window; else rising when the posts in the window exceed the most recent covered window's a_k; else steady");
inline const QString kHealth = QStringLiteral(
    "health = w_d·creator_diversity + w_e·min(1, engagement_rate / health.engagement_rate_target) + "
    "w_v·min(1, velocity / health.velocity_target)");
inline const QString kConfidence = QStringLiteral(
    "confidence = w_c·min(1, creators / validation.creator_target) + w_r·min(1, regions / validation.region_target)");
inline const QString kCrossPlatform = QStringLiteral("cross_platform = platforms ≥ 2");
inline const QString kJaccard = QStringLiteral("jaccard(A,B) = co(A,B) / (posts(A) + posts(B) − co(A,B))");
inline const QString kUrgency = QStringLiteral(
    "act_now when growth ≥ urgency.act_now_growth and confidence ≥ urgency.act_now_confidence; "
    "prepare when growth ≥ urgency.prepare_growth; else monitor");
inline const QString kRanking = QStringLiteral("ranked by health × confidence, ties by velocity, then anchor");

/// a + b for counters and their sums, saturating at the largest qint64 instead of wrapping (a signed overflow is
/// undefined behaviour, and a wrapped sum turned a hostile cluster's engagement negative: issue 15, finding 7).
/// Imports refuse counters above 10^15, so a saturated value needs rows stored before that limit; the ratios of
/// the pipeline (engagement_rate, velocity) sum in double and stay right beyond it.
inline qint64 addCounts(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

/// engagement = likes + comments + shares
/// (inline: it runs once per post per cluster, in the pipeline's hottest loops)
inline qint64 engagement(const DatasetPost &post)
{
    return addCounts(addCounts(post.likes, post.comments), post.shares);
}

/// engagement_rate = Σ(likes + comments + shares) / Σ views, both sums over the cluster's posts whose views are
/// known and > 0; undefined when there are none.
/// The caller sums only posts with views > 0 (views = −1 is unknown, views = 0 is skipped too); nullopt = undefined.
/// The sums are doubles: exact up to 2^53, and right (not wrapped) for clusters whose Σ passes 2^63.
std::optional<double> engagementRate(double engagementOfPostsWithViews, double viewsSum);

/// hours_since_first_seen = max(1, (as_of − min created_at) in hours)
double hoursSinceFirstSeen(qint64 asOfMs, qint64 firstSeenMs);

/// velocity = Σ engagement / hours_since_first_seen
/// Σ engagement multiplies each post's engagement by platforms.<slug>.weight (default 1, so at the defaults
/// the SPEC's formula holds exactly); the caller passes that weighted sum.
double velocity(double engagementSum, double hoursSinceFirstSeen);

/// creator_diversity = unique creators / posts   (0 for a cluster without posts)
double creatorDiversity(int uniqueCreators, int posts);

/// window k is covered when volume_k > 0 and volume_k ≥ window.min_baseline_coverage × volume_0
bool baselineCovered(qint64 volumeK, qint64 volume0, double minCoverage);

/// a_k = c_k × volume_0 / volume_k (window.normalize_volume; false: a_k = c_k)
/// Called for covered windows only, so volume_k > 0.
double adjustedCount(qint64 countK, qint64 volume0, qint64 volumeK, bool normalizeVolume);

/// μ and σ of the adjusted baseline counts.
struct BaselineStats
{
    double mean = 0;
    double std = 0;
};

/// μ and σ are the mean and population standard deviation of a_k over the covered windows only.
/// The caller passes the covered windows' a_k; none covered: nullopt (μ and σ undefined, see kNoBaseline).
std::optional<BaselineStats> baselineStats(const QList<double> &coveredAdjusted);

/// growth = (posts in window + 1) / (μ + 1)
double growth(int postsInWindow, double mu);

/// surge_z = (posts in window − μ) / max(σ, √μ, 1)
double surgeZ(int postsInWindow, double mu, double sigma);

struct Significance
{
    double value = 0;      ///< the significance, ≥ 0
    qint64 trials = 0;     ///< n + b
    double p0 = 0;         ///< volume_0 / (volume_0 + Σ volume_k)
    double log10Tail = 0;  ///< log10 P(X ≥ n)
    bool clamped = false;  ///< P × clusters tested was > 1 and was clamped to 1 (significance 0)
};

/// significance = −log10( P(X ≥ n | X ~ Binomial(n + b, p₀)) × clusters tested ), b = Σ c_k and
/// p₀ = volume_0 / (volume_0 + Σ volume_k), both sums over the covered windows
/// Computed in log space (see binomial.h), so it stays finite and exact for counts in the millions. A Bonferroni
/// product above 1 is not a probability: P × clusters tested is clamped to 1, so significance is never negative.
/// Called only with at least one covered window (volumeCovered > 0).
Significance significance(int postsInWindow, qint64 coveredCounts, qint64 volume0, qint64 volumeCovered,
                          int clustersTested);

/// new when no window is covered or μ = 0; else peaked when some covered window's a_k exceeds the posts in the
/// window; else rising when the posts in the window exceed the most recent covered window's a_k; else steady.
/// `coveredAdjusted` holds the covered windows' a_k, oldest first (so the most recent is the last).
QString lifecycle(int postsInWindow, const QList<double> &coveredAdjusted, std::optional<double> mu);

struct Health
{
    double value = 0;
    double weightDiversity = 0;  ///< the weights actually used (rescaled when engagement_rate is undefined)
    double weightEngagement = 0;
    double weightVelocity = 0;
    bool rescaled = false;
};

/// health = w_d·creator_diversity + w_e·min(1, engagement_rate / health.engagement_rate_target) +
/// w_v·min(1, velocity / health.velocity_target)
/// When engagement_rate is undefined its term is left out and w_d, w_v are rescaled to sum to 1
/// (w_d' = w_d / (w_d + w_v), w_v' = w_v / (w_d + w_v)). A target ≤ 0 makes its term's ratio count as 1.
Health health(double creatorDiversity, std::optional<double> engagementRate, double velocity,
              const PipelineParams &params);

/// confidence = w_c·min(1, creators / validation.creator_target) + w_r·min(1, regions / validation.region_target)
/// A target ≤ 0 makes its ratio count as 1.
double confidence(int uniqueCreators, int regions, const PipelineParams &params);

/// cross_platform = platforms ≥ 2
bool crossPlatform(int platforms);

/// jaccard(A,B) = co(A,B) / (posts(A) + posts(B) − co(A,B))
double jaccard(int cooccurrence, int postsA, int postsB);

/// act_now when growth ≥ urgency.act_now_growth and confidence ≥ urgency.act_now_confidence;
/// prepare when growth ≥ urgency.prepare_growth; else monitor
QString urgency(double growth, double confidence, const PipelineParams &params);

/// ranked by health × confidence, ties by velocity, then anchor: true when a ranks before b.
bool ranksBefore(double healthA, double confidenceA, double velocityA, const QString &anchorA, double healthB,
                 double confidenceB, double velocityB, const QString &anchorB);

} // namespace formulas
