#include "ui/widgets/backtesttimeline.h"

#include <algorithm>

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <QToolTip>

#include "core/report/urgencystyle.h"
#include "ui/charts/timeticks.h"

namespace {

constexpr qint64 kHourMs = 3'600'000;

QString utc(qint64 ms, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"))
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(format) + QStringLiteral(" UTC");
}

QString rowLabel(const BacktestTrend &t)
{
    return t.title.isEmpty() ? QStringLiteral("#") + t.anchor : t.title;
}

} // namespace

BacktestTimeline::BacktestTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BacktestTimeline::setResult(std::shared_ptr<const BacktestResult> result)
{
    m_result = std::move(result);
    m_hover = -1;
    m_selected = -1;
    sortRows();
    updateGeometry();
    update();
}

void BacktestTimeline::setSortOrder(SortOrder order)
{
    m_sort = order;
    sortRows();
    update();
}

void BacktestTimeline::sortRows()
{
    m_rows.clear();
    if (!m_result)
        return;
    for (int i = 0; i < m_result->trends.size(); ++i)
        m_rows.append(i);
    const QList<BacktestTrend> &trends = m_result->trends;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const BacktestTrend &x = trends.at(a);
        const BacktestTrend &y = trends.at(b);
        if (m_sort == SortOrder::LeadTime && x.leadTimeHours() != y.leadTimeHours())
            return x.leadTimeHours() > y.leadTimeHours();
        if (x.firstFlaggedMs != y.firstFlaggedMs)
            return x.firstFlaggedMs < y.firstFlaggedMs;
        return x.trendId < y.trendId;
    });
}

QStringList BacktestTimeline::rowTrendIds() const
{
    QStringList ids;
    for (int i : m_rows)
        ids.append(m_result->trends.at(i).trendId);
    return ids;
}

int BacktestTimeline::labelWidth() const
{
    return std::clamp(width() / 4, 80, 240);
}

int BacktestTimeline::axisHeight() const
{
    return fontMetrics().height() + 10;
}

int BacktestTimeline::rowHeight() const
{
    return fontMetrics().height() + 8;
}

qint64 BacktestTimeline::columnStartMs(int step) const
{
    return m_result->steps.at(step).asOfMs - kHourMs * m_result->stepHours / 2;
}

qint64 BacktestTimeline::rangeStartMs() const
{
    return m_result && !m_result->steps.isEmpty() ? columnStartMs(0) : 0;
}

qint64 BacktestTimeline::rangeEndMs() const
{
    if (!m_result || m_result->steps.isEmpty())
        return 0;
    return columnStartMs(int(m_result->steps.size()) - 1) + kHourMs * m_result->stepHours;
}

double BacktestTimeline::xAt(qint64 ms) const
{
    if (!m_result || m_result->steps.isEmpty())
        return labelWidth();
    const qint64 from = rangeStartMs();
    const double span = double(std::max<qint64>(1, rangeEndMs() - from));
    const double plot = std::max(1, width() - labelWidth() - 8);
    return labelWidth() + plot * double(ms - from) / span;
}

int BacktestTimeline::stepAt(int x) const
{
    if (!m_result || m_result->steps.isEmpty() || x < labelWidth())
        return -1;
    for (int i = 0; i < m_result->steps.size(); ++i) {
        const qint64 start = columnStartMs(i);
        if (x >= xAt(start) && x < xAt(start + kHourMs * m_result->stepHours))
            return i;
    }
    return -1;
}

int BacktestTimeline::stepCenterX(int step) const
{
    return int(xAt(m_result->steps.at(step).asOfMs));
}

int BacktestTimeline::rowCenterY(int row) const
{
    return axisHeight() + row * rowHeight() + rowHeight() / 2;
}

int BacktestTimeline::rowAt(int y) const
{
    if (y < axisHeight())
        return -1;
    const int row = (y - axisHeight()) / rowHeight();
    return row < m_rows.size() ? row : -1;
}

QSize BacktestTimeline::sizeHint() const
{
    return {800, axisHeight() + int(std::max<qsizetype>(3, m_rows.size())) * rowHeight() + 4};
}

QSize BacktestTimeline::minimumSizeHint() const
{
    return {300, axisHeight() + rowHeight() * 3};
}

void BacktestTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    if (!m_result || m_result->steps.isEmpty())
        return;
    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No trend was flagged at any step."));
    }
    const qint64 from = rangeStartMs();
    const qint64 end = rangeEndMs();
    const qint64 stepMs = kHourMs * m_result->stepHours;
    const qint64 half = stepMs / 2;

    // Axis: round ticks inside the range, a faint line down through the rows.
    const int plotWidth = width() - labelWidth() - 8;
    const TimeTicks probe = TimeTicks::forRange(from, end, 12);
    const TimeTicks ticks =
        TimeTicks::forRange(from, end, TimeTicks::maxTicksFor(plotWidth, fontMetrics(), probe.format));
    QColor grid = text;
    grid.setAlpha(40);
    for (qint64 t = ticks.startMs; t <= ticks.endMs; t += ticks.stepMs) {
        if (t < from || t > end)
            continue;
        const int x = int(xAt(t));
        painter.setPen(grid);
        painter.drawLine(x, axisHeight() - 4, x, height());
        const QString label = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(ticks.format);
        if (x + 2 + fontMetrics().horizontalAdvance(label) > width())
            continue; // a label cut off at the edge says nothing
        painter.setPen(text);
        painter.drawText(QRect(x + 2, 0, 200, axisHeight() - 4), Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // The hovered and the selected step.
    if (m_hover >= 0) {
        QColor hover = palette().color(QPalette::Highlight);
        hover.setAlpha(40);
        const qint64 at = columnStartMs(m_hover);
        painter.fillRect(QRectF(xAt(at), axisHeight(), xAt(at + stepMs) - xAt(at), height()), hover);
    }

    QColor notFlagged = palette().color(QPalette::Mid);
    notFlagged.setAlpha(110);
    const int bar = rowHeight() - 8;
    for (int row = 0; row < m_rows.size(); ++row) {
        const BacktestTrend &t = m_result->trends.at(m_rows.at(row));
        const int top = axisHeight() + row * rowHeight();
        if (row % 2 == 1)
            painter.fillRect(QRect(0, top, width(), rowHeight()), palette().color(QPalette::AlternateBase));
        painter.setPen(text);
        painter.drawText(QRect(4, top, labelWidth() - 8, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(rowLabel(t), Qt::ElideRight, labelWidth() - 8));
        // From first flagged to the end: each step in its urgency, grey where the trend was not flagged.
        qsizetype s = 0;
        for (const BacktestStep &step : m_result->steps) {
            if (step.asOfMs < t.firstFlaggedMs)
                continue;
            while (s < t.steps.size() && t.steps.at(s).asOfMs < step.asOfMs)
                ++s;
            const bool here = s < t.steps.size() && t.steps.at(s).asOfMs == step.asOfMs && t.steps.at(s).flagged;
            const QColor colour = here ? urgencyStyle(t.steps.at(s).urgency).color : notFlagged;
            painter.fillRect(QRectF(xAt(step.asOfMs - half), top + 4, xAt(step.asOfMs - half + stepMs)
                                        - xAt(step.asOfMs - half), bar),
                             colour);
        }
        // The peak: a diamond in the middle of its step.
        const double px = xAt(t.peakMs);
        const double py = top + rowHeight() / 2.0;
        const double r = bar / 2.0 + 1;
        QPainterPath diamond;
        diamond.moveTo(px, py - r);
        diamond.lineTo(px + r, py);
        diamond.lineTo(px, py + r);
        diamond.lineTo(px - r, py);
        diamond.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.setBrush(text);
        painter.drawPath(diamond);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
    }

    if (m_selected >= 0) {
        const int x = stepCenterX(m_selected);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawLine(x, 0, x, height());
    }
}

QString BacktestTimeline::toolTipAt(const QPoint &pos) const
{
    const int step = stepAt(pos.x());
    const int row = rowAt(pos.y());
    if (!m_result)
        return {};
    QStringList lines;
    if (row >= 0) {
        const BacktestTrend &t = m_result->trends.at(m_rows.at(row));
        lines << QStringLiteral("<b>%1</b> (%2)").arg(rowLabel(t).toHtmlEscaped(), t.trendId)
              << tr("First flagged: %1").arg(utc(t.firstFlaggedMs))
              << tr("First act now: %1").arg(t.firstActNowMs ? utc(*t.firstActNowMs) : tr("never"))
              << tr("Peak: %1, with %2 posts in its window").arg(utc(t.peakMs)).arg(t.peakPosts)
              << tr("Lead time: %1 h").arg(QString::number(t.leadTimeHours(), 'f', 0))
              << tr("Flagged at %1 of %2 steps").arg(t.flaggedSteps).arg(m_result->steps.size());
        if (step >= 0) {
            const qint64 at = m_result->steps.at(step).asOfMs;
            const auto s = std::find_if(t.steps.cbegin(), t.steps.cend(),
                                        [at](const BacktestTrendStep &x) { return x.asOfMs == at; });
            lines << QString();
            if (s == t.steps.cend())
                lines << tr("At %1: no cluster with this id").arg(utc(at));
            else if (s->flagged)
                lines << tr("At %1: %2, %3, posts: %4")
                             .arg(utc(at), urgencyStyle(s->urgency).label, s->lifecycle)
                             .arg(s->posts);
            else
                lines << tr("At %1: not flagged, %2, posts: %3").arg(utc(at), s->lifecycle).arg(s->posts);
        }
    }
    if (step >= 0) {
        const BacktestStep &s = m_result->steps.at(step);
        if (row < 0)
            lines << tr("As of %1: trends flagged: %2").arg(utc(s.asOfMs)).arg(s.trendIds.size());
        lines << tr("Click to open this step's run");
    }
    return lines.join(QStringLiteral("<br>"));
}

bool BacktestTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void BacktestTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int step = stepAt(int(event->position().x()));
    if (step != m_hover) {
        m_hover = step;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BacktestTimeline::mousePressEvent(QMouseEvent *event)
{
    const int step = stepAt(int(event->position().x()));
    if (event->button() != Qt::LeftButton || step < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_selected = step;
    update();
    Q_EMIT stepClicked(m_result->steps.at(step).asOfMs);
}

void BacktestTimeline::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}
