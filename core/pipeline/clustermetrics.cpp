#include "core/pipeline/clustermetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QJsonArray>

#include "core/model/timeformat.h"
#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;
using numbertext::exact;

namespace {

QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonArray numbersArray(const QList<T> &values)
{
    QJsonArray a;
    for (const T v : values)
        a.append(std::isfinite(double(v)) ? QJsonValue(double(v)) : QJsonValue(QJsonValue::Null));
    return a;
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
    , m_baselineInputs{u"counts"_s, u"volumes"_s, u"volume_0"_s, u"covered"_s, u"adjusted"_s, u"mu"_s, u"sigma"_s}
    , m_noBaselineInputs{u"counts"_s, u"volumes"_s, u"volume_0"_s, u"min_baseline_coverage"_s}
    , m_lifecycleInputs{u"posts_in_window"_s, u"adjusted"_s, u"mu"_s, u"lifecycle"_s}
    , m_growthInputs{u"posts_in_window"_s, u"mu"_s}
    , m_surgeInputs{u"posts_in_window"_s, u"mu"_s, u"sigma"_s, u"denominator"_s}
    , m_significanceInputs{u"n"_s, u"b"_s, u"trials"_s, u"p0"_s, u"volume_0"_s, u"covered_volume"_s,
                           u"clusters_tested"_s, u"log10_p"_s}
    , m_healthInputs{u"creator_diversity"_s, u"engagement_rate"_s, u"velocity"_s, u"w_d"_s, u"w_e"_s, u"w_v"_s,
                     u"engagement_rate_target"_s, u"velocity_target"_s}
    , m_confidenceInputs{u"creators"_s, u"regions"_s, u"w_c"_s, u"w_r"_s, u"creator_target"_s, u"region_target"_s}
{
    for (const BaselineWindow &w : window.baseline) {
        m_volumes.append(w.volume);
        m_covered.append(w.covered);
    }
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
    return m_data.postIds.less(qsizetype(x), qsizetype(y));
}

MetricInputs ClusterMetrics::compute(ClusterResult &c, std::size_t index, std::vector<Decision> &log)
{
    const auto stamp = std::int32_t(index);
    const std::uint32_t begin = m_posts.offset[index];
    const std::uint32_t end = m_posts.offset[index + 1];
    c.posts = 0;
    c.firstSeenMs = 0;
    c.lastSeenMs = 0;
    MetricInputs in;

    // The hourly series and baseline counts were counted over every counted post when the posts were assigned;
    // the metrics count over the cluster's window posts.
    c.baselineCounts = m_posts.baselineCounts[index];
    c.hourlyPosts = m_posts.hourlyPosts[index];
    c.hourlyEngagement = m_posts.hourlyEngagement[index];
    m_platformsSeen.clear();
    m_scratch.clear();
    m_regionIds.clear();
    for (std::uint32_t e = begin; e < end; ++e) {
        const ClusterWindowPost &p = m_posts.windowPosts[e];
        const qint64 engagement = p.engagement;
        const std::uint32_t i = p.index;
        m_scratch.push_back({engagement, i});
        c.engagementSum = formulas::addCounts(c.engagementSum, engagement);
        if (m_creatorStamp[std::size_t(p.creator)] != stamp) {
            m_creatorStamp[std::size_t(p.creator)] = stamp;
            ++c.uniqueCreators;
        }
        if (p.region >= 0 && m_regionStamp[std::size_t(p.region)] != stamp
            && !m_data.regions.at(p.region).isEmpty()) {
            m_regionStamp[std::size_t(p.region)] = stamp;
            m_regionIds.push_back(p.region);
        }
        if (m_platformStamp[std::size_t(p.platform)] != stamp) {
            m_platformStamp[std::size_t(p.platform)] = stamp;
            m_platformEngagement[std::size_t(p.platform)] = 0;
            m_platformsSeen.push_back(p.platform);
        }
        m_platformEngagement[std::size_t(p.platform)] += double(engagement);
        if (p.views > 0) {
            in.engagementWithViews += double(engagement);
            in.viewsSum += double(p.views);
            ++in.postsWithViews;
        } else if (p.views == 0) {
            ++in.postsViewsZero;
        } else {
            ++in.postsViewsUnknown;
        }
        if (c.posts == 0 || p.createdAtMs < c.firstSeenMs)
            c.firstSeenMs = p.createdAtMs;
        c.lastSeenMs = std::max(c.lastSeenMs, p.createdAtMs);
        ++c.posts;
    }
    c.regions.reserve(qsizetype(m_regionIds.size()));
    for (const std::int32_t r : m_regionIds)
        c.regions.append(m_data.regions.at(r));
    c.regions.sort();
    // Weighted Σ engagement in slug order, so the floating-point sum never depends on load order.
    for (const std::int32_t p : m_platformsBySlug) {
        if (m_platformStamp[std::size_t(p)] != stamp)
            continue;
        c.platforms.append(m_data.platforms.at(p));
        in.weightedEngagement += m_platformEngagement[std::size_t(p)] * m_window.platformWeight[std::size_t(p)];
    }

    const QString subject = u"cluster:"_s + c.trendId;
    auto special = [&](const QString &rule, const JsonTemplate &shape, std::initializer_list<QJsonValue> values,
                       const QString &message) {
        decisions::add(log, decisions::kStageMetrics, subject, rule, shape.make(values), decisions::kComputed, message);
    };

    // engagement_rate
    c.engagementRate = formulas::engagementRate(in.engagementWithViews, in.viewsSum);
    const int leftOut = in.postsViewsUnknown + in.postsViewsZero;
    if (!c.engagementRate)
        in.engagementRateNote = u"undefined: no post with known views > 0 ("_s + numbertext::integer(in.postsViewsUnknown)
                                + u" unknown, "_s + numbertext::integer(in.postsViewsZero) + u" with views = 0)"_s;
    else if (leftOut > 0)
        in.engagementRateNote = numbertext::integer(leftOut) + u" of "_s + numbertext::integer(c.posts)
                                + u" posts left out of both sums ("_s + numbertext::integer(in.postsViewsUnknown)
                                + u" unknown, "_s + numbertext::integer(in.postsViewsZero) + u" with views = 0)"_s;
    // A decision when the rate is undefined, or when posts with views = 0 (a known value) were left out; posts with
    // unknown views are left out by the formula's own words, so they get only the trace's note.
    if (!c.engagementRate || in.postsViewsZero > 0)
        special(u"engagement_rate"_s, m_engagementRateInputs,
                {in.engagementWithViews, in.viewsSum, in.postsWithViews, in.postsViewsUnknown, in.postsViewsZero},
                formulas::kEngagementRate + u": "_s + in.engagementRateNote
                    + (c.engagementRate ? u"; engagement_rate = "_s + exact(in.engagementWithViews) + u" / "_s
                                              + exact(in.viewsSum) + u" = "_s + exact(*c.engagementRate)
                                        : u"; the health formula leaves its engagement term out"_s));

    // hours_since_first_seen, velocity, creator_diversity
    c.hoursSinceFirstSeen = formulas::hoursSinceFirstSeen(m_window.asOfMs, c.firstSeenMs);
    in.rawHours = double(m_window.asOfMs - c.firstSeenMs) / 3'600'000.0;
    if (in.rawHours < 1.0) {
        in.hoursNote = u"first seen "_s + exact(in.rawHours * 60.0) + u" minutes before as_of: counted as 1 hour"_s;
        special(u"hours_since_first_seen"_s, m_hoursInputs, {m_asOfText, isoUtc(c.firstSeenMs), in.rawHours},
                formulas::kHoursSinceFirstSeen + u" = max(1, "_s + exact(in.rawHours) + u") = 1: "_s + in.hoursNote);
    }
    c.velocity = formulas::velocity(in.weightedEngagement, c.hoursSinceFirstSeen);
    c.creatorDiversity = formulas::creatorDiversity(c.uniqueCreators, c.posts);

    // baseline (covered windows, volume-adjusted counts), growth, surge_z, significance, lifecycle
    const qint64 volume0 = m_window.postsInWindow;
    c.coveredBaselineWindows = m_window.coveredWindows;
    c.baselineAdjusted.resize(c.baselineCounts.size());
    for (qsizetype s = 0; s < c.baselineCounts.size(); ++s) {
        const BaselineWindow &w = m_window.baseline[std::size_t(s)];
        if (!w.covered) {
            c.baselineAdjusted[s] = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        const double a = formulas::adjustedCount(c.baselineCounts[s], volume0, w.volume, m_params.normalizeVolume);
        c.baselineAdjusted[s] = a;
        in.coveredAdjusted.append(a);
        in.coveredCounts += c.baselineCounts[s];
    }
    const std::optional<formulas::BaselineStats> baseline = formulas::baselineStats(in.coveredAdjusted);
    if (baseline) {
        c.baselineMean = baseline->mean;
        c.baselineStd = baseline->std;
        c.growth = formulas::growth(c.posts, baseline->mean);
        c.surgeZ = formulas::surgeZ(c.posts, baseline->mean, baseline->std);
        in.significance = formulas::significance(c.posts, in.coveredCounts, volume0, m_window.coveredVolume,
                                                 m_clustersTested);
        c.significance = in.significance.value;
        if (baseline->mean == 0)
            in.baselineNote = u"empty baseline: no posts in the "_s + numbertext::integer(in.coveredAdjusted.size())
                              + u" covered baseline windows, μ = 0, σ = 0"_s;
    } else {
        in.baselineNote = c.baselineCounts.isEmpty()
                              ? u"no baseline data: no baseline windows configured"_s
                              : u"no baseline data: none of the "_s + numbertext::integer(c.baselineCounts.size())
                                    + u" baseline windows is covered (see the window stage's decisions)"_s;
        special(u"baseline"_s, m_noBaselineInputs,
                {numbersArray(c.baselineCounts), m_volumes, volume0, m_params.minBaselineCoverage},
                formulas::kNoBaseline + u": "_s + in.baselineNote
                    + u"; μ, σ, growth, surge_z and significance are undefined and the growth and significance "
                      "checks fail"_s);
    }
    if (in.significance.clamped) {
        in.significanceNote = u"P × clusters tested = 10^"_s + exact(in.significance.log10Tail) + u" × "_s
                              + numbertext::integer(m_clustersTested) + u" > 1, clamped to 1: significance 0"_s;
        special(u"significance"_s, m_significanceInputs,
                {c.posts, in.coveredCounts, in.significance.trials, in.significance.p0, volume0,
                 m_window.coveredVolume, m_clustersTested, in.significance.log10Tail},
                formulas::kSignificance + u" with P(X ≥ "_s + numbertext::integer(c.posts) + u" | Binomial("_s
                    + numbertext::integer(in.significance.trials) + u", "_s + exact(in.significance.p0)
                    + u")): "_s + in.significanceNote);
    }
    c.lifecycle = formulas::lifecycle(c.posts, in.coveredAdjusted, c.baselineMean);

    // health, confidence, cross_platform
    in.health = formulas::health(c.creatorDiversity, c.engagementRate, c.velocity, m_params);
    c.health = in.health.value;
    if (in.health.rescaled) {
        const formulas::Health &h = in.health;
        in.healthNote = u"engagement_rate undefined: its term is left out and w_d, w_v rescaled to sum to 1 ("_s
                        + exact(m_params.healthWeightDiversity) + u", "_s + exact(m_params.healthWeightVelocity)
                        + u" → "_s + exact(h.weightDiversity) + u", "_s + exact(h.weightVelocity) + u')';
        special(u"health"_s, m_healthInputs,
                {c.creatorDiversity, QJsonValue(QJsonValue::Null), c.velocity, h.weightDiversity, h.weightEngagement,
                 h.weightVelocity, m_params.engagementRateTarget, m_params.velocityTarget},
                formulas::kHealth + u": "_s + in.healthNote + u"; health = "_s + exact(h.weightDiversity) + u"·"_s
                    + exact(c.creatorDiversity) + u" + "_s + exact(h.weightVelocity) + u"·min(1, "_s
                    + exact(c.velocity) + u" / "_s + exact(m_params.velocityTarget) + u") = "_s + exact(h.value));
    }
    c.confidence = formulas::confidence(c.uniqueCreators, int(c.regions.size()), m_params);
    c.crossPlatform = formulas::crossPlatform(int(c.platforms.size()));

    return in;
}

void ClusterMetrics::addEvidence(ClusterResult &c, const MetricInputs &inputs)
{
    traceFormulas(c, inputs);
    fillTopPosts(c);
}

void ClusterMetrics::traceFormulas(ClusterResult &c, const MetricInputs &in) const
{
    const formulas::Health &h = in.health;
    const formulas::Significance &sig = in.significance;
    c.formulas = {
        FormulaTrace{u"engagement_rate"_s, formulas::kEngagementRate,
                     m_engagementRateInputs.make({in.engagementWithViews, in.viewsSum, in.postsWithViews,
                                                  in.postsViewsUnknown, in.postsViewsZero}),
                     c.engagementRate, in.engagementRateNote},
        FormulaTrace{u"hours_since_first_seen"_s, formulas::kHoursSinceFirstSeen,
                     m_hoursInputs.make({m_asOfText, isoUtc(c.firstSeenMs), in.rawHours}), c.hoursSinceFirstSeen,
                     in.hoursNote},
        FormulaTrace{u"velocity"_s, formulas::kVelocity,
                     m_velocityInputs.make({in.weightedEngagement, c.engagementSum, c.hoursSinceFirstSeen}), c.velocity,
                     in.weightedEngagement == double(c.engagementSum)
                         ? QString()
                         : u"each post's engagement multiplied by platforms.<slug>.weight"_s},
        FormulaTrace{u"creator_diversity"_s, formulas::kCreatorDiversity,
                     m_diversityInputs.make({c.uniqueCreators, c.posts}), c.creatorDiversity, QString()},
        FormulaTrace{u"baseline"_s, formulas::kCoverage + u"; "_s + formulas::kAdjustedCount + u"; "_s + formulas::kBaseline,
                     m_baselineInputs.make({numbersArray(c.baselineCounts), m_volumes, m_window.postsInWindow,
                                            m_covered, numbersArray(c.baselineAdjusted), optionalNumber(c.baselineMean),
                                            optionalNumber(c.baselineStd)}),
                     c.baselineMean, in.baselineNote},
        FormulaTrace{u"growth"_s, formulas::kGrowth, m_growthInputs.make({c.posts, optionalNumber(c.baselineMean)}),
                     c.growth, c.growth ? QString() : u"undefined: no baseline data"_s},
        FormulaTrace{u"surge_z"_s, formulas::kSurgeZ,
                     m_surgeInputs.make({c.posts, optionalNumber(c.baselineMean), optionalNumber(c.baselineStd),
                                         c.baselineMean ? QJsonValue(std::max({*c.baselineStd,
                                                                               std::sqrt(*c.baselineMean), 1.0}))
                                                        : QJsonValue(QJsonValue::Null)}),
                     c.surgeZ, c.surgeZ ? QString() : u"undefined: no baseline data"_s},
        FormulaTrace{u"significance"_s, formulas::kSignificance,
                     c.significance
                         ? m_significanceInputs.make({c.posts, in.coveredCounts, sig.trials, sig.p0,
                                                      m_window.postsInWindow, m_window.coveredVolume, m_clustersTested,
                                                      sig.log10Tail})
                         : m_significanceInputs.make({c.posts, QJsonValue(QJsonValue::Null),
                                                      QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null),
                                                      m_window.postsInWindow, QJsonValue(QJsonValue::Null),
                                                      m_clustersTested, QJsonValue(QJsonValue::Null)}),
                     c.significance, c.significance ? in.significanceNote : u"undefined: no baseline data"_s},
        FormulaTrace{u"lifecycle"_s, formulas::kLifecycle,
                     m_lifecycleInputs.make({c.posts, numbersArray(c.baselineAdjusted), optionalNumber(c.baselineMean),
                                             c.lifecycle}),
                     std::nullopt, c.lifecycle},
        FormulaTrace{u"health"_s, formulas::kHealth,
                     m_healthInputs.make({c.creatorDiversity, optionalNumber(c.engagementRate), c.velocity,
                                          h.weightDiversity, h.weightEngagement, h.weightVelocity,
                                          m_params.engagementRateTarget, m_params.velocityTarget}),
                     h.value, in.healthNote},
        FormulaTrace{u"confidence"_s, formulas::kConfidence,
                     m_confidenceInputs.make({c.uniqueCreators, int(c.regions.size()),
                                              m_params.confidenceWeightCreators, m_params.confidenceWeightRegions,
                                              m_params.creatorTarget, m_params.regionTarget}),
                     c.confidence, QString()},
    };
}

void ClusterMetrics::fillTopPosts(ClusterResult &c)
{
    const std::size_t k = std::min<std::size_t>(m_scratch.size(), std::size_t(std::max(0, m_params.topPostsPerTile)));
    std::partial_sort(m_scratch.begin(), m_scratch.begin() + std::ptrdiff_t(k), m_scratch.end(),
                      [this](const ScratchPost &x, const ScratchPost &y) {
                          if (x.engagement != y.engagement)
                              return x.engagement > y.engagement;
                          return topPostBefore(x.index, y.index);
                      });
    c.topPosts.reserve(qsizetype(k));
    // Copying a QString bumps its reference count: fetch the scattered strings first so the misses overlap.
    for (std::size_t n = 0; n < k; ++n) {
        const std::uint32_t i = m_scratch[n].index;
        __builtin_prefetch(m_data.creators.at(m_data.posts[i].creator).constData(), 1);
    }
    for (std::size_t n = 0; n < k; ++n) {
        const std::uint32_t i = m_scratch[n].index;
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
