#include "ui/charts/velocitychart.h"

#include <algorithm>

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
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
    const double top = double(maxPosts) * 1.1;

    // Baseline windows shaded from the first bucket to the window start.
    const double windowStart = double(run.windowStartMs > 0 ? run.windowStartMs : run.asOfMs - run.params.windowHours * hour);
    auto *upper = new QLineSeries;
    upper->append(double(firstStart), top);
    upper->append(windowStart, top);
    auto *baseline = new QAreaSeries(upper);
    baseline->setName(tr("baseline"));
    QColor shade = palette().color(QPalette::Text);
    shade.setAlphaF(0.08);
    baseline->setBrush(shade);
    baseline->setPen(Qt::NoPen);

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

    chart->addSeries(baseline);
    for (QAreaSeries *area : uncovered)
        chart->addSeries(area);
    chart->addSeries(boundary);
    chart->addSeries(posts);
    chart->addSeries(engagement);

    auto *x = new QDateTimeAxis;
    x->setFormat(u"MM-dd HH:mm"_s);
    x->setTickCount(7);
    x->setRange(QDateTime::fromMSecsSinceEpoch(firstStart, Qt::UTC), QDateTime::fromMSecsSinceEpoch(run.asOfMs, Qt::UTC));
    x->setTitleText(u"UTC"_s);
    auto *yPosts = new QValueAxis;
    yPosts->setRange(0, top);
    yPosts->setLabelFormat(u"%d"_s);
    yPosts->setTitleText(tr("posts"));
    auto *yEng = new QValueAxis;
    yEng->setRange(0, double(maxEng) * 1.1);
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
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(baseline), static_cast<QAbstractSeries *>(boundary),
                               static_cast<QAbstractSeries *>(posts)}) {
        s->attachAxis(x);
        s->attachAxis(yPosts);
    }
    for (QAreaSeries *area : uncovered) {
        area->attachAxis(x);
        area->attachAxis(yPosts);
    }
    for (QAreaSeries *area : uncovered.mid(1)) { // one legend entry for all of them
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
