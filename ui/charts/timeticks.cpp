#include "ui/charts/timeticks.h"

#include <algorithm>

#include <QFontMetrics>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kSteps[] = {1 * kHour,  2 * kHour,  3 * kHour,   6 * kHour,   12 * kHour,
                             24 * kHour, 48 * kHour, 168 * kHour, 336 * kHour, 720 * kHour};

qint64 floorTo(qint64 ms, qint64 step)
{
    const qint64 q = ms / step;
    return (ms % step != 0 && ms < 0 ? q - 1 : q) * step;
}

} // namespace

TimeTicks TimeTicks::forRange(qint64 fromMs, qint64 toMs, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (toMs <= fromMs)
        toMs = fromMs + kHour;
    TimeTicks t;
    for (const qint64 step : kSteps) {
        t.stepMs = step;
        t.startMs = floorTo(fromMs, step);
        t.endMs = floorTo(toMs, step) + (toMs % step != 0 ? step : 0);
        t.count = int((t.endMs - t.startMs) / step) + 1;
        if (t.count <= maxTicks)
            break;
    }
    if (t.count > maxTicks) { // longer than the largest step allows: whole multiples of it
        const qint64 base = kSteps[std::size(kSteps) - 1];
        const qint64 multiple = ((toMs - fromMs) / base + maxTicks - 2) / (maxTicks - 1) + 1;
        t.stepMs = base * multiple;
        t.startMs = floorTo(fromMs, base);
        t.count = int((toMs - t.startMs + t.stepMs - 1) / t.stepMs) + 1;
        t.endMs = t.startMs + qint64(t.count - 1) * t.stepMs;
    }
    t.format = t.stepMs < 24 * kHour ? u"MM-dd HH:mm"_s : u"MM-dd"_s;
    return t;
}

int TimeTicks::maxTicksFor(int widthPx, const QFontMetrics &metrics, const QString &format)
{
    // A label as wide as the widest it can be, and a gap of two digits between labels.
    QString sample = format;
    for (QChar &c : sample) {
        if (c.isLetter())
            c = u'0';
    }
    const int label = metrics.horizontalAdvance(sample) + metrics.horizontalAdvance(u"00"_s);
    return std::max(2, widthPx / std::max(1, label) + 1);
}
