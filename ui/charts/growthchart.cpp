#include "ui/charts/growthchart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

GrowthChart::GrowthChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setSnapshot({});
}

void GrowthChart::setSnapshot(const RunSnapshot &snapshot, int topN)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_categories.clear();
    m_threshold.reset();

    QList<const ClusterResult *> tiles;
    if (snapshot.run) {
        for (const ClusterResult &c : snapshot.run->clusters) {
            if (c.isTrend && tiles.size() < topN)
                tiles.append(&c);
        }
    }
    if (tiles.isEmpty()) {
        chart->setTitle(tr("No trends to compare"));
        setChart(chart);
        return;
    }
    chart->setTitle(tr("Growth of the top trends (min_growth %1)").arg(uifmt::number(snapshot.run->params.minGrowth)));

    // One bar set per urgency, zero elsewhere, so each bar takes its urgency's colour and the
    // legend names the colours. Bars are listed bottom-up, so rank 1 is added last.
    const QStringList urgencies = {u"act_now"_s, u"prepare"_s, u"monitor"_s};
    QList<QBarSet *> sets;
    for (const QString &u : urgencies) {
        auto *set = new QBarSet(uifmt::urgencyLabel(u));
        set->setColor(uifmt::urgencyColor(u));
        set->setBorderColor(uifmt::urgencyColor(u));
        sets.append(set);
    }
    double maxGrowth = 1;
    QStringList categories;
    for (qsizetype i = tiles.size() - 1; i >= 0; --i) {
        const ClusterResult *c = tiles[i];
        categories.append(QString::number(c->rank) + u". #"_s + c->anchorDisplay());
        const double growth = c->growth.value_or(0); // tiles are trends: their growth is defined
        for (int s = 0; s < urgencies.size(); ++s)
            sets[s]->append(c->urgency == urgencies[s] ? growth : 0.0);
        maxGrowth = qMax(maxGrowth, growth);
    }
    for (const ClusterResult *c : tiles)
        m_categories.append(c->title);

    auto *series = new QHorizontalStackedBarSeries;
    for (QBarSet *set : sets)
        series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    const double minGrowth = snapshot.run->params.minGrowth;
    auto *x = new QValueAxis;
    x->setRange(0, std::max(maxGrowth, minGrowth) * 1.1);
    x->applyNiceNumbers(); // round ticks (1, 2, 5 × 10^k)
    x->setLabelFormat(u"%g"_s); // printf formats are Latin-1: the × goes in the title
    x->setTitleText(tr("growth (×)"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    // validation.min_growth as a vertical line across the bars: how far above it each trend is.
    auto *across = new QValueAxis;
    across->setRange(0, 1);
    across->setVisible(false);
    chart->addAxis(across, Qt::AlignRight);
    auto *threshold = new QLineSeries;
    threshold->setName(tr("min_growth %1×").arg(uifmt::number(minGrowth)));
    threshold->append(minGrowth, 0);
    threshold->append(minGrowth, 1);
    QPen thresholdPen(palette().color(QPalette::Text), 1.5, Qt::DashLine);
    threshold->setPen(thresholdPen);
    chart->addSeries(threshold);
    threshold->attachAxis(x);
    threshold->attachAxis(across);
    m_threshold = minGrowth;
    connect(threshold, &QLineSeries::hovered, this, [this, minGrowth](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tr("validation.min_growth = %1×: a trend grows at least this much")
                                                   .arg(uifmt::number(minGrowth)), this);
        else
            QToolTip::hideText();
    });

    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this, categories](bool state, int index, QBarSet *set) {
        if (!state || !set || set->at(index) == 0) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), categories.value(index) + u'\n' + tr("growth %1").arg(uifmt::ratio(set->at(index))), this);
    });
    setChart(chart);
}
