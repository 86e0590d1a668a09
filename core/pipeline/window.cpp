#include "core/pipeline/window.h"

#include <algorithm>

#include <QJsonArray>

#include "core/model/timeformat.h"
#include "core/pipeline/decisions.h"
#include "core/pipeline/formulas.h"
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

namespace {

/// Coverage of each baseline window (SPEC section 3, "baseline"), one decision each: covered windows say their
/// volume factor, uncovered ones why they are left out (volume_k against the threshold).
void logBaselineWindows(WindowPlan &plan, const PipelineParams &params, const std::vector<qint64> &volumes,
                        std::vector<Decision> &log)
{
    const qint64 volume0 = plan.postsInWindow;
    const double threshold = params.minBaselineCoverage * double(volume0);
    for (int s = 0; s < plan.baselineWindows; ++s) {
        BaselineWindow w;
        w.index = plan.baselineWindows - s;
        w.startMs = plan.baselineStartMs + plan.windowMs * s;
        w.endMs = w.startMs + plan.windowMs;
        w.volume = volumes[std::size_t(s)];
        w.covered = formulas::baselineCovered(w.volume, volume0, params.minBaselineCoverage);
        if (w.covered) {
            ++plan.coveredWindows;
            plan.coveredVolume += w.volume;
        }
        const QString name = u"baseline window "_s + numbertext::integer(w.index) + u" ("_s + isoUtc(w.startMs)
                             + u", "_s + isoUtc(w.endMs) + u"]: "_s;
        const QString coverage = u"volume_"_s + numbertext::integer(w.index) + u" = "_s
                                 + numbertext::integer(w.volume) + u", window.min_baseline_coverage × volume_0 = "_s
                                 + numbertext::exact(params.minBaselineCoverage) + u" × "_s
                                 + numbertext::integer(volume0) + u" = "_s + numbertext::exact(threshold);
        QString message;
        if (!w.covered && w.volume == 0) {
            message = name + u"uncovered, left out of the baseline: no posts in it ("_s + coverage + u"; "_s
                      + formulas::kCoverage + u')';
        } else if (!w.covered) {
            message = name + u"uncovered, left out of the baseline: "_s + coverage + u" and "_s
                      + numbertext::integer(w.volume) + u" < "_s + numbertext::against(threshold, double(w.volume))
                      + u" ("_s + formulas::kCoverage + u')';
        } else {
            const QString adjustment = params.normalizeVolume
                                           ? QString(formulas::kAdjustedCount + u" = c_k × "_s
                                                     + numbertext::integer(volume0) + u" / "_s
                                                     + numbertext::integer(w.volume))
                                           : u"window.normalize_volume is false: a_k = c_k"_s;
            message = name + u"covered: "_s + coverage + u" and "_s + numbertext::integer(w.volume) + u" ≥ "_s
                      + numbertext::against(threshold, double(w.volume)) + u"; "_s + adjustment;
        }
        decisions::add(log, decisions::kStageWindow, u"run"_s, u"window.min_baseline_coverage"_s,
                       QJsonObject{{u"window"_s, w.index},
                                   {u"start"_s, isoUtc(w.startMs)},
                                   {u"end"_s, isoUtc(w.endMs)},
                                   {u"volume"_s, w.volume},
                                   {u"volume_0"_s, volume0},
                                   {u"min_baseline_coverage"_s, params.minBaselineCoverage},
                                   {u"threshold"_s, threshold},
                                   {u"normalize_volume"_s, params.normalizeVolume},
                                   {u"covered"_s, w.covered}},
                       w.covered ? decisions::kKept : decisions::kDropped, message);
        plan.baseline.push_back(w);
    }
    if (plan.baselineWindows > 0 && plan.coveredWindows == 0)
        decisions::add(log, decisions::kStageWindow, u"run"_s, u"window.min_baseline_coverage"_s,
                       QJsonObject{{u"covered_windows"_s, 0}, {u"baseline_windows"_s, plan.baselineWindows}},
                       decisions::kComputed,
                       u"no baseline data: none of the "_s + numbertext::integer(plan.baselineWindows)
                           + u" baseline windows is covered, so every cluster's μ, σ, growth, surge_z and "
                             "significance are undefined and its growth and significance checks fail ("_s
                           + formulas::kNoBaseline + u')');
}

} // namespace

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
    std::vector<qint64> volumes(std::size_t(plan.baselineWindows), 0);
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
            ++volumes[std::size_t(s)];
    }
    for (const qint64 v : volumes)
        plan.postsInBaseline += int(v);

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
    logBaselineWindows(plan, params, volumes, log);
    return plan;
}
