#include "core/model/runjson.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace runjson {
namespace {

// A non-finite double would make QJsonDocument write `null` anyway; doing it here keeps the
// rule visible and identical for every field, and lets the reader map null back to NaN.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

template <typename Int>
QJsonArray intArray(const QList<Int> &list)
{
    QJsonArray out;
    for (const Int v : list)
        out.append(qint64(v));
    return out;
}

/// Reads typed fields from one JSON object and remembers the first problem, named by its path
/// ("cluster.checks[2].threshold"), so the callers stay a flat list of fields.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *firstError)
        : m_object(object), m_path(std::move(path)), m_error(firstError)
    {
    }

    QJsonValue raw(QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required)
            fail(key, u"missing"_s);
        return v;
    }

    QString string(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (!v.isUndefined() && !v.isString())
            fail(key, u"expected a string"_s);
        return v.toString();
    }

    bool boolean(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (!v.isUndefined() && !v.isBool())
            fail(key, u"expected true or false"_s);
        return v.toBool();
    }

    /// null reads as NaN: the writer maps non-finite values to null.
    double real(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (v.isNull())
            return std::numeric_limits<double>::quiet_NaN();
        if (!v.isUndefined() && !v.isDouble())
            fail(key, u"expected a number"_s);
        return v.toDouble();
    }

    std::optional<double> optionalReal(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(key, u"expected a number or null"_s);
            return std::nullopt;
        }
        return v.toDouble();
    }

    qint64 integer(QLatin1StringView key) { return toInteger(key, raw(key)); }

    std::optional<qint64> optionalInteger(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return toInteger(key, v);
    }

    qint64 time(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined())
            return 0;
        const auto ms = v.isString() ? parseIsoUtc(v.toString()) : std::nullopt;
        if (!ms)
            fail(key, u"expected an ISO-8601 time with offset or Z"_s);
        return ms.value_or(0);
    }

    QStringList strings(QLatin1StringView key)
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (const QJsonValue &v : a) {
            if (!v.isString())
                fail(key, u"expected an array of strings"_s);
            out.append(v.toString());
        }
        return out;
    }

    template <typename Int>
    QList<Int> integers(QLatin1StringView key)
    {
        QList<Int> out;
        const QJsonArray a = array(key);
        for (const QJsonValue &v : a)
            out.append(Int(toInteger(key, v)));
        return out;
    }

    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue v = raw(key);
        if (!v.isUndefined() && !v.isArray())
            fail(key, u"expected an array"_s);
        return v.toArray();
    }

    QJsonObject object(QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = raw(key, required);
        if (!v.isUndefined() && !v.isObject())
            fail(key, u"expected an object"_s);
        return v.toObject();
    }

    QString childPath(QLatin1StringView key, qsizetype index = -1) const
    {
        QString p = m_path % u'.' % key;
        if (index >= 0)
            p += u'[' % QString::number(index) % u']';
        return p;
    }

    QString *errorSink() const { return m_error; }

    void fail(QLatin1StringView key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = childPath(key) % u": "_s % what;
    }

private:
    qint64 toInteger(QLatin1StringView key, const QJsonValue &v)
    {
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
            fail(key, u"expected an integer"_s);
            return 0;
        }
        return v.toInteger();
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

Error invalid(const QString &message)
{
    return Error{u"invalid_value"_s, message, {}};
}

QJsonObject checkJson(const ValidationCheck &c)
{
    return {{u"name"_s, c.name}, {u"value"_s, number(c.value)}, {u"threshold"_s, number(c.threshold)}, {u"passed"_s, c.passed}};
}

QJsonObject formulaJson(const FormulaTrace &f)
{
    return {{u"name"_s, f.name},
            {u"formula"_s, f.formula},
            {u"inputs"_s, f.inputs},
            {u"result"_s, optionalNumber(f.result)},
            {u"note"_s, f.note}};
}

