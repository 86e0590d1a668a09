#include "core/pipeline/window.h"

#include <algorithm>

#include <QJsonArray>

#include "core/model/timeformat.h"
#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

qint64 resolveAsOf(const Dataset &data, std::optional<qint64> asOfMs)
{
    if (asOfMs)
        return *asOfMs;
    if (data.newestCreatedAtMs != 0)
        return data.newestCreatedAtMs;
    qint64 newest = 0;
    for (const DatasetPost &p : data.posts)
        newest = std::max(newest, p.createdAtMs);
    return newest;
}

WindowPlan planWindow(const Dataset &data, const PipelineParams &params, std::vector<Decision> &log,
                      const CancelToken &cancel)
{
    WindowPlan plan;
    const int hours = std::max(1, params.windowHours);
    plan.asOfMs = resolveAsOf(data, params.asOfMs);
    plan.windowMs = qint64(hours) * 3'600'000;
    plan.baselineWindows = std::max(0, params.baselineWindows);
    plan.windowStartMs = plan.asOfMs - plan.windowMs;
    plan.baselineStartMs = plan.windowStartMs - plan.windowMs * plan.baselineWindows;
    plan.hourBuckets = hours * (plan.baselineWindows + 1);

    std::vector<char> enabled(std::size_t(data.platforms.size()), 1);
    plan.platformWeight.assign(std::size_t(data.platforms.size()), 1.0);
    for (qsizetype i = 0; i < data.platforms.size(); ++i) {
        const QString &slug = data.platforms.at(i);
        if (!params.enabledPlatforms.isEmpty() && !params.enabledPlatforms.contains(slug))
            enabled[std::size_t(i)] = 0;
        plan.platformWeight[std::size_t(i)] = params.platformWeights.value(slug, 1.0);
    }

    plan.slot.assign(data.posts.size(), -1);
    int disabled = 0;
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if ((i & 0xFFFF) == 0 && cancel.cancelled())
            return plan;
        const DatasetPost &p = data.posts[i];
        if (p.createdAtMs <= plan.baselineStartMs || p.createdAtMs > plan.asOfMs)
            continue;
        if (!enabled[std::size_t(p.platform)]) {
            ++disabled;
            continue;
        }
        const auto s = std::int32_t((p.createdAtMs - plan.baselineStartMs - 1) / plan.windowMs);
        plan.slot[i] = s;
        if (s == plan.baselineWindows)
            ++plan.postsInWindow;
        else
            ++plan.postsInBaseline;
    }

    QJsonObject values{{u"as_of"_s, isoUtc(plan.asOfMs)},
                       {u"as_of_defaulted"_s, !params.asOfMs.has_value()},
                       {u"window_hours"_s, hours},
                       {u"baseline_windows"_s, plan.baselineWindows},
                       {u"posts_in_window"_s, plan.postsInWindow},
                       {u"posts_in_baseline"_s, plan.postsInBaseline},
                       {u"posts_of_disabled_platforms"_s, disabled},
                       {u"enabled_platforms"_s, QJsonArray::fromStringList(params.enabledPlatforms)}};
    const QString asOfText = !params.asOfMs ? u"as_of = newest post's created_at = "_s + isoUtc(plan.asOfMs)
                                                : u"as_of = "_s + isoUtc(plan.asOfMs);
    decisions::add(log, decisions::kStageWindow, u"run"_s, u"window.hours"_s, std::move(values),
                   decisions::kComputed,
                   asOfText + u"; current window ("_s + isoUtc(plan.windowStartMs) + u", "_s + isoUtc(plan.asOfMs)
                       + u"] holds "_s + numbertext::integer(plan.postsInWindow) + u" posts; "_s
                       + numbertext::integer(plan.baselineWindows) + u" baseline windows from "_s
                       + isoUtc(plan.baselineStartMs) + u" hold "_s + numbertext::integer(plan.postsInBaseline)
                       + u" posts; "_s + numbertext::integer(disabled) + u" posts of disabled platforms ignored"_s);
    return plan;
}
