#include "core/report/velocitychart.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "core/report/numberformat.h"

using namespace Qt::StringLiterals;

namespace {

/// The smallest "round" number ≥ value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k), so the axis
/// reads 0 / 3 / 6 rather than 0 / 3.3 / 6.6.
double niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double m : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0}) {
        if (m * magnitude >= value)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

void paintVelocityChart(QPainter &p, const QRectF &rect, const VelocityChartData &data, const QFont &labelFont, double unit)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(labelFont);
    const QFontMetricsF metrics(labelFont, p.device());
    const QColor labelColor(0x61, 0x61, 0x61);
    const QColor gridColor(0xE0, 0xE0, 0xE0);

    const qsizetype n = data.hourlyPosts.size();
    if (n == 0) {
        p.setPen(QPen(gridColor, 0.5 * unit));
        p.drawRect(rect);
        p.setPen(labelColor);
        p.drawText(rect, Qt::AlignCenter, data.labels.noSeries);
        p.restore();
        return;
    }

    const qint64 maxPosts = std::max<qint64>(1, *std::max_element(data.hourlyPosts.cbegin(), data.hourlyPosts.cend()));
    const double yMax = niceCeiling(std::max(double(maxPosts), data.baselineMeanPerHour));
    const double labelWidth = metrics.horizontalAdvance(numberformat::formatCount(maxPosts)) + 4 * unit;
    const QRectF plot(rect.left() + labelWidth, rect.top() + metrics.height() + 2 * unit, rect.width() - labelWidth,
                      rect.height() - 2 * metrics.height() - 5 * unit);
    const double step = plot.width() / double(n);
    auto xAt = [&](double bucket) { return plot.left() + bucket * step; };
    auto yAt = [&](double posts) { return plot.bottom() - posts / yMax * plot.height(); };

    // Baseline shaded, current window white: the eye compares the two levels at a glance.
    const qsizetype windowBuckets = std::clamp<qsizetype>(data.windowHours, 0, n);
    const double boundaryX = xAt(double(n - windowBuckets));
    p.fillRect(QRectF(plot.left(), plot.top(), boundaryX - plot.left(), plot.height()), QColor(0xEC, 0xEF, 0xF1));
    // Uncovered baseline windows (too little capture volume, left out of the baseline) are hatched over the shade.
    bool anyUncovered = false;
    for (qsizetype k = 0; k < data.coveredWindows.size(); ++k) {
        if (data.coveredWindows.at(k))
            continue;
        const double first = double(n - windowBuckets) - double(data.coveredWindows.size() - k) * double(windowBuckets);
        const double left = std::max(plot.left(), xAt(first));
        const double right = std::min(boundaryX, xAt(first + double(windowBuckets)));
        if (right <= left)
            continue;
        anyUncovered = true;
        const QRectF span(left, plot.top(), right - left, plot.height());
        p.fillRect(span, QColor(0xFB, 0xF3, 0xE4));
        QBrush hatch(QColor(0xC8, 0x9B, 0x5A), Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(unit, unit));
        p.fillRect(span, hatch);
    }

    // y grid and labels: 0, half, max
    p.setPen(QPen(gridColor, 0.5 * unit));
    for (const double v : {0.0, yMax / 2, yMax}) {
        p.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
    }
    p.setPen(labelColor);
    for (const double v : {0.0, yMax / 2, yMax}) {
        const QRectF label(rect.left(), yAt(v) - metrics.height() / 2, labelWidth - 2 * unit, metrics.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, v >= 1000 ? numberformat::formatCount(qint64(std::llround(v))) : numberformat::formatNumber(v));
    }

    // the series: a filled area under a line through the bucket centres
    QPainterPath line;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF pt(xAt(double(i) + 0.5), yAt(double(data.hourlyPosts.at(i))));
        if (i == 0)
            line.moveTo(pt);
        else
            line.lineTo(pt);
    }
    QPainterPath area = line;
    area.lineTo(xAt(double(n) - 0.5), plot.bottom());
    area.lineTo(xAt(0.5), plot.bottom());
    area.closeSubpath();
    QColor fill = data.accent;
    fill.setAlpha(60);
    p.fillPath(area, fill);
    p.strokePath(line, QPen(data.accent, 1.2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));

    // baseline mean per hour
    if (data.baselineMeanPerHour > 0) {
        p.setPen(QPen(labelColor, 0.7 * unit, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yAt(data.baselineMeanPerHour)), QPointF(plot.right(), yAt(data.baselineMeanPerHour)));
    }

    // window boundary
    p.setPen(QPen(QColor(0x42, 0x42, 0x42), 0.8 * unit, Qt::DashLine));
    p.drawLine(QPointF(boundaryX, rect.top()), QPointF(boundaryX, plot.bottom()));
    p.setPen(labelColor);
    const double labelTop = rect.top();
    p.drawText(QRectF(plot.left() + 2 * unit, labelTop, boundaryX - plot.left(), metrics.height()), Qt::AlignLeft,
               data.labels.baseline + (data.baselineMeanPerHour > 0 ? data.labels.baselineMean : QString()) +
                   (anyUncovered ? data.labels.uncovered : QString()));
    p.drawText(QRectF(boundaryX + 2 * unit, labelTop, plot.right() - boundaryX, metrics.height()), Qt::AlignLeft,
               data.labels.window);

    // x labels: hours before as_of
    const double xLabelTop = plot.bottom() + 2 * unit;
    p.drawText(QRectF(plot.left(), xLabelTop, plot.width() / 2, metrics.height()), Qt::AlignLeft,
               u"−"_s % QString::number(n) % u" h"_s);
    if (windowBuckets > 0 && windowBuckets < n)
        p.drawText(QRectF(boundaryX - plot.width() / 4, xLabelTop, plot.width() / 2, metrics.height()), Qt::AlignHCenter,
                   u"−"_s % QString::number(windowBuckets) % u" h"_s);
    p.drawText(QRectF(plot.right() - plot.width() / 2, xLabelTop, plot.width() / 2, metrics.height()), Qt::AlignRight,
               data.labels.asOf);

    p.setPen(QPen(QColor(0x9E, 0x9E, 0x9E), 0.5 * unit));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}