QJsonObject edgeJson(const ClusterEdge &e)
{
    return {{u"a"_s, e.a}, {u"b"_s, e.b}, {u"cooccurrence"_s, e.cooccurrence}, {u"jaccard"_s, number(e.jaccard)}};
}

QJsonObject topPostJson(const TopPost &p)
{
    return {{u"row_id"_s, p.rowId},
            {u"platform"_s, p.platform},
            {u"post_id"_s, p.postId},
            {u"creator_id"_s, p.creatorId},
            {u"creator_name"_s, p.creatorName},
            {u"text"_s, p.text},
            {u"url"_s, p.url},
            {u"region"_s, p.region},
            {u"likes"_s, p.likes},
            {u"comments"_s, p.comments},
            {u"shares"_s, p.shares},
            {u"saves"_s, p.saves},
            {u"views"_s, p.views ? QJsonValue(*p.views) : QJsonValue(QJsonValue::Null)},
            {u"engagement"_s, p.engagement},
            {u"created_at"_s, isoUtc(p.createdAtMs)}};
}

template <typename T, typename Fn>
QList<T> readObjects(FieldReader &parent, QLatin1StringView key, Fn readOne)
{
    QList<T> out;
    const QJsonArray a = parent.array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            parent.fail(key, u"expected an array of objects"_s);
            continue;
        }
        FieldReader r(a.at(i).toObject(), parent.childPath(key, i), parent.errorSink());
        out.append(readOne(r));
    }
    return out;
}

void readEvidence(FieldReader &tile, ClusterResult &c)
{
    const QJsonValue ev = tile.raw("evidence"_L1, false);
    if (ev.isUndefined())
        return;
    if (!ev.isObject()) {
        tile.fail("evidence"_L1, u"expected an object"_s);
        return;
    }
    FieldReader e(ev.toObject(), tile.childPath("evidence"_L1), tile.errorSink());
    c.formulas = readObjects<FormulaTrace>(e, "formulas"_L1, [](FieldReader &r) {
        FormulaTrace f;
        f.name = r.string("name"_L1);
        f.formula = r.string("formula"_L1);
        f.inputs = r.object("inputs"_L1);
        f.result = r.optionalReal("result"_L1);
        f.note = r.string("note"_L1);
        return f;
    });
    c.edges = readObjects<ClusterEdge>(e, "edges"_L1, [](FieldReader &r) {
        ClusterEdge edge;
        edge.a = r.string("a"_L1);
        edge.b = r.string("b"_L1);
        edge.cooccurrence = int(r.integer("cooccurrence"_L1));
        edge.jaccard = r.real("jaccard"_L1);
        return edge;
    });
    c.topPosts = readObjects<TopPost>(e, "top_posts"_L1, [](FieldReader &r) {
        TopPost p;
        p.rowId = r.integer("row_id"_L1);
        p.platform = r.string("platform"_L1);
        p.postId = r.string("post_id"_L1);
        p.creatorId = r.string("creator_id"_L1);
        p.creatorName = r.string("creator_name"_L1);
        p.text = r.string("text"_L1);
        p.url = r.string("url"_L1);
        p.region = r.string("region"_L1);
        p.likes = r.integer("likes"_L1);
        p.comments = r.integer("comments"_L1);
        p.shares = r.integer("shares"_L1);
        p.saves = r.integer("saves"_L1);
        p.views = r.optionalInteger("views"_L1);
        p.engagement = r.integer("engagement"_L1);
        p.createdAtMs = r.time("created_at"_L1);
        return p;
    });
    FieldReader hourly(e.object("hourly"_L1), e.childPath("hourly"_L1), e.errorSink());
    c.hourlyPosts = hourly.integers<qint64>("posts"_L1);
    c.hourlyEngagement = hourly.integers<qint64>("engagement"_L1);
}

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
constexpr QLatin1StringView kStoplist = "clustering.stoplist"_L1;
constexpr QLatin1StringView kPlatformsEnabled = "platforms.enabled"_L1;
constexpr QLatin1StringView kPlatformWeights = "platforms.weights"_L1;

} // namespace

