#include "ui/charts/velocitychart.h"

#include <algorithm>

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

VelocityChart::VelocityChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setCluster({}, nullptr);
}

QList<QPointF> VelocityChart::postPoints() const
{
    return m_posts;
}

QList<std::pair<qint64, qint64>> VelocityChart::uncoveredSpans() const
{
    return m_uncovered;
}

void VelocityChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    applyTimeTicks(); // as many round ticks as fit the new width
}

void VelocityChart::applyTimeTicks()
{
    if (!m_timeAxis)
        return;
    // The plot is the view less the two value axes (about 70 px each) and the margins.
    const int plotWidth = std::max(100, width() - 150);
    const QFontMetrics metrics(m_timeAxis->labelsFont());
    m_ticks = TimeTicks::forRange(m_fromMs, m_toMs, TimeTicks::maxTicksFor(plotWidth, metrics, u"MM-dd HH:mm"_s));
    if (m_ticks.format == u"MM-dd") { // day steps: shorter labels, so more of them may fit
        const TimeTicks days = TimeTicks::forRange(m_fromMs, m_toMs, TimeTicks::maxTicksFor(plotWidth, metrics, u"MM-dd"_s));
        if (days.format == u"MM-dd")
            m_ticks = days;
    }
    m_timeAxis->setFormat(m_ticks.format);
    m_timeAxis->setTickCount(m_ticks.count);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_ticks.startMs, Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(m_ticks.endMs, Qt::UTC));
}

