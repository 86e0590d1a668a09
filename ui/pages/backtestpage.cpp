#include "ui/pages/backtestpage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/report/urgencystyle.h"
#include "ui/widgets/backtesttimeline.h"

namespace {

/// A swatch and its label, for the legend.
QString swatch(const QColor &colour, const QString &label)
{
    return QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
        .arg(colour.name(), label.toHtmlEscaped());
}

} // namespace

BacktestPage::BacktestPage(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_sort(new QComboBox(this)), m_timeline(new BacktestTimeline(this))
{
    setObjectName(QStringLiteral("backtest-page"));
    m_status->setWordWrap(true);
    m_sort->addItem(tr("Sort by first flagged"), int(BacktestTimeline::SortOrder::FirstFlagged));
    m_sort->addItem(tr("Sort by lead time"), int(BacktestTimeline::SortOrder::LeadTime));

    auto *legend = new QLabel(this);
    legend->setTextFormat(Qt::RichText);
    QColor grey = palette().color(QPalette::Mid);
    legend->setText(swatch(urgencyStyle(u"act_now").color, urgencyStyle(u"act_now").label) + QStringLiteral("&nbsp;&nbsp;")
                    + swatch(urgencyStyle(u"prepare").color, urgencyStyle(u"prepare").label) + QStringLiteral("&nbsp;&nbsp;")
                    + swatch(urgencyStyle(u"monitor").color, urgencyStyle(u"monitor").label) + QStringLiteral("&nbsp;&nbsp;")
                    + swatch(grey, tr("not flagged")) + QStringLiteral("&nbsp;&nbsp;◆ ")
                    + tr("peak (most posts in its window)").toHtmlEscaped() + QStringLiteral("&nbsp;&nbsp;")
                    + tr("Click a step to open its run.").toHtmlEscaped());

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);

    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    auto *tools = new QHBoxLayout;
    tools->addWidget(legend, 1);
    tools->addWidget(m_sort);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(running);
    layout->addLayout(tools);
    layout->addWidget(scroll, 1);

    connect(m_cancel, &QPushButton::clicked, this, &BacktestPage::cancelRequested);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setSortOrder(BacktestTimeline::SortOrder(m_sort->currentData().toInt()));
    });
    connect(m_timeline, &BacktestTimeline::stepClicked, this, &BacktestPage::stepClicked);
    m_progress->hide();
    m_cancel->hide();
    clear();
}

void BacktestPage::showRunning(const QString &what)
{
    m_status->setText(what);
    m_timeline->setResult(nullptr);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void BacktestPage::showProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("Step %v of %m"));
}

void BacktestPage::showResult(std::shared_ptr<const BacktestResult> result)
{
    m_progress->hide();
    m_cancel->hide();
    if (result)
        m_status->setText(tr("Trends flagged: %1, in %2 steps (%3 posts, %4 h window), %5 s.")
                              .arg(result->trends.size())
                              .arg(result->steps.size())
                              .arg(result->loadedPosts)
                              .arg(result->windowHours)
                              .arg(QString::number(double(result->durationMs) / 1000.0, 'f', 1)));
    m_timeline->setResult(std::move(result));
}

void BacktestPage::showStopped(const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(message);
}

void BacktestPage::clear()
{
    m_progress->hide();
    m_cancel->hide();
    m_timeline->setResult(nullptr);
    m_status->setText(tr("When would GlassTrend have known? Run → Backtest… runs the pipeline at every hour (or step) of "
                         "a past range and shows, per trend, when it was first flagged, its urgency at each step and its "
                         "peak."));
}
