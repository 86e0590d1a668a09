#include "ui/widgets/thresholdknobs.h"

#include <cmath>

namespace {

using P = PipelineParams;

constexpr KnobSpec knob(const char16_t *group, const char16_t *key, const char16_t *label, const char16_t *doc,
                        double min, double max, double step, int P::*member)
{
    return {group, key, label, doc, min, max, step, member, nullptr};
}

constexpr KnobSpec knob(const char16_t *group, const char16_t *key, const char16_t *label, const char16_t *doc,
                        double min, double max, double step, double P::*member)
{
    return {group, key, label, doc, min, max, step, nullptr, member};
}

// One row per knob; the keys are those of core/model/paramsjson.cpp and config.example.yaml.
constexpr KnobSpec kKnobs[] = {
    // The window (as_of, window.hours, window.baseline_windows) is the time bar's (ui/widgets/timebar).
    knob(u"Window", u"window.min_baseline_coverage", u"Min coverage",
         u"A baseline window counts when it holds ≥ this × the current window's posts", 0, 2, 0.05,
         &P::minBaselineCoverage),
    knob(u"Clustering", u"clustering.min_posts", u"Min posts", u"A tag needs this many posts in the window", 1, 100, 1,
         &P::minPosts),
    knob(u"Clustering", u"clustering.min_cooccurrence", u"Min co-occurrence", u"Posts two tags must share for an edge",
         1, 100, 1, &P::minCooccurrence),
    knob(u"Clustering", u"clustering.min_jaccard", u"Min Jaccard",
         u"co(A,B) / (posts(A) + posts(B) − co(A,B)) for an edge", 0, 1, 0.01, &P::minJaccard),
    knob(u"Clustering", u"clustering.max_tags", u"Max tags", u"Larger components are split at their weakest edges", 1,
         50, 1, &P::maxTags),
    knob(u"Validation", u"validation.min_creators", u"Creators ≥", u"Unique (platform, creator) pairs", 0, 200, 1,
         &P::minCreators),
    knob(u"Validation", u"validation.min_creator_diversity", u"Diversity ≥", u"unique creators / posts", 0, 1, 0.01,
         &P::minCreatorDiversity),
    knob(u"Validation", u"validation.min_regions", u"Regions ≥", u"Distinct non-empty regions", 0, 30, 1,
         &P::minRegions),
    knob(u"Validation", u"validation.min_platforms", u"Platforms ≥", u"Distinct platforms", 0, 10, 1, &P::minPlatforms),
    knob(u"Validation", u"validation.min_growth", u"Growth ≥", u"(posts in window + 1) / (μ + 1)", 0, 20, 0.1,
         &P::minGrowth),
    knob(u"Validation", u"validation.min_significance", u"Significance ≥", u"−log10(binomial tail × clusters tested)", 0,
         50, 0.5, &P::minSignificance),
    knob(u"Confidence", u"confidence.weights.creators", u"Weight creators", u"w_c in w_c·min(1, creators / target)", 0,
         1, 0.05, &P::confidenceWeightCreators),
    knob(u"Confidence", u"validation.creator_target", u"Creator target", u"Unique creators that earn the full w_c", 1,
         200, 1, &P::creatorTarget),
    knob(u"Confidence", u"confidence.weights.regions", u"Weight regions", u"w_r in w_r·min(1, regions / target)", 0, 1,
         0.05, &P::confidenceWeightRegions),
    knob(u"Confidence", u"validation.region_target", u"Region target", u"Distinct regions that earn the full w_r", 1,
         30, 1, &P::regionTarget),
    knob(u"Health", u"health.weights.diversity", u"Weight diversity", u"w_d in the health formula", 0, 1, 0.05,
         &P::healthWeightDiversity),
    knob(u"Health", u"health.weights.engagement", u"Weight engagement", u"w_e in the health formula", 0, 1, 0.05,
         &P::healthWeightEngagement),
    knob(u"Health", u"health.weights.velocity", u"Weight velocity", u"w_v in the health formula", 0, 1, 0.05,
         &P::healthWeightVelocity),
    knob(u"Health", u"health.engagement_rate_target", u"Engagement target", u"Engagement rate that scores 1", 0.01, 1,
         0.01, &P::engagementRateTarget),
    knob(u"Health", u"health.velocity_target", u"Velocity target", u"Engagement per hour that scores 1", 10, 100000, 10,
         &P::velocityTarget),
    knob(u"Urgency", u"urgency.act_now_growth", u"Act now: growth ≥", u"With confidence ≥ the next knob", 0, 20, 0.1,
         &P::actNowGrowth),
    knob(u"Urgency", u"urgency.act_now_confidence", u"Act now: confidence ≥", u"Confidence needed for act_now", 0, 1,
         0.05, &P::actNowConfidence),
    knob(u"Urgency", u"urgency.prepare_growth", u"Prepare: growth ≥", u"Below it a trend is monitor", 0, 20, 0.1,
         &P::prepareGrowth),
    knob(u"Evidence", u"evidence.top_posts", u"Top posts", u"Top posts by engagement in a tile's evidence chain", 0,
         100, 1, &P::topPostsPerTile),
};

} // namespace

double KnobSpec::get(const PipelineParams &params) const
{
    return intMember ? double(params.*intMember) : params.*realMember;
}

void KnobSpec::set(PipelineParams &params, double value) const
{
    if (intMember)
        params.*intMember = int(std::lround(value));
    else
        params.*realMember = value;
}

std::span<const KnobSpec> thresholdKnobs()
{
    return kKnobs;
}
