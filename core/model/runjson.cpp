#include "core/model/runjson.h"

#include <algorithm>
#include <limits>

#include "core/model/jsonfieldreader.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace runjson {
namespace {

template <typename Int> QJsonArray intArray(const QList<Int> &list)
{
    QJsonArray out;
    for (const Int v : list)
        out.append(qint64(v));
    return out;
}

QJsonObject checkJson(const ValidationCheck &c)
{
    QJsonObject o{{u"name"_s, c.name},
                  {u"value"_s, jsonOptionalNumber(c.value)},
                  {u"threshold"_s, jsonNumber(c.threshold)},
                  {u"passed"_s, c.passed}};
    if (!c.reason.isEmpty())
        o.insert(u"reason"_s, c.reason);
    return o;
}

QJsonArray adjustedArray(const QList<double> &adjusted)
{
    QJsonArray out;
    for (const double a : adjusted)
        out.append(jsonNumber(a)); // NaN (an uncovered window) is null
    return out;
}

QJsonObject formulaJson(const FormulaTrace &f)
{
    return {{u"name"_s, f.name},
            {u"formula"_s, f.formula},
            {u"inputs"_s, f.inputs},
            {u"result"_s, jsonOptionalNumber(f.result)},
            {u"note"_s, f.note}};
}

QJsonObject edgeJson(const ClusterEdge &e)
{
    return {{u"a"_s, e.a}, {u"b"_s, e.b}, {u"cooccurrence"_s, e.cooccurrence}, {u"jaccard"_s, jsonNumber(e.jaccard)}};
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

void readEvidence(JsonFieldReader &tile, ClusterResult &c)
{
    const QJsonValue ev = tile.raw("evidence"_L1, false);
    if (ev.isUndefined())
        return;
    if (!ev.isObject()) {
        tile.fail("evidence"_L1, u"expected an object"_s);
        return;
    }
    JsonFieldReader e = tile.child("evidence"_L1);
    c.formulas = e.objects<FormulaTrace>("formulas"_L1, [](JsonFieldReader &r) {
        FormulaTrace f;
        f.name = r.string("name"_L1);
        f.formula = r.string("formula"_L1);
        f.inputs = r.object("inputs"_L1);
        f.result = r.optionalReal("result"_L1);
        f.note = r.string("note"_L1);
        return f;
    });
    c.edges = e.objects<ClusterEdge>("edges"_L1, [](JsonFieldReader &r) {
        ClusterEdge edge;
        edge.a = r.string("a"_L1);
        edge.b = r.string("b"_L1);
        edge.cooccurrence = int(r.integer("cooccurrence"_L1));
        edge.jaccard = r.real("jaccard"_L1);
        return edge;
    });
    c.topPosts = e.objects<TopPost>("top_posts"_L1, [](JsonFieldReader &r) {
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
    JsonFieldReader hourly = e.child("hourly"_L1);
    c.hourlyPosts = hourly.integers<qint64>("posts"_L1);
    c.hourlyEngagement = hourly.integers<qint64>("engagement"_L1);
}

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
        {u"hashtags"_s, QJsonArray::fromStringList(c.hashtags)},
        {u"anchor_display"_s, c.anchorDisplay()},
        {u"hashtags_display"_s, QJsonArray::fromStringList(c.displayHashtags())},
        {u"posts"_s, c.posts},
        {u"unique_creators"_s, c.uniqueCreators},
        {u"platforms"_s, QJsonArray::fromStringList(c.platforms)},
        {u"regions"_s, QJsonArray::fromStringList(c.regions)},
        {u"cross_platform"_s, c.crossPlatform},
        {u"first_seen"_s, isoUtc(c.firstSeenMs)},
        {u"last_seen"_s, isoUtc(c.lastSeenMs)},
        {u"engagement_sum"_s, c.engagementSum},
        {u"engagement_rate"_s, jsonOptionalNumber(c.engagementRate)},
        {u"hours_since_first_seen"_s, jsonNumber(c.hoursSinceFirstSeen)},
        {u"velocity"_s, jsonNumber(c.velocity)},
        {u"creator_diversity"_s, jsonNumber(c.creatorDiversity)},
        {u"baseline_counts"_s, intArray(c.baselineCounts)},
        {u"baseline_adjusted"_s, adjustedArray(c.baselineAdjusted)},
        {u"covered_baseline_windows"_s, c.coveredBaselineWindows},
        {u"baseline_mean"_s, jsonOptionalNumber(c.baselineMean)},
        {u"baseline_std"_s, jsonOptionalNumber(c.baselineStd)},
        {u"growth"_s, jsonOptionalNumber(c.growth)},
        {u"surge_z"_s, jsonOptionalNumber(c.surgeZ)},
        {u"significance"_s, jsonOptionalNumber(c.significance)},
        {u"lifecycle"_s, c.lifecycle},
        {u"health"_s, jsonNumber(c.health)},
        {u"confidence"_s, jsonNumber(c.confidence)},
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
    JsonFieldReader r(json, u"cluster"_s, &error);
    ClusterResult c;
    c.trendId = r.string("trend_id"_L1);
    c.rank = int(r.integer("rank"_L1));
    c.title = r.string("title"_L1);
    c.anchor = r.string("anchor"_L1);
    c.hashtags = r.strings("hashtags"_L1);
    // Runs stored before display forms (issue 10) have none: their tags show as normalized.
    if (json.contains("hashtags_display"_L1)) {
        c.hashtagsDisplay = r.strings("hashtags_display"_L1);
        if (c.hashtagsDisplay.size() != c.hashtags.size())
            c.hashtagsDisplay.clear();
    }
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
    // Runs stored before baseline coverage (SPEC 3 as changed in issue 11) lack the adjusted counts, the covered
    // window count and the lifecycle: read as "every window covered, unadjusted", with no lifecycle label.
    if (json.contains("baseline_adjusted"_L1)) {
        for (const QJsonValue &v : r.array("baseline_adjusted"_L1))
            c.baselineAdjusted.append(v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN());
        c.coveredBaselineWindows = int(r.integer("covered_baseline_windows"_L1));
        c.lifecycle = r.string("lifecycle"_L1);
    } else {
        for (const int n : c.baselineCounts)
            c.baselineAdjusted.append(n);
        c.coveredBaselineWindows = int(c.baselineCounts.size());
    }
    c.baselineMean = r.optionalReal("baseline_mean"_L1);
    c.baselineStd = r.optionalReal("baseline_std"_L1);
    c.growth = r.optionalReal("growth"_L1);
    c.surgeZ = r.optionalReal("surge_z"_L1);
    c.significance = r.optionalReal("significance"_L1);
    c.health = r.real("health"_L1);
    c.confidence = r.real("confidence"_L1);
    c.isTrend = r.boolean("is_trend"_L1);
    c.checks = r.objects<ValidationCheck>("checks"_L1, [](JsonFieldReader &cr) {
        ValidationCheck check;
        check.name = cr.string("name"_L1);
        check.value = cr.optionalReal("value"_L1);
        check.threshold = cr.real("threshold"_L1);
        check.passed = cr.boolean("passed"_L1);
        if (cr.raw("reason"_L1, false).isString())
            check.reason = cr.string("reason"_L1);
        return check;
    });
    c.urgency = r.string("urgency"_L1);
    c.insight = r.string("insight"_L1);
    c.recommendation = r.string("recommendation"_L1);
    readEvidence(r, c);
    if (!error.isEmpty())
        return JsonFieldReader::invalidValue(error);
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
    JsonFieldReader r(json, u"decision"_s, &error);
    Decision d;
    d.stage = r.string("stage"_L1);
    d.subject = r.string("subject"_L1);
    d.rule = r.string("rule"_L1);
    d.values = r.object("values"_L1);
    d.outcome = r.string("outcome"_L1);
    d.message = r.string("message"_L1);
    if (!error.isEmpty())
        return JsonFieldReader::invalidValue(error);
    return d;
}

QJsonArray baselineWindowsJson(const QList<BaselineWindow> &windows)
{
    QJsonArray out;
    for (const BaselineWindow &w : windows)
        out.append(QJsonObject{{u"index"_s, w.index},
                               {u"start"_s, isoUtc(w.startMs)},
                               {u"end"_s, isoUtc(w.endMs)},
                               {u"volume"_s, w.volume},
                               {u"covered"_s, w.covered}});
    return out;
}

Result<QList<BaselineWindow>> baselineWindowsFromJson(const QJsonArray &json)
{
    QString error;
    QList<BaselineWindow> out;
    for (qsizetype i = 0; i < json.size(); ++i) {
        JsonFieldReader r(json.at(i).toObject(), u"baseline_windows[%1]"_s.arg(i), &error);
        if (!json.at(i).isObject())
            r.fail("index"_L1, u"expected an object"_s);
        BaselineWindow w;
        w.index = int(r.integer("index"_L1));
        w.startMs = r.time("start"_L1);
        w.endMs = r.time("end"_L1);
        w.volume = r.integer("volume"_L1);
        w.covered = r.boolean("covered"_L1);
        out.append(w);
    }
    if (!error.isEmpty())
        return JsonFieldReader::invalidValue(error);
    return out;
}

QJsonObject discoverBody(const RunResult &run)
{
    std::vector<const ClusterResult *> trends;
    for (const ClusterResult &c : run.clusters) {
        if (c.isTrend)
            trends.push_back(&c);
    }
    std::stable_sort(trends.begin(), trends.end(),
                     [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
    QJsonArray tiles;
    for (const ClusterResult *c : trends)
        tiles.append(toJson(*c, Detail::Tile));

    return {{u"run_id"_s, run.runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.runId)},
            {u"as_of"_s, isoUtc(run.asOfMs)},
            {u"window_hours"_s, run.params.windowHours},
            {u"posts_in_window"_s, run.postsInWindow},
            {u"covered_baseline_windows"_s, run.coveredBaselineWindows()},
            {u"baseline_windows"_s, baselineWindowsJson(run.baselineWindows)},
            {u"clusters"_s, qint64(run.clusters.size())},
            {u"trends"_s, qint64(trends.size())},
            {u"duration_ms"_s, run.durationMs},
            {u"tiles"_s, tiles}};
}

} // namespace runjson