QJsonObject toJson(const ClusterResult &c, Detail detail)
{
    QJsonArray checks;
    for (const ValidationCheck &check : c.checks)
        checks.append(checkJson(check));

    QJsonObject o{
        {u"trend_id"_s, c.trendId},
        {u"rank"_s, c.rank},
        {u"title"_s, c.title},
        {u"anchor"_s, c.anchor},
        {u"hashtags"_s, stringArray(c.hashtags)},
        {u"posts"_s, c.posts},
        {u"unique_creators"_s, c.uniqueCreators},
        {u"platforms"_s, stringArray(c.platforms)},
        {u"regions"_s, stringArray(c.regions)},
        {u"cross_platform"_s, c.crossPlatform},
        {u"first_seen"_s, isoUtc(c.firstSeenMs)},
        {u"last_seen"_s, isoUtc(c.lastSeenMs)},
        {u"engagement_sum"_s, c.engagementSum},
        {u"engagement_rate"_s, optionalNumber(c.engagementRate)},
        {u"hours_since_first_seen"_s, number(c.hoursSinceFirstSeen)},
        {u"velocity"_s, number(c.velocity)},
        {u"creator_diversity"_s, number(c.creatorDiversity)},
        {u"baseline_counts"_s, intArray(c.baselineCounts)},
        {u"baseline_mean"_s, number(c.baselineMean)},
        {u"baseline_std"_s, number(c.baselineStd)},
        {u"growth"_s, number(c.growth)},
        {u"surge_z"_s, number(c.surgeZ)},
        {u"significance"_s, number(c.significance)},
        {u"health"_s, number(c.health)},
        {u"confidence"_s, number(c.confidence)},
        {u"is_trend"_s, c.isTrend},
        {u"checks"_s, checks},
        {u"urgency"_s, c.urgency},
        {u"insight"_s, c.insight},
        {u"recommendation"_s, c.recommendation},
    };
    if (detail == Detail::Tile)
        return o;

    QJsonArray formulas, edges, topPosts;
    for (const FormulaTrace &f : c.formulas)
        formulas.append(formulaJson(f));
    for (const ClusterEdge &e : c.edges)
        edges.append(edgeJson(e));
    for (const TopPost &p : c.topPosts)
        topPosts.append(topPostJson(p));
    o.insert(u"evidence"_s, QJsonObject{
                                {u"formulas"_s, formulas},
                                {u"edges"_s, edges},
                                {u"top_posts"_s, topPosts},
                                {u"hourly"_s, QJsonObject{{u"posts"_s, intArray(c.hourlyPosts)},
                                                          {u"engagement"_s, intArray(c.hourlyEngagement)}}},
                            });
    return o;
}

Result<ClusterResult> clusterFromJson(const QJsonObject &json)
{
    QString error;
    FieldReader r(json, u"cluster"_s, &error);
    ClusterResult c;
    c.trendId = r.string("trend_id"_L1);
    c.rank = int(r.integer("rank"_L1));
    c.title = r.string("title"_L1);
    c.anchor = r.string("anchor"_L1);
    c.hashtags = r.strings("hashtags"_L1);
    c.posts = int(r.integer("posts"_L1));
    c.uniqueCreators = int(r.integer("unique_creators"_L1));
    c.platforms = r.strings("platforms"_L1);
    c.regions = r.strings("regions"_L1);
    c.crossPlatform = r.boolean("cross_platform"_L1);
    c.firstSeenMs = r.time("first_seen"_L1);
    c.lastSeenMs = r.time("last_seen"_L1);
    c.engagementSum = r.integer("engagement_sum"_L1);
    c.engagementRate = r.optionalReal("engagement_rate"_L1);
    c.hoursSinceFirstSeen = r.real("hours_since_first_seen"_L1);
    c.velocity = r.real("velocity"_L1);
    c.creatorDiversity = r.real("creator_diversity"_L1);
    c.baselineCounts = r.integers<int>("baseline_counts"_L1);
    c.baselineMean = r.real("baseline_mean"_L1);
    c.baselineStd = r.real("baseline_std"_L1);
    c.growth = r.real("growth"_L1);
    c.surgeZ = r.real("surge_z"_L1);
    c.significance = r.real("significance"_L1);
    c.health = r.real("health"_L1);
    c.confidence = r.real("confidence"_L1);
    c.isTrend = r.boolean("is_trend"_L1);
    c.checks = readObjects<ValidationCheck>(r, "checks"_L1, [](FieldReader &cr) {
        ValidationCheck check;
        check.name = cr.string("name"_L1);
        check.value = cr.real("value"_L1);
        check.threshold = cr.real("threshold"_L1);
        check.passed = cr.boolean("passed"_L1);
        return check;
    });
    c.urgency = r.string("urgency"_L1);
    c.insight = r.string("insight"_L1);
    c.recommendation = r.string("recommendation"_L1);
    readEvidence(r, c);
    if (!error.isEmpty())
        return invalid(error);
    return c;
}

