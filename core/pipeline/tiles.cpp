#include "core/pipeline/tiles.h"

#include <algorithm>

#include "core/pipeline/decisions.h"
#include "core/pipeline/formulas.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;
using numbertext::count;
using numbertext::exact;
using numbertext::oneDecimal;

namespace {

QString plural(qint64 n, const QString &one, const QString &many)
{
    return count(n) + u' ' + (n == 1 ? one : many);
}

QString topTags(const ClusterResult &c, qsizetype n)
{
    QStringList tags;
    for (qsizetype i = 0; i < std::min(n, c.hashtags.size()); ++i)
        tags.append(u'#' + c.hashtags.at(i));
    return tags.join(u", "_s);
}

} // namespace

QString insightText(const ClusterResult &c, const PipelineParams &params)
{
    return u'#' + c.anchor + u" posts grew "_s + oneDecimal(c.growth) + u"× over baseline ("_s
           + plural(c.posts, u"post"_s, u"posts"_s) + u" in "_s + numbertext::integer(params.windowHours) + u" h vs "_s
           + oneDecimal(c.baselineMean) + u" per window) across "_s
           + plural(c.platforms.size(), u"platform"_s, u"platforms"_s) + u" and "_s
           + plural(c.regions.size(), u"region"_s, u"regions"_s) + u", from "_s
           + plural(c.uniqueCreators, u"creator"_s, u"creators"_s);
}

QString recommendationText(const ClusterResult &c, const PipelineParams &params)
{
    if (c.urgency == u"act_now")
        return u"Act now: brief creators and publish within 48 hours while growth is "_s + oneDecimal(c.growth)
               + u"× and confidence "_s + exact(std::round(c.confidence * 100) / 100) + u"; lead with "_s
               + topTags(c, 3) + u" (velocity "_s + oneDecimal(c.velocity) + u" engagement per hour"_s
               + (c.crossPlatform ? u", already on "_s + c.platforms.join(u", "_s) : QString()) + u")."_s;
    if (c.urgency == u"prepare")
        return u"Prepare: draft content around "_s + topTags(c, 3) + u" and re-check within "_s
               + numbertext::integer(params.windowHours) + u" hours; growth is "_s + oneDecimal(c.growth)
               + u"×, acting now needs ≥ "_s + oneDecimal(params.actNowGrowth) + u"× with confidence ≥ "_s
               + exact(params.actNowConfidence) + u" (now "_s + exact(std::round(c.confidence * 100) / 100) + u")."_s;
    return u"Monitor: growth "_s + oneDecimal(c.growth) + u"× is below the "_s + oneDecimal(params.prepareGrowth)
           + u"× needed to prepare; re-run after the next "_s + numbertext::integer(params.windowHours)
           + u" hours and watch the "_s + plural(c.uniqueCreators, u"creator"_s, u"creators"_s) + u" in "_s
           + plural(c.regions.size(), u"region"_s, u"regions"_s) + u" ("_s + count(c.posts)
           + u" posts so far, velocity "_s + oneDecimal(c.velocity) + u" engagement per hour)."_s;
}

void rankAndDescribe(QList<ClusterResult> &clusters, const PipelineParams &params, std::vector<Decision> &log)
{
    std::sort(clusters.begin(), clusters.end(), [](const ClusterResult &x, const ClusterResult &y) {
        if (x.isTrend != y.isTrend)
            return x.isTrend;
        if (x.isTrend)
            return formulas::ranksBefore(x.health, x.confidence, x.velocity, x.anchor, y.health, y.confidence,
                                         y.velocity, y.anchor);
        if (x.posts != y.posts)
            return x.posts > y.posts;
        return x.anchor < y.anchor;
    });
    int rank = 0;
    for (ClusterResult &c : clusters) {
        if (!c.isTrend)
            break;
        c.rank = ++rank;
        c.urgency = formulas::urgency(c.growth, c.confidence, params);
        c.insight = insightText(c, params);
        c.recommendation = recommendationText(c, params);
        QString why;
        if (c.urgency == u"act_now")
            why = u"growth "_s + exact(c.growth) + u" ≥ "_s + exact(params.actNowGrowth) + u" and confidence "_s
                  + exact(c.confidence) + u" ≥ "_s + exact(params.actNowConfidence);
        else if (c.urgency == u"prepare" && c.growth >= params.actNowGrowth)
            why = u"growth "_s + exact(c.growth) + u" ≥ "_s + exact(params.prepareGrowth) + u" but confidence "_s
                  + exact(c.confidence) + u" < "_s + exact(params.actNowConfidence);
        else if (c.urgency == u"prepare")
            why = u"growth "_s + exact(c.growth) + u" ≥ "_s + exact(params.prepareGrowth) + u" but < "_s
                  + exact(params.actNowGrowth);
        else
            why = u"growth "_s + exact(c.growth) + u" < "_s + exact(params.prepareGrowth);
        decisions::add(log, decisions::kStageTiles, u"cluster:"_s + c.trendId, u"urgency"_s,
                       QJsonObject{{u"rank"_s, c.rank},
                                   {u"growth"_s, c.growth},
                                   {u"confidence"_s, c.confidence},
                                   {u"health"_s, c.health},
                                   {u"velocity"_s, c.velocity},
                                   {u"act_now_growth"_s, params.actNowGrowth},
                                   {u"act_now_confidence"_s, params.actNowConfidence},
                                   {u"prepare_growth"_s, params.prepareGrowth}},
                       decisions::kChosen,
                       u"rank "_s + numbertext::integer(c.rank) + u" ("_s + formulas::kRanking + u": health × confidence = "_s
                           + exact(c.health) + u" × "_s + exact(c.confidence) + u" = "_s
                           + exact(c.health * c.confidence) + u"); urgency "_s + c.urgency + u": "_s + why + u" ("_s
                           + formulas::kUrgency + u')');
    }
}
