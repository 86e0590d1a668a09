#include "ui/widgets/timeline.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMarginX = 8;
constexpr int kLabelHeight = 14;

qint64 floorTo(qint64 ms, qint64 step)
{
    const qint64 r = ms % step;
    return r < 0 ? ms - r - step : ms - r;
}

} // namespace

Timeline::Timeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"timeline"_s);
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Posts over the whole project. Click or drag to move the window: the as-of goes where you "
                  "release."));
    setCursor(Qt::PointingHandCursor);
    setMouseTracking(true); // moves reach the drag whatever reports the button state
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    rebuild();
}

QSize Timeline::sizeHint() const
{
    return {800, 64};
}

QSize Timeline::minimumSizeHint() const
{
    return {200, 48};
}

void Timeline::setHours(QList<HourCount> hours)
{
    m_hours = std::move(hours);
    rebuild();
}

void Timeline::setWindows(const TimelineWindow &current, const QList<TimelineWindow> &baseline)
{
    m_current = current;
    m_baseline = baseline;
    rebuild();
}

void Timeline::rebuild()
{
    // The span: every post, and every window (a baseline before the first post must be visible:
    // that is where coverage goes missing).
    qint64 start = std::numeric_limits<qint64>::max();
    qint64 end = std::numeric_limits<qint64>::min();
    if (!m_hours.isEmpty()) {
        start = m_hours.first().hourStartMs;
        end = m_hours.last().hourStartMs + kHourMs;
    }
    const auto include = [&](const TimelineWindow &w) {
        if (w.endMs <= w.startMs)
            return;
        start = std::min(start, w.startMs);
        end = std::max(end, w.endMs);
    };
    include(m_current);
    for (const TimelineWindow &w : std::as_const(m_baseline))
        include(w);
    if (start >= end) { // nothing at all: a week up to now, so the strip is not blank
        end = floorTo(QDateTime::currentMSecsSinceEpoch(), kHourMs) + kHourMs;
        start = end - 7 * kDayMs;
    }
    m_bucketHours = end - start > kHourlyDays * kDayMs ? 24 : 1;
    const qint64 step = m_bucketHours * kHourMs;
    m_rangeStart = floorTo(start, step);
    m_rangeEnd = floorTo(end - 1, step) + step;
    m_buckets = QList<qint64>((m_rangeEnd - m_rangeStart) / step, 0);
    for (const HourCount &h : std::as_const(m_hours)) {
        const qint64 i = (h.hourStartMs - m_rangeStart) / step;
        if (i >= 0 && i < m_buckets.size())
            m_buckets[i] += h.posts;
    }
    m_maxBucket = m_buckets.isEmpty() ? 0 : *std::max_element(m_buckets.cbegin(), m_buckets.cend());
    update();
}

QRectF Timeline::plotRect() const
{
    return QRectF(kMarginX, 2, std::max(1, width() - 2 * kMarginX), std::max(1, height() - kLabelHeight - 4));
}

double Timeline::xAt(qint64 ms) const
{
    const QRectF plot = plotRect();
    const double span = double(std::max<qint64>(1, m_rangeEnd - m_rangeStart));
    return plot.left() + plot.width() * double(ms - m_rangeStart) / span;
}

qint64 Timeline::timeAt(double x) const
{
    const QRectF plot = plotRect();
    const double fraction = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    const qint64 ms = m_rangeStart + qint64(std::llround(fraction * double(m_rangeEnd - m_rangeStart)));
    return floorTo(ms + kHourMs / 2, kHourMs); // the nearest hour
}

void Timeline::drawBand(QPainter &painter, const TimelineWindow &window, qint64 shift, bool current) const
{
    if (window.endMs <= window.startMs)
        return;
    const QRectF plot = plotRect();
    const QRectF band(QPointF(xAt(window.startMs + shift), plot.top()),
                      QPointF(xAt(window.endMs + shift), plot.bottom()));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(current ? 0.35f : 0.14f);
    painter.fillRect(band, fill);
    if (!window.covered) {
        QColor hatch = palette().color(QPalette::WindowText);
        hatch.setAlphaF(0.45f);
        painter.fillRect(band, QBrush(hatch, Qt::BDiagPattern));
    }
    QColor edge = palette().color(QPalette::Highlight);
    edge.setAlphaF(current ? 0.9f : 0.35f);
    painter.setPen(QPen(edge, 1));
    painter.drawRect(band.adjusted(0, 0, -1, -1));
}

void Timeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF plot = plotRect();
    const qint64 shift = m_dragging ? m_dragAsOf - m_current.endMs : 0;

    for (const TimelineWindow &w : std::as_const(m_baseline))
        drawBand(painter, w, shift, false);
    drawBand(painter, m_current, shift, true);

    // Bars: posts per bucket, scaled to the busiest.
    if (m_maxBucket > 0) {
        QColor bar = palette().color(QPalette::WindowText);
        bar.setAlphaF(0.55f);
        const qint64 step = m_bucketHours * kHourMs;
        for (qsizetype i = 0; i < m_buckets.size(); ++i) {
            if (m_buckets[i] == 0)
                continue;
            const qint64 t = m_rangeStart + i * step;
            const double x0 = xAt(t);
            const double x1 = std::max(x0 + 1, xAt(t + step));
            const double h = std::max(1.0, plot.height() * double(m_buckets[i]) / double(m_maxBucket));
            painter.fillRect(QRectF(x0, plot.bottom() - h, x1 - x0, h), bar);
        }
    }

    // The as-of handle.
    if (m_current.endMs > m_current.startMs) {
        const double x = xAt(m_current.endMs + shift);
        const QColor handle = palette().color(QPalette::Highlight);
        painter.setPen(QPen(handle, 2));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        QPainterPath knob;
        knob.moveTo(x - 5, plot.top());
        knob.lineTo(x + 5, plot.top());
        knob.lineTo(x, plot.top() + 7);
        knob.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillPath(knob, handle);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    // Labels: the span's ends and what a bar is.
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    const QRectF labels(plot.left(), plot.bottom() + 2, plot.width(), kLabelHeight);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, uifmt::dateTime(m_rangeStart));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, uifmt::dateTime(m_rangeEnd));
    const QString scale = m_hours.isEmpty()
                              ? tr("no posts yet")
                              : (m_bucketHours == 1 ? tr("posts per hour · busiest %1") : tr("posts per day · busiest %1"))
                                    .arg(uifmt::integer(m_maxBucket));
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, scale);
}

void Timeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragAsOf = timeAt(event->position().x());
    update();
}

void Timeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragAsOf = timeAt(event->position().x());
    update();
}

void Timeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    const qint64 picked = timeAt(event->position().x());
    update();
    Q_EMIT asOfPicked(picked);
}
