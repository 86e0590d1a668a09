#include "ui/widgets/logdock.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include "core/log/log.h"
#include "ui/logsink.h"
#include "ui/models/logmodel.h"

using namespace Qt::StringLiterals;

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent), m_sink(std::make_shared<LogSink>()), m_model(new LogModel(5000, this))
{
    setObjectName(u"logDock"_s);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LogModel::TimeColumn, 100);
    m_view->setColumnWidth(LogModel::LevelColumn, 60);
    m_view->setColumnWidth(LogModel::LoggerColumn, 80);
    m_view->setWordWrap(false);
    setWidget(m_view);

    gtlog::addSink(m_sink);
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LogDock::drain);
    m_timer->start();
}

LogDock::~LogDock()
{
    gtlog::removeSink(m_sink);
}

void LogDock::drain()
{
    qint64 dropped = 0;
    std::vector<LogEntry> entries = m_sink->drain(&dropped);
    if (dropped > 0)
        entries.push_back(LogEntry{0, 3, u"ui"_s, tr("%1 log lines skipped in the dock (see the log file)").arg(dropped)});
    if (entries.empty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    m_model->append(std::move(entries));
    if (atBottom)
        m_view->scrollToBottom();
}