void VelocityChart::setCluster(const RunSnapshot &snapshot, const ClusterResult *c)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_posts.clear();
    m_uncovered.clear();
    m_baselineSpans.clear();
    m_timeAxis = nullptr;
    if (!snapshot.run || !c || c->hourlyPosts.isEmpty()) {
        chart->setTitle(tr("Select a trend to see its posts per hour"));
        setChart(chart); // the view owns it and deletes the previous one
        return;
    }
    const RunResult &run = *snapshot.run;
    chart->setTitle(tr("%1 — posts and engagement per hour").arg(c->title));
    const qint64 hour = 3600 * 1000LL;
    const int n = int(c->hourlyPosts.size());
    // Bucket i is the hour ending (n − i − 1) hours before as_of, so the last bucket ends at as_of.
    const qint64 firstStart = run.asOfMs - qint64(n) * hour;

    auto *posts = new QLineSeries;
    posts->setName(tr("posts / h"));
    auto *engagement = new QLineSeries;
    engagement->setName(tr("engagement / h"));
    qint64 maxPosts = 1;
    qint64 maxEng = 1;
    for (int i = 0; i < n; ++i) {
        const double x = double(firstStart + i * hour);
        const qint64 p = c->hourlyPosts[i];
        const qint64 e = i < c->hourlyEngagement.size() ? c->hourlyEngagement[i] : 0;
        posts->append(x, double(p));
        engagement->append(x, double(e));
        m_posts.append(QPointF(x, double(p)));
        maxPosts = qMax(maxPosts, p);
        maxEng = qMax(maxEng, e);
    }
    // The posts axis on round numbers; the shading reaches its top.
    auto *yPosts = new QValueAxis;
    yPosts->setRange(0, std::max(5.0, double(maxPosts) * 1.1)); // whole-number steps (1, 2, 5 × 10^k) from here up
    yPosts->applyNiceNumbers();
    yPosts->setLabelFormat(u"%d"_s);
    yPosts->setTitleText(tr("posts"));
    const double top = yPosts->max();

    // Each covered baseline window shaded on its own (alternately paler), so the windows the baseline averages over
    // can be told apart; the current window starts at the dashed line.
    const double windowStart = double(run.windowStartMs > 0 ? run.windowStartMs : run.asOfMs - run.params.windowHours * hour);
    QList<QAreaSeries *> baselines;
    for (const BaselineWindow &w : run.baselineWindows) {
        if (!w.covered || w.endMs <= firstStart)
            continue;
        auto *edge = new QLineSeries;
        edge->append(double(std::max(w.startMs, firstStart)), top);
        edge->append(double(w.endMs), top);
        auto *area = new QAreaSeries(edge);
        area->setName(baselines.isEmpty() ? tr("baseline window") : QString());
        QColor shade = palette().color(QPalette::Text);
        shade.setAlphaF(baselines.size() % 2 == 0 ? 0.07 : 0.13);
        area->setBrush(shade);
        area->setPen(Qt::NoPen);
        baselines.append(area);
        m_baselineSpans.append({w.startMs, w.endMs});
    }

    // Uncovered baseline windows (too little capture volume: left out of the baseline) hatched over the shade.
    QList<QAreaSeries *> uncovered;
    for (const BaselineWindow &w : run.baselineWindows) {
        if (w.covered || w.endMs <= firstStart)
            continue;
        auto *edge = new QLineSeries;
        edge->append(double(std::max(w.startMs, firstStart)), top);
        edge->append(double(w.endMs), top);
        auto *area = new QAreaSeries(edge);
        area->setName(uncovered.isEmpty() ? tr("uncovered baseline window") : QString());
        QColor hatch = QColor(0xC8, 0x7F, 0x2A);
        hatch.setAlphaF(0.55);
        area->setBrush(QBrush(hatch, Qt::BDiagPattern));
        area->setPen(Qt::NoPen);
        uncovered.append(area);
        m_uncovered.append({w.startMs, w.endMs});
    }

    auto *boundary = new QLineSeries;
    boundary->setName(tr("window start"));
    boundary->append(windowStart, 0);
    boundary->append(windowStart, top);
    QPen boundaryPen(palette().color(QPalette::Text));
    boundaryPen.setStyle(Qt::DashLine);
    boundary->setPen(boundaryPen);

    QPen postsPen(uifmt::urgencyColor(c->urgency), 2);
    posts->setPen(postsPen);
    QPen engPen(palette().color(QPalette::Highlight), 1.5);
    engPen.setStyle(Qt::DotLine);
    engagement->setPen(engPen);

    for (QAreaSeries *area : baselines)
        chart->addSeries(area);
    for (QAreaSeries *area : uncovered)
        chart->addSeries(area);
    chart->addSeries(boundary);
    chart->addSeries(posts);
    chart->addSeries(engagement);

    auto *x = new QDateTimeAxis;
    x->setTitleText(u"UTC"_s);
    m_timeAxis = x;
    m_fromMs = firstStart;
    m_toMs = run.asOfMs;
    applyTimeTicks();
    auto *yEng = new QValueAxis;
    yEng->setRange(0, double(maxEng) * 1.1);
    yEng->applyNiceNumbers();
    yEng->setLabelFormat(u"%.0f"_s);
    yEng->setTitleText(tr("engagement"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(yPosts),
                                static_cast<QAbstractAxis *>(yEng)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yPosts, Qt::AlignLeft);
    chart->addAxis(yEng, Qt::AlignRight);
    for (QAreaSeries *area : baselines) {
        area->attachAxis(x);
        area->attachAxis(yPosts);
    }
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(boundary), static_cast<QAbstractSeries *>(posts)}) {
        s->attachAxis(x);
        s->attachAxis(yPosts);
    }
    for (QAreaSeries *area : uncovered) {
        area->attachAxis(x);
        area->attachAxis(yPosts);
    }
    for (QAreaSeries *area : baselines.mid(1) + uncovered.mid(1)) { // one legend entry for each kind
        for (QLegendMarker *marker : chart->legend()->markers(area))
            marker->setVisible(false);
    }
    engagement->attachAxis(x);
    engagement->attachAxis(yEng);

    const auto hover = [this](const QString &what) {
        return [this, what](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), uifmt::dateTime(qint64(point.x())) + u" UTC\n"_s + what + u": "_s
                                                   + uifmt::integer(qint64(point.y() + 0.5)),
                               this);
        };
    };
    connect(posts, &QLineSeries::hovered, this, hover(tr("posts")));
    connect(engagement, &QLineSeries::hovered, this, hover(tr("engagement")));
    setChart(chart);
}
