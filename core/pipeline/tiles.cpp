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
        tags.append(u'#' + c.displayTag(i));
    return tags.join(u", "_s);
}

/// A score as recommendations quote it (two decimals: "0.72"), with more when two decimals would read like `other`
/// although it differs (confidence 0.5996 against 0.6 reads "0.5996", never "now 0.6" beside "≥ 0.6").
QString scoreAgainst(double value, double other)
{
    const QString text = exact(std::round(value * 100) / 100);
    if (value != other && text == QString(exact(other)))
        return numbertext::against(value, other);
    return text;
}

} // namespace

QString clusterTitle(const ClusterResult &c)
{
    QString title;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, c.hashtags.size()); ++i)
        title += (i ? u" #"_s : u"#"_s) + c.displayTag(i);
    return title;
}

void showDisplayForms(ClusterResult &c, const QHash<QString, QString> &forms, const PipelineParams &params)
{
    c.hashtagsDisplay.clear();
    bool differs = false;
    for (const QString &tag : std::as_const(c.hashtags)) {
        const QString shown = forms.value(tag, tag);
        differs = differs || shown != tag;
        c.hashtagsDisplay.append(shown);
    }
    if (!differs)
        return;
    c.title = clusterTitle(c);
    if (c.rank > 0) {
        c.insight = insightText(c, params);
        c.recommendation = recommendationText(c, params);
    }
}

QString insightText(const ClusterResult &c, const PipelineParams &params)
{
    if (!c.growth || !c.baselineMean)
        return u'#' + c.anchorDisplay() + u" has "_s + plural(c.posts, u"post"_s, u"posts"_s) + u" in "_s
               + numbertext::integer(params.windowHours) + u" h and no baseline data to compare them with, across "_s
               + plural(c.platforms.size(), u"platform"_s, u"platforms"_s) + u" and "_s
               + plural(c.regions.size(), u"region"_s, u"regions"_s) + u", from "_s
               + plural(c.uniqueCreators, u"creator"_s, u"creators"_s);
    return u'#' + c.anchorDisplay() + u" posts grew "_s + oneDecimal(*c.growth) + u"× over baseline ("_s
           + plural(c.posts, u"post"_s, u"posts"_s) + u" in "_s + numbertext::integer(params.windowHours) + u" h vs "_s
           + oneDecimal(*c.baselineMean) + u" per window) across "_s
           + plural(c.platforms.size(), u"platform"_s, u"platforms"_s) + u" and "_s
           + plural(c.regions.size(), u"region"_s, u"regions"_s) + u", from "_s
           + plural(c.uniqueCreators, u"creator"_s, u"creators"_s);
}

QString recommendationText(const ClusterResult &c, const PipelineParams &params)
{
    if (!c.growth)
        return u"Monitor: no baseline data yet, so growth is undefined; re-run once the baseline windows before "
               "this one hold posts ("_s + count(c.posts) + u" posts so far from "_s
               + plural(c.uniqueCreators, u"creator"_s, u"creators"_s) + u")."_s;
    const double growth = *c.growth;
    if (c.urgency == u"act_now")
        return u"Act now: brief creators and publish within 48 hours while growth is "_s + oneDecimal(growth)
               + u"× and confidence "_s + exact(std::round(c.confidence * 100) / 100) + u"; lead with "_s
               + topTags(c, 3) + u" (velocity "_s + oneDecimal(c.velocity) + u" engagement per hour"_s
               + (c.crossPlatform ? u", already on "_s + c.platforms.join(u", "_s) : QString()) + u")."_s;
    if (c.urgency == u"prepare")
        return u"Prepare: draft content around "_s + topTags(c, 3) + u" and re-check within "_s
               + numbertext::integer(params.windowHours) + u" hours; growth is "_s
               + numbertext::decimalAgainst(growth, params.actNowGrowth) + u"×, acting now needs ≥ "_s
               + numbertext::decimalAgainst(params.actNowGrowth, growth) + u"× with confidence ≥ "_s
               + exact(params.actNowConfidence) + u" (now "_s + scoreAgainst(c.confidence, params.actNowConfidence) + u")."_s;
    return u"Monitor: growth "_s + numbertext::decimalAgainst(growth, params.prepareGrowth) + u"× is below the "_s
           + numbertext::decimalAgainst(params.prepareGrowth, growth)
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
        const double growth = c.growth.value_or(0); // a trend passed its growth check: defined
        c.urgency = formulas::urgency(growth, c.confidence, params);
        c.insight = insightText(c, params);
        c.recommendation = recommendationText(c, params);
        QString why;
        using numbertext::against;
        if (c.urgency == u"act_now")
            why = u"growth "_s + against(growth, params.actNowGrowth) + u" ≥ "_s + against(params.actNowGrowth, growth)
                  + u" and confidence "_s + against(c.confidence, params.actNowConfidence) + u" ≥ "_s
                  + against(params.actNowConfidence, c.confidence);
        else if (c.urgency == u"prepare" && growth >= params.actNowGrowth)
            why = u"growth "_s + against(growth, params.prepareGrowth) + u" ≥ "_s
                  + against(params.prepareGrowth, growth) + u" but confidence "_s
                  + against(c.confidence, params.actNowConfidence) + u" < "_s
                  + against(params.actNowConfidence, c.confidence);
        else if (c.urgency == u"prepare") {
            // growth sits between two thresholds: its text must tell it from both
            const bool nearActNow = QString(exact(growth)) == QString(exact(params.actNowGrowth));
            why = u"growth "_s + against(growth, nearActNow ? params.actNowGrowth : params.prepareGrowth) + u" ≥ "_s
                  + against(params.prepareGrowth, growth) + u" but < "_s + against(params.actNowGrowth, growth);
        }
        else
            why = u"growth "_s + against(growth, params.prepareGrowth) + u" < "_s
                  + against(params.prepareGrowth, growth);
        decisions::add(log, decisions::kStageTiles, u"cluster:"_s + c.trendId, u"urgency"_s,
                       QJsonObject{{u"rank"_s, c.rank},
                                   {u"growth"_s, growth},
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
