#pragma once

#include <QString>

class QFontMetrics;

/// Round ticks for a time axis: every tick on a whole step (1 h, 2 h, 3 h, 6 h, 12 h, 1 d, 2 d, 7 d, 14 d, 30 d)
/// counted from midnight UTC, as few as fit. QDateTimeAxis spaces its ticks evenly over its range, so the range is
/// widened to whole steps (at most one step on each side) and the tick count set to match.
struct TimeTicks
{
    qint64 startMs = 0; ///< the axis' range, on whole steps
    qint64 endMs = 0;
    qint64 stepMs = 0;
    int count = 2;      ///< ticks from startMs to endMs inclusive
    QString format;     ///< "MM-dd HH:mm" below a day's step, "MM-dd" from a day up

    /// The round ticks for [fromMs, toMs] with at most `maxTicks` ticks (at least 2).
    static TimeTicks forRange(qint64 fromMs, qint64 toMs, int maxTicks);
    /// How many labels of `format` fit side by side on an axis `widthPx` wide (at least 2).
    static int maxTicksFor(int widthPx, const QFontMetrics &metrics, const QString &format);
};
