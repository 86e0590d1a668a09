#include "core/model/runjson.h"

#include <limits>

#include "core/model/jsonfieldreader.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

// PipelineParams as JSON keyed by config key ({"window.hours": 24, …}): the form runs are stored
// with, `glasstrend discover --json` prints and POST /discover's `overrides` use.
namespace runjson {
namespace {

// The config keys of SPEC section 3/6 for each plain numeric parameter. One table serves both
// directions so writer and reader cannot drift apart.
struct IntKey
{
    QLatin1StringView key;
    int PipelineParams::*member;
};
struct RealKey
{
    QLatin1StringView key;
    double PipelineParams::*member;
};

constexpr IntKey kIntKeys[] = {
    {"window.hours"_L1, &PipelineParams::windowHours},
    {"window.baseline_windows"_L1, &PipelineParams::baselineWindows},
    {"clustering.min_posts"_L1, &PipelineParams::minPosts},
    {"clustering.min_cooccurrence"_L1, &PipelineParams::minCooccurrence},
    {"clustering.max_tags"_L1, &PipelineParams::maxTags},
    {"validation.min_creators"_L1, &PipelineParams::minCreators},
    {"validation.min_regions"_L1, &PipelineParams::minRegions},
    {"validation.min_platforms"_L1, &PipelineParams::minPlatforms},
    {"validation.creator_target"_L1, &PipelineParams::creatorTarget},
    {"validation.region_target"_L1, &PipelineParams::regionTarget},
    {"evidence.top_posts"_L1, &PipelineParams::topPostsPerTile},
};

constexpr RealKey kRealKeys[] = {
    {"window.min_baseline_coverage"_L1, &PipelineParams::minBaselineCoverage},
    {"clustering.min_jaccard"_L1, &PipelineParams::minJaccard},
    {"health.weights.diversity"_L1, &PipelineParams::healthWeightDiversity},
    {"health.weights.engagement"_L1, &PipelineParams::healthWeightEngagement},
    {"health.weights.velocity"_L1, &PipelineParams::healthWeightVelocity},
    {"health.engagement_rate_target"_L1, &PipelineParams::engagementRateTarget},
    {"health.velocity_target"_L1, &PipelineParams::velocityTarget},
    {"validation.min_creator_diversity"_L1, &PipelineParams::minCreatorDiversity},
    {"validation.min_growth"_L1, &PipelineParams::minGrowth},
    {"validation.min_significance"_L1, &PipelineParams::minSignificance},
    {"confidence.weights.creators"_L1, &PipelineParams::confidenceWeightCreators},
    {"confidence.weights.regions"_L1, &PipelineParams::confidenceWeightRegions},
    {"urgency.act_now_growth"_L1, &PipelineParams::actNowGrowth},
    {"urgency.act_now_confidence"_L1, &PipelineParams::actNowConfidence},
    {"urgency.prepare_growth"_L1, &PipelineParams::prepareGrowth},
};

constexpr QLatin1StringView kAsOf = "as_of"_L1;
constexpr QLatin1StringView kNormalizeVolume = "window.normalize_volume"_L1;
constexpr QLatin1StringView kStoplist = "clustering.stoplist"_L1;
constexpr QLatin1StringView kPlatformsEnabled = "platforms.enabled"_L1;
constexpr QLatin1StringView kPlatformWeights = "platforms.weights"_L1;

} // namespace

QJsonObject toJson(const PipelineParams &p)
{
    QJsonObject o;
    o.insert(kAsOf, p.asOfMs ? QJsonValue(isoUtc(*p.asOfMs)) : QJsonValue(QJsonValue::Null));
    for (const IntKey &k : kIntKeys)
        o.insert(k.key, p.*k.member);
    for (const RealKey &k : kRealKeys)
        o.insert(k.key, jsonNumber(p.*k.member));
    o.insert(kNormalizeVolume, p.normalizeVolume);
    o.insert(kStoplist, QJsonArray::fromStringList(p.stoplist));
    o.insert(kPlatformsEnabled, QJsonArray::fromStringList(p.enabledPlatforms));
    QJsonObject weights;
    for (auto it = p.platformWeights.cbegin(); it != p.platformWeights.cend(); ++it)
        weights.insert(it.key(), jsonNumber(it.value()));
    o.insert(kPlatformWeights, weights);
    return o;
}

Result<PipelineParams> paramsFromJson(const QJsonObject &json)
{
    // Absent keys keep their defaults, so the same function reads a stored run's full set and
    // the partial `overrides` of POST /discover. Unknown keys are errors, never ignored (SPEC 6).
    QString error;
    JsonFieldReader r(json, u"params"_s, &error);
    PipelineParams p;
    QStringList known{QString(kAsOf), QString(kNormalizeVolume), QString(kStoplist), QString(kPlatformsEnabled), QString(kPlatformWeights)};

    for (const IntKey &k : kIntKeys) {
        known.append(QString(k.key));
        if (json.contains(k.key)) {
            const qint64 v = r.integer(k.key);
            if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
                r.fail(k.key, u"out of range"_s);
            p.*k.member = int(v);
        }
    }
    for (const RealKey &k : kRealKeys) {
        known.append(QString(k.key));
        if (json.contains(k.key)) {
            if (!json.value(k.key).isDouble())
                r.fail(k.key, u"expected a number"_s);
            else
                p.*k.member = json.value(k.key).toDouble();
        }
    }
    if (json.contains(kAsOf) && !json.value(kAsOf).isNull())
        p.asOfMs = r.time(kAsOf);
    if (json.contains(kNormalizeVolume))
        p.normalizeVolume = r.boolean(kNormalizeVolume);
    if (json.contains(kStoplist))
        p.stoplist = r.strings(kStoplist);
    if (json.contains(kPlatformsEnabled))
        p.enabledPlatforms = r.strings(kPlatformsEnabled);
    if (json.contains(kPlatformWeights)) {
        const QJsonObject weights = r.object(kPlatformWeights);
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            if (!it.value().isDouble())
                r.fail(kPlatformWeights, u"expected a number for "_s % it.key());
            else
                p.platformWeights.insert(it.key(), it.value().toDouble());
        }
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()) && error.isEmpty())
            error = u"params."_s % it.key() % u": unknown key"_s;
    }
    if (!error.isEmpty())
        return JsonFieldReader::invalidValue(error);
    return p;
}

} // namespace runjson
