#include "core/model/runjson.h"

#include <algorithm>
#include <limits>

#include <QJsonDocument>

#include "core/model/jsonfieldreader.h"
#include "core/model/jsonwriter.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace runjson {
namespace {

void writeCheck(JsonWriter &w, const ValidationCheck &c)
{
    w.beginObject();
    w.key("name"_L1).string(c.name);
    w.key("value"_L1).number(c.value);
    w.key("threshold"_L1).number(c.threshold);
    w.key("passed"_L1).boolean(c.passed);
    if (!c.reason.isEmpty())
        w.key("reason"_L1).string(c.reason);
    w.endObject();
}

void writeFormula(JsonWriter &w, const FormulaTrace &f)
{
    w.beginObject();
    w.key("name"_L1).string(f.name);
    w.key("formula"_L1).string(f.formula);
    w.key("inputs"_L1).object(f.inputs);
    w.key("result"_L1).number(f.result);
    w.key("note"_L1).string(f.note);
    w.endObject();
}

void writeEdge(JsonWriter &w, const ClusterEdge &e)
{
    w.beginObject();
    w.key("a"_L1).string(e.a);
    w.key("b"_L1).string(e.b);
    w.key("cooccurrence"_L1).integer(e.cooccurrence);
    w.key("jaccard"_L1).number(e.jaccard);
    w.endObject();
}

void writeTopPost(JsonWriter &w, const TopPost &p)
{
    w.beginObject();
    w.key("row_id"_L1).integer(p.rowId);
    w.key("platform"_L1).string(p.platform);
    w.key("post_id"_L1).string(p.postId);
    w.key("creator_id"_L1).string(p.creatorId);
    w.key("creator_name"_L1).string(p.creatorName);
    w.key("text"_L1).string(p.text);
    w.key("url"_L1).string(p.url);
    w.key("region"_L1).string(p.region);
    w.key("likes"_L1).integer(p.likes);
    w.key("comments"_L1).integer(p.comments);
    w.key("shares"_L1).integer(p.shares);
    w.key("saves"_L1).integer(p.saves);
    if (p.views)
        w.key("views"_L1).integer(*p.views);
    else
        w.key("views"_L1).null();
    w.key("engagement"_L1).integer(p.engagement);
    w.key("created_at"_L1).string(isoUtc(p.createdAtMs));
    w.endObject();
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

void write(JsonWriter &w, const ClusterResult &c, Detail detail)
{
    w.beginObject();
    w.key("trend_id"_L1).string(c.trendId);
    w.key("rank"_L1).integer(c.rank);
    w.key("title"_L1).string(c.title);
    w.key("anchor"_L1).string(c.anchor);
    w.key("hashtags"_L1).strings(c.hashtags);
    w.key("anchor_display"_L1).string(c.anchorDisplay());
    w.key("hashtags_display"_L1).strings(c.displayHashtags());
    w.key("posts"_L1).integer(c.posts);
    w.key("unique_creators"_L1).integer(c.uniqueCreators);
    w.key("platforms"_L1).strings(c.platforms);
    w.key("regions"_L1).strings(c.regions);
    w.key("cross_platform"_L1).boolean(c.crossPlatform);
    w.key("first_seen"_L1).string(isoUtc(c.firstSeenMs));
    w.key("last_seen"_L1).string(isoUtc(c.lastSeenMs));
    w.key("engagement_sum"_L1).integer(c.engagementSum);
    w.key("engagement_rate"_L1).number(c.engagementRate);
    w.key("hours_since_first_seen"_L1).number(c.hoursSinceFirstSeen);
    w.key("velocity"_L1).number(c.velocity);
    w.key("creator_diversity"_L1).number(c.creatorDiversity);
    w.key("baseline_counts"_L1).integers(c.baselineCounts);
    w.key("baseline_adjusted"_L1).beginArray();
    for (const double a : c.baselineAdjusted)
        w.number(a); // NaN (an uncovered window) is null
    w.endArray();
    w.key("covered_baseline_windows"_L1).integer(c.coveredBaselineWindows);
    w.key("baseline_mean"_L1).number(c.baselineMean);
    w.key("baseline_std"_L1).number(c.baselineStd);
    w.key("growth"_L1).number(c.growth);
    w.key("surge_z"_L1).number(c.surgeZ);
    w.key("significance"_L1).number(c.significance);
    w.key("lifecycle"_L1).string(c.lifecycle);
    w.key("health"_L1).number(c.health);
    w.key("confidence"_L1).number(c.confidence);
    w.key("is_trend"_L1).boolean(c.isTrend);
    w.key("checks"_L1).beginArray();
    for (const ValidationCheck &check : c.checks)
        writeCheck(w, check);
    w.endArray();
    w.key("urgency"_L1).string(c.urgency);
    w.key("insight"_L1).string(c.insight);
    w.key("recommendation"_L1).string(c.recommendation);
    if (detail == Detail::Evidence) {
        w.key("evidence"_L1).beginObject();
        w.key("formulas"_L1).beginArray();
        for (const FormulaTrace &f : c.formulas)
            writeFormula(w, f);
        w.endArray();
        w.key("edges"_L1).beginArray();
        for (const ClusterEdge &e : c.edges)
            writeEdge(w, e);
        w.endArray();
        w.key("top_posts"_L1).beginArray();
        for (const TopPost &p : c.topPosts)
            writeTopPost(w, p);
        w.endArray();
        w.key("hourly"_L1).beginObject();
        w.key("posts"_L1).integers(c.hourlyPosts);
        w.key("engagement"_L1).integers(c.hourlyEngagement);
        w.endObject();
        w.endObject();
    }
    w.endObject();
}

QByteArray toJsonText(const ClusterResult &cluster, Detail detail)
{
    QByteArray text;
    text.reserve(detail == Detail::Evidence ? 4096 : 1024);
    JsonWriter w(text);
    write(w, cluster, detail);
    return text;
}

QJsonObject toJson(const ClusterResult &cluster, Detail detail)
{
    return QJsonDocument::fromJson(toJsonText(cluster, detail)).object();
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
