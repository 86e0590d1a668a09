#include "core/pipeline/clustermetrics.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

#include "core/model/timeformat.h"
#include "core/pipeline/decisions.h"
#include "core/pipeline/formulas.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;
using numbertext::exact;

namespace {

QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

ClusterMetrics::ClusterMetrics(const Dataset &data, const WindowPlan &window, const ClusterPosts &posts,
                               const PipelineParams &params, int clustersTested)
    : m_data(data)
    , m_window(window)
    , m_posts(posts)
    , m_params(params)
    , m_clustersTested(clustersTested)
    , m_asOfText(isoUtc(window.asOfMs))
    , m_creatorStamp(std::size_t(data.creators.size()), -1)
    , m_regionStamp(std::size_t(data.regions.size()), -1)
    , m_platformStamp(std::size_t(data.platforms.size()), -1)
    , m_platformEngagement(std::size_t(data.platforms.size()), 0)
    , m_engagementRateInputs{u"engagement_sum"_s, u"views_sum"_s, u"posts_with_views"_s, u"posts_views_unknown"_s,
                             u"posts_views_zero"_s}
    , m_hoursInputs{u"as_of"_s, u"first_seen"_s, u"hours"_s}
    , m_velocityInputs{u"engagement_sum"_s, u"engagement_sum_unweighted"_s, u"hours_since_first_seen"_s}
    , m_diversityInputs{u"unique_creators"_s, u"posts"_s}
    , m_baselineInputs{u"counts"_s, u"mu"_s, u"sigma"_s}
    , m_growthInputs{u"posts_in_window"_s, u"mu"_s}
    , m_surgeInputs{u"posts_in_window"_s, u"mu"_s, u"sigma"_s, u"denominator"_s}
    , m_significanceInputs{u"posts_in_window"_s, u"lambda"_s, u"clusters_tested"_s, u"log10_p"_s}
    , m_healthInputs{u"creator_diversity"_s, u"engagement_rate"_s, u"velocity"_s, u"w_d"_s, u"w_e"_s, u"w_v"_s,
                     u"engagement_rate_target"_s, u"velocity_target"_s}
    , m_confidenceInputs{u"creators"_s, u"regions"_s, u"w_c"_s, u"w_r"_s, u"creator_target"_s, u"region_target"_s}
{
    for (qsizetype i = 0; i < data.platforms.size(); ++i)
        m_platformsBySlug.push_back(std::int32_t(i));
    std::sort(m_platformsBySlug.begin(), m_platformsBySlug.end(),
              [&](std::int32_t a, std::int32_t b) { return data.platforms.at(a) < data.platforms.at(b); });
}

bool ClusterMetrics::topPostBefore(std::uint32_t x, std::uint32_t y) const
{
    const DatasetPost &a = m_data.posts[x];
    const DatasetPost &b = m_data.posts[y];
    const qint64 ea = formulas::engagement(a);
    const qint64 eb = formulas::engagement(b);
    if (ea != eb)
        return ea > eb;
    if (a.createdAtMs != b.createdAtMs)
        return a.createdAtMs < b.createdAtMs;
    if (a.platform != b.platform)
        return m_data.platforms.at(a.platform) < m_data.platforms.at(b.platform);
    return m_data.postIds.at(qsizetype(x)) < m_data.postIds.at(qsizetype(y));
}

void ClusterMetrics::compute(ClusterResult &c, std::size_t index, std::vector<Decision> &log)
{
    const auto stamp = std::int32_t(index);
    const std::uint32_t begin = m_posts.offset[index];
    const std::uint32_t end = m_posts.offset[index + 1];
    c.posts = 0;
    c.firstSeenMs = 0;
    c.lastSeenMs = 0;
    const QString subject = u"cluster:"_s + c.trendId;

    // Counts over the cluster's posts: the window's for the metrics, every counted post for the baseline counts
    // and the hourly series.
    qint64 engagementWithViews = 0;
    qint64 viewsSum = 0;
    int withViews = 0;
    int unknownViews = 0;
    int zeroViews = 0;
    const auto windows = std::size_t(m_window.baselineWindows);
    const auto buckets = std::size_t(m_window.hourBuckets);
    c.baselineCounts.fill(0, qsizetype(windows));
    c.hourlyPosts.fill(0, qsizetype(buckets));
    c.hourlyEngagement.fill(0, qsizetype(buckets));
    qint64 *hourlyPosts = c.hourlyPosts.data();
    qint64 *hourlyEngagement = c.hourlyEngagement.data();
    int *baselineCounts = c.baselineCounts.data();
    m_platformsSeen.clear();
    m_scratch.clear();
    QList<std::int32_t> regionIds;
    for (std::uint32_t e = begin; e < end; ++e) {
        const std::uint32_t i = m_posts.postIndex[e];
        const DatasetPost &p = m_data.posts[i];
        const qint64 engagement = formulas::engagement(p);
        const auto hour = std::size_t((p.createdAtMs - m_window.baselineStartMs - 1) / 3'600'000);
        hourlyPosts[hour] += 1;
        hourlyEngagement[hour] += engagement;
        if (!m_window.inWindow(i)) {
            baselineCounts[m_window.slot[i]] += 1;
            continue;
        }
        m_scratch.push_back(i);
        c.engagementSum += engagement;
        if (m_creatorStamp[std::size_t(p.creator)] != stamp) {
            m_creatorStamp[std::size_t(p.creator)] = stamp;
            ++c.uniqueCreators;
        }
        if (p.region >= 0 && m_regionStamp[std::size_t(p.region)] != stamp
            && !m_data.regions.at(p.region).isEmpty()) {
            m_regionStamp[std::size_t(p.region)] = stamp;
            regionIds.append(p.region);
        }
        if (m_platformStamp[std::size_t(p.platform)] != stamp) {
            m_platformStamp[std::size_t(p.platform)] = stamp;
            m_platformEngagement[std::size_t(p.platform)] = 0;
            m_platformsSeen.push_back(p.platform);
        }
        m_platformEngagement[std::size_t(p.platform)] += engagement;
        if (p.views > 0) {
            engagementWithViews += engagement;
            viewsSum += p.views;
            ++withViews;
        } else if (p.views == 0) {
            ++zeroViews;
        } else {
            ++unknownViews;
        }
        if (c.posts == 0 || p.createdAtMs < c.firstSeenMs)
            c.firstSeenMs = p.createdAtMs;
        c.lastSeenMs = std::max(c.lastSeenMs, p.createdAtMs);
        ++c.posts;
    }
    for (const std::int32_t r : std::as_const(regionIds))
        c.regions.append(m_data.regions.at(r));
    c.regions.sort();
    // Weighted Σ engagement in slug order, so the floating-point sum never depends on load order.
    double weightedEngagement = 0;
    for (const std::int32_t p : m_platformsBySlug) {
        if (m_platformStamp[std::size_t(p)] != stamp)
            continue;
        c.platforms.append(m_data.platforms.at(p));
        weightedEngagement += double(m_platformEngagement[std::size_t(p)]) * m_window.platformWeight[std::size_t(p)];
    }

    // engagement_rate
    c.engagementRate = formulas::engagementRate(engagementWithViews, viewsSum);
    {
        FormulaTrace t{u"engagement_rate"_s, formulas::kEngagementRate,
                       m_engagementRateInputs.make({engagementWithViews, viewsSum, withViews, unknownViews, zeroViews}),
                       c.engagementRate, QString()};
        if (!c.engagementRate)
            t.note = u"undefined: no post with known views > 0 ("_s + QString::number(unknownViews)
                     + u" unknown, "_s + QString::number(zeroViews) + u" with views = 0)"_s;
        else if (unknownViews + zeroViews > 0)
            t.note = QString::number(unknownViews + zeroViews) + u" of "_s + QString::number(c.posts)
                     + u" posts left out of both sums ("_s + QString::number(unknownViews) + u" unknown, "_s
                     + QString::number(zeroViews) + u" with views = 0)"_s;
        if (!t.note.isEmpty())
            decisions::add(log, decisions::kStageMetrics, subject, u"engagement_rate"_s, t.inputs,
                           decisions::kComputed,
                           formulas::kEngagementRate + u": "_s + t.note
                               + (c.engagementRate ? u"; engagement_rate = "_s + QString::number(engagementWithViews)
                                                         + u" / "_s + QString::number(viewsSum) + u" = "_s
                                                         + exact(*c.engagementRate)
                                                   : u"; the health formula leaves its engagement term out"_s));
        c.formulas.append(std::move(t));
    }

    // hours_since_first_seen
    c.hoursSinceFirstSeen = formulas::hoursSinceFirstSeen(m_window.asOfMs, c.firstSeenMs);
    {
        const double rawHours = double(m_window.asOfMs - c.firstSeenMs) / 3'600'000.0;
        FormulaTrace t{u"hours_since_first_seen"_s, formulas::kHoursSinceFirstSeen,
                       m_hoursInputs.make({m_asOfText, isoUtc(c.firstSeenMs), rawHours}),
                       c.hoursSinceFirstSeen, QString()};
        if (rawHours < 1.0) {
            t.note = u"first seen "_s + exact(rawHours * 60.0) + u" minutes before as_of: counted as 1 hour"_s;
            decisions::add(log, decisions::kStageMetrics, subject, u"hours_since_first_seen"_s, t.inputs,
                           decisions::kComputed,
                           formulas::kHoursSinceFirstSeen + u" = max(1, "_s + exact(rawHours) + u") = 1: "_s + t.note);
        }
        c.formulas.append(std::move(t));
    }

    // velocity
    c.velocity = formulas::velocity(weightedEngagement, c.hoursSinceFirstSeen);
    c.formulas.append(FormulaTrace{u"velocity"_s, formulas::kVelocity,
                                   m_velocityInputs.make({weightedEngagement, c.engagementSum, c.hoursSinceFirstSeen}),
                                   c.velocity,
                                   weightedEngagement == double(c.engagementSum)
                                       ? QString()
                                       : u"each post's engagement multiplied by platforms.<slug>.weight"_s});

    // creator_diversity
    c.creatorDiversity = formulas::creatorDiversity(c.uniqueCreators, c.posts);
    c.formulas.append(FormulaTrace{u"creator_diversity"_s, formulas::kCreatorDiversity,
                                   m_diversityInputs.make({c.uniqueCreators, c.posts}),
                                   c.creatorDiversity, QString()});

    // baseline
    QJsonArray countsJson;
    int baselineTotal = 0;
    for (const int n : std::as_const(c.baselineCounts)) {
        countsJson.append(n);
        baselineTotal += n;
    }
    const formulas::BaselineStats baseline = formulas::baselineStats(c.baselineCounts);
    c.baselineMean = baseline.mean;
    c.baselineStd = baseline.std;
    {
        FormulaTrace t{u"baseline"_s, formulas::kBaseline,
                       m_baselineInputs.make({countsJson, baseline.mean, baseline.std}),
                       baseline.mean, QString()};
        if (baselineTotal == 0) {
            t.note = windows == 0 ? u"no baseline windows configured: μ = 0, σ = 0"_s
                                  : u"empty baseline: no posts in "_s + QString::number(windows)
                                        + u" baseline windows, μ = 0, σ = 0"_s;
            decisions::add(log, decisions::kStageMetrics, subject, u"baseline"_s, t.inputs, decisions::kComputed,
                           formulas::kBaseline + u": "_s + t.note + u"; growth = ("_s + QString::number(c.posts)
                               + u" + 1) / (0 + 1) and surge_z divides by max(0, √0, 1) = 1"_s);
        }
        c.formulas.append(std::move(t));
    }

    // growth, surge_z, significance
    c.growth = formulas::growth(c.posts, c.baselineMean);
    c.formulas.append(FormulaTrace{u"growth"_s, formulas::kGrowth,
                                   m_growthInputs.make({c.posts, c.baselineMean}),
                                   c.growth, QString()});
    c.surgeZ = formulas::surgeZ(c.posts, c.baselineMean, c.baselineStd);
    c.formulas.append(FormulaTrace{u"surge_z"_s, formulas::kSurgeZ,
                                   m_surgeInputs.make({c.posts, c.baselineMean, c.baselineStd, std::max({c.baselineStd, std::sqrt(c.baselineMean), 1.0})}),
                                   c.surgeZ, QString()});
    const formulas::Significance sig = formulas::significance(c.posts, c.baselineMean, m_clustersTested);
    c.significance = sig.value;
    {
        FormulaTrace t{u"significance"_s, formulas::kSignificance,
                       m_significanceInputs.make({c.posts, sig.lambda, m_clustersTested, sig.log10Tail}),
                       sig.value, QString()};
        if (sig.clamped) {
            t.note = u"P × clusters tested = 10^"_s + exact(sig.log10Tail) + u" × "_s + QString::number(m_clustersTested)
                     + u" > 1, clamped to 1: significance 0"_s;
            decisions::add(log, decisions::kStageMetrics, subject, u"significance"_s, t.inputs, decisions::kComputed,
                           formulas::kSignificance + u" with P(X ≥ "_s + QString::number(c.posts) + u" | λ = "_s
                               + exact(sig.lambda) + u"): "_s + t.note);
        }
        c.formulas.append(std::move(t));
    }

    // health
    const formulas::Health h = formulas::health(c.creatorDiversity, c.engagementRate, c.velocity, m_params);
    c.health = h.value;
    {
        FormulaTrace t{u"health"_s, formulas::kHealth,
                       m_healthInputs.make({c.creatorDiversity, optionalNumber(c.engagementRate), c.velocity, h.weightDiversity,
                                               h.weightEngagement, h.weightVelocity, m_params.engagementRateTarget,
                                               m_params.velocityTarget}),
                       h.value, QString()};
        if (h.rescaled) {
            t.note = u"engagement_rate undefined: its term is left out and w_d, w_v rescaled to sum to 1 ("_s
                     + exact(m_params.healthWeightDiversity) + u", "_s + exact(m_params.healthWeightVelocity)
                     + u" → "_s + exact(h.weightDiversity) + u", "_s + exact(h.weightVelocity) + u')';
            decisions::add(log, decisions::kStageMetrics, subject, u"health"_s, t.inputs, decisions::kComputed,
                           formulas::kHealth + u": "_s + t.note + u"; health = "_s + exact(h.weightDiversity)
                               + u"·"_s + exact(c.creatorDiversity) + u" + "_s + exact(h.weightVelocity)
                               + u"·min(1, "_s + exact(c.velocity) + u" / "_s + exact(m_params.velocityTarget)
                               + u") = "_s + exact(h.value));
        }
        c.formulas.append(std::move(t));
    }

    // confidence, cross_platform
    c.confidence = formulas::confidence(c.uniqueCreators, int(c.regions.size()), m_params);
    c.formulas.append(FormulaTrace{u"confidence"_s, formulas::kConfidence,
                                   m_confidenceInputs.make({c.uniqueCreators, int(c.regions.size()), m_params.confidenceWeightCreators,
                                                                         m_params.confidenceWeightRegions, m_params.creatorTarget,
                                                                         m_params.regionTarget}),
                                   c.confidence, QString()});
    c.crossPlatform = formulas::crossPlatform(int(c.platforms.size()));

    fillTopPosts(c);
}

void ClusterMetrics::fillTopPosts(ClusterResult &c)
{
    const std::size_t k = std::min<std::size_t>(m_scratch.size(), std::size_t(std::max(0, m_params.topPostsPerTile)));
    std::partial_sort(m_scratch.begin(), m_scratch.begin() + std::ptrdiff_t(k), m_scratch.end(),
                      [this](std::uint32_t x, std::uint32_t y) { return topPostBefore(x, y); });
    c.topPosts.reserve(qsizetype(k));
    for (std::size_t n = 0; n < k; ++n) {
        const std::uint32_t i = m_scratch[n];
        const DatasetPost &p = m_data.posts[i];
        TopPost t;
        t.rowId = p.rowId;
        t.platform = m_data.platforms.at(p.platform);
        t.postId = m_data.postIds.at(qsizetype(i));
        t.creatorId = m_data.creators.at(p.creator);
        if (p.creator < m_data.creatorNames.size())
            t.creatorName = m_data.creatorNames.at(p.creator);
        if (p.region >= 0)
            t.region = m_data.regions.at(p.region);
        t.likes = p.likes;
        t.comments = p.comments;
        t.shares = p.shares;
        t.saves = p.saves;
        if (p.views >= 0)
            t.views = p.views;
        t.engagement = formulas::engagement(p);
        t.createdAtMs = p.createdAtMs;
        c.topPosts.append(std::move(t));
    }
}
