#include "ui/widgets/thresholdknobs.h"

#include <cmath>

#include <QtGlobal>

namespace {

using P = PipelineParams;

constexpr KnobSpec knob(const char *group, const char16_t *key, const char *label, const char *doc, double min,
                        double max, double step, int P::*member)
{
    return {group, key, label, doc, min, max, step, member, nullptr};
}

constexpr KnobSpec knob(const char *group, const char16_t *key, const char *label, const char *doc, double min,
                        double max, double step, double P::*member)
{
    return {group, key, label, doc, min, max, step, nullptr, member};
}

// One row per knob; the keys are those of core/model/paramsjson.cpp and config.example.yaml.
constexpr KnobSpec kKnobs[] = {
    // The window (as_of, window.hours, window.baseline_windows) is the time bar's (ui/widgets/timebar).
    knob(QT_TRANSLATE_NOOP("Knob", "Window"), u"window.min_baseline_coverage",
         QT_TRANSLATE_NOOP("Knob", "Min coverage"),
         QT_TRANSLATE_NOOP("Knob", "A baseline window counts when it holds ≥ this × the current window's posts"), 0, 2,
         0.05, &P::minBaselineCoverage),
    knob(QT_TRANSLATE_NOOP("Knob", "Clustering"), u"clustering.min_posts", QT_TRANSLATE_NOOP("Knob", "Min posts"),
         QT_TRANSLATE_NOOP("Knob", "A tag needs this many posts in the window"), 1, 100, 1, &P::minPosts),
    knob(QT_TRANSLATE_NOOP("Knob", "Clustering"), u"clustering.min_cooccurrence",
         QT_TRANSLATE_NOOP("Knob", "Min co-occurrence"),
         QT_TRANSLATE_NOOP("Knob", "Posts two tags must share for an edge"), 1, 100, 1, &P::minCooccurrence),
    knob(QT_TRANSLATE_NOOP("Knob", "Clustering"), u"clustering.min_jaccard", QT_TRANSLATE_NOOP("Knob", "Min Jaccard"),
         QT_TRANSLATE_NOOP("Knob", "co(A,B) / (posts(A) + posts(B) − co(A,B)) for an edge"), 0, 1, 0.01,
         &P::minJaccard),
    knob(QT_TRANSLATE_NOOP("Knob", "Clustering"), u"clustering.max_tags", QT_TRANSLATE_NOOP("Knob", "Max tags"),
         QT_TRANSLATE_NOOP("Knob", "Larger components are split at their weakest edges"), 1, 50, 1, &P::maxTags),
    knob(QT_TRANSLATE_NOOP("Knob", "Validation"), u"validation.min_creators", QT_TRANSLATE_NOOP("Knob", "Creators ≥"),
         QT_TRANSLATE_NOOP("Knob", "Unique (platform, creator) pairs"), 0, 200, 1, &P::minCreators),
    knob(QT_TRANSLATE_NOOP("Knob", "Validation"), u"validation.min_creator_diversity",
         QT_TRANSLATE_NOOP("Knob", "Diversity ≥"), QT_TRANSLATE_NOOP("Knob", "unique creators / posts"), 0, 1, 0.01,
         &P::minCreatorDiversity),
    knob(QT_TRANSLATE_NOOP("Knob", "Validation"), u"validation.min_regions", QT_TRANSLATE_NOOP("Knob", "Regions ≥"),
         QT_TRANSLATE_NOOP("Knob", "Distinct non-empty regions"), 0, 30, 1, &P::minRegions),
    knob(QT_TRANSLATE_NOOP("Knob", "Validation"), u"validation.min_platforms", QT_TRANSLATE_NOOP("Knob", "Platforms ≥"),
         QT_TRANSLATE_NOOP("Knob", "Distinct platforms"), 0, 10, 1, &P::minPlatforms),
    knob(QT_TRANSLATE_NOOP("Knob", "Validation"), u"validation.min_growth", QT_TRANSLATE_NOOP("Knob", "Growth ≥"),
         QT_TRANSLATE_NOOP("Knob", "(posts in window + 1) / (μ + 1)"), 0, 20, 0.1, &P::minGrowth),
    knob(QT_TRANSLATE_NOOP("Knob", "Validation"), u"validation.min_significance",
         QT_TRANSLATE_NOOP("Knob", "Significance ≥"),
         QT_TRANSLATE_NOOP("Knob", "−log10(binomial tail × clusters tested)"), 0, 50, 0.5, &P::minSignificance),
    knob(QT_TRANSLATE_NOOP("Knob", "Confidence"), u"confidence.weights.creators",
         QT_TRANSLATE_NOOP("Knob", "Weight creators"),
         QT_TRANSLATE_NOOP("Knob", "w_c in w_c·min(1, creators / target)"), 0, 1, 0.05, &P::confidenceWeightCreators),
    knob(QT_TRANSLATE_NOOP("Knob", "Confidence"), u"validation.creator_target",
         QT_TRANSLATE_NOOP("Knob", "Creator target"),
         QT_TRANSLATE_NOOP("Knob", "Unique creators that earn the full w_c"), 1, 200, 1, &P::creatorTarget),
    knob(QT_TRANSLATE_NOOP("Knob", "Confidence"), u"confidence.weights.regions",
         QT_TRANSLATE_NOOP("Knob", "Weight regions"), QT_TRANSLATE_NOOP("Knob", "w_r in w_r·min(1, regions / target)"),
         0, 1, 0.05, &P::confidenceWeightRegions),
    knob(QT_TRANSLATE_NOOP("Knob", "Confidence"), u"validation.region_target",
         QT_TRANSLATE_NOOP("Knob", "Region target"),
         QT_TRANSLATE_NOOP("Knob", "Distinct regions that earn the full w_r"), 1, 30, 1, &P::regionTarget),
    knob(QT_TRANSLATE_NOOP("Knob", "Health"), u"health.weights.diversity",
         QT_TRANSLATE_NOOP("Knob", "Weight diversity"), QT_TRANSLATE_NOOP("Knob", "w_d in the health formula"), 0, 1,
         0.05, &P::healthWeightDiversity),
    knob(QT_TRANSLATE_NOOP("Knob", "Health"), u"health.weights.engagement",
         QT_TRANSLATE_NOOP("Knob", "Weight engagement"), QT_TRANSLATE_NOOP("Knob", "w_e in the health formula"), 0, 1,
         0.05, &P::healthWeightEngagement),
    knob(QT_TRANSLATE_NOOP("Knob", "Health"), u"health.weights.velocity", QT_TRANSLATE_NOOP("Knob", "Weight velocity"),
         QT_TRANSLATE_NOOP("Knob", "w_v in the health formula"), 0, 1, 0.05, &P::healthWeightVelocity),
    knob(QT_TRANSLATE_NOOP("Knob", "Health"), u"health.engagement_rate_target",
         QT_TRANSLATE_NOOP("Knob", "Engagement target"), QT_TRANSLATE_NOOP("Knob", "Engagement rate that scores 1"),
         0.01, 1, 0.01, &P::engagementRateTarget),
    knob(QT_TRANSLATE_NOOP("Knob", "Health"), u"health.velocity_target", QT_TRANSLATE_NOOP("Knob", "Velocity target"),
         QT_TRANSLATE_NOOP("Knob", "Engagement per hour that scores 1"), 10, 100000, 10, &P::velocityTarget),
    knob(QT_TRANSLATE_NOOP("Knob", "Urgency"), u"urgency.act_now_growth",
         QT_TRANSLATE_NOOP("Knob", "Act now: growth ≥"), QT_TRANSLATE_NOOP("Knob", "With confidence ≥ the next knob"),
         0, 20, 0.1, &P::actNowGrowth),
    knob(QT_TRANSLATE_NOOP("Knob", "Urgency"), u"urgency.act_now_confidence",
         QT_TRANSLATE_NOOP("Knob", "Act now: confidence ≥"), QT_TRANSLATE_NOOP("Knob", "Confidence needed for act_now"),
         0, 1, 0.05, &P::actNowConfidence),
    knob(QT_TRANSLATE_NOOP("Knob", "Urgency"), u"urgency.prepare_growth",
         QT_TRANSLATE_NOOP("Knob", "Prepare: growth ≥"), QT_TRANSLATE_NOOP("Knob", "Below it a trend is monitor"), 0,
         20, 0.1, &P::prepareGrowth),
    knob(QT_TRANSLATE_NOOP("Knob", "Evidence"), u"evidence.top_posts", QT_TRANSLATE_NOOP("Knob", "Top posts"),
         QT_TRANSLATE_NOOP("Knob", "Top posts by engagement in a tile's evidence chain"), 0, 100, 1,
         &P::topPostsPerTile),
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
