#include "core/model/backtestjson.h"

#include <cmath>

#include <QJsonArray>

#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace backtestjson {

namespace {

QJsonObject toJson(const BacktestTrend &trend)
{
    QJsonArray steps;
    for (const BacktestTrendStep &s : trend.steps)
        steps.append(QJsonObject{{u"as_of"_s, isoUtc(s.asOfMs)},
                                 {u"posts"_s, s.posts},
                                 {u"flagged"_s, s.flagged},
                                 {u"urgency"_s, s.flagged ? QJsonValue(s.urgency) : QJsonValue()},
                                 {u"lifecycle"_s, s.lifecycle}});
    // Whole steps give whole hours, but a step of 1.5 h is possible through from/to: two decimals are plenty.
    const double lead = std::round(trend.leadTimeHours() * 100.0) / 100.0;
    return QJsonObject{{u"trend_id"_s, trend.trendId},
                       {u"anchor"_s, trend.anchor},
                       {u"title"_s, trend.title},
                       {u"first_flagged"_s, isoUtc(trend.firstFlaggedMs)},
                       {u"first_act_now"_s, trend.firstActNowMs ? QJsonValue(isoUtc(*trend.firstActNowMs)) : QJsonValue()},
                       {u"peak"_s, isoUtc(trend.peakMs)},
                       {u"peak_posts"_s, trend.peakPosts},
                       {u"lead_time_hours"_s, lead},
                       {u"flagged_steps"_s, trend.flaggedSteps},
                       {u"steps"_s, steps}};
}

} // namespace

QJsonObject toJson(const BacktestResult &result)
{
    QJsonArray steps;
    for (const BacktestStep &s : result.steps)
        steps.append(QJsonObject{{u"as_of"_s, isoUtc(s.asOfMs)},
                                 {u"posts_in_window"_s, s.postsInWindow},
                                 {u"trends"_s, QJsonArray::fromStringList(s.trendIds)}});
    QJsonArray trends;
    for (const BacktestTrend &t : result.trends)
        trends.append(toJson(t));
    return QJsonObject{{u"from"_s, isoUtc(result.fromMs)},
                       {u"to"_s, isoUtc(result.toMs)},
                       {u"step_hours"_s, result.stepHours},
                       {u"window_hours"_s, result.windowHours},
                       {u"baseline_windows"_s, result.baselineWindows},
                       {u"loaded_posts"_s, result.loadedPosts},
                       {u"duration_ms"_s, result.durationMs},
                       {u"steps"_s, steps},
                       {u"trends"_s, trends}};
}

} // namespace backtestjson