QJsonObject toJson(const Decision &d)
{
    return {{u"stage"_s, d.stage},   {u"subject"_s, d.subject}, {u"rule"_s, d.rule},
            {u"values"_s, d.values}, {u"outcome"_s, d.outcome}, {u"message"_s, d.message}};
}

Result<Decision> decisionFromJson(const QJsonObject &json)
{
    QString error;
    FieldReader r(json, u"decision"_s, &error);
    Decision d;
    d.stage = r.string("stage"_L1);
    d.subject = r.string("subject"_L1);
    d.rule = r.string("rule"_L1);
    d.values = r.object("values"_L1);
    d.outcome = r.string("outcome"_L1);
    d.message = r.string("message"_L1);
    if (!error.isEmpty())
        return invalid(error);
    return d;
}

QJsonObject toJson(const PipelineParams &p)
{
    QJsonObject o;
    o.insert(kAsOf, p.asOfMs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoUtc(p.asOfMs)));
    for (const IntKey &k : kIntKeys)
        o.insert(k.key, p.*k.member);
    for (const RealKey &k : kRealKeys)
        o.insert(k.key, number(p.*k.member));
    o.insert(kStoplist, stringArray(p.stoplist));
    o.insert(kPlatformsEnabled, stringArray(p.enabledPlatforms));
    QJsonObject weights;
    for (auto it = p.platformWeights.cbegin(); it != p.platformWeights.cend(); ++it)
        weights.insert(it.key(), number(it.value()));
    o.insert(kPlatformWeights, weights);
    return o;
}

Result<PipelineParams> paramsFromJson(const QJsonObject &json)
{
    // Absent keys keep their defaults, so the same function reads a stored run's full set and
    // the partial `overrides` of POST /discover. Unknown keys are errors, never ignored (SPEC 6).
    QString error;
    FieldReader r(json, u"params"_s, &error);
    PipelineParams p;
    QStringList known{QString(kAsOf), QString(kStoplist), QString(kPlatformsEnabled), QString(kPlatformWeights)};

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
        return invalid(error);
    return p;
}

QJsonObject discoverBody(const RunResult &run)
{
    std::vector<const ClusterResult *> trends;
    for (const ClusterResult &c : run.clusters) {
        if (c.isTrend)
            trends.push_back(&c);
    }
    std::stable_sort(trends.begin(), trends.end(), [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
    QJsonArray tiles;
    for (const ClusterResult *c : trends)
        tiles.append(toJson(*c, Detail::Tile));

    return {{u"run_id"_s, run.runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.runId)},
            {u"as_of"_s, isoUtc(run.asOfMs)},
            {u"window_hours"_s, run.params.windowHours},
            {u"posts_in_window"_s, run.postsInWindow},
            {u"clusters"_s, qint64(run.clusters.size())},
            {u"trends"_s, qint64(trends.size())},
            {u"duration_ms"_s, run.durationMs},
            {u"tiles"_s, tiles}};
}

} // namespace runjson
