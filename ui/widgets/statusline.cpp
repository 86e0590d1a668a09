#include "ui/widgets/statusline.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include "core/model/runresult.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

StatusLine::StatusLine(QStatusBar *bar)
    : QObject(bar), m_state(new QLabel(bar)), m_change(new QLabel(bar)), m_server(new QLabel(bar)),
      m_progress(new QProgressBar(bar)), m_cancel(new QToolButton(bar)), m_runningDelay(new QTimer(this))
{
    m_runningDelay->setSingleShot(true);
    m_runningDelay->setInterval(kRunningDelayMs);
    connect(m_runningDelay, &QTimer::timeout, this, [this] { showBusy(tr("Running…"), false); });
    m_change->setObjectName(u"changeLabel"_s);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &StatusLine::cancelRequested);
    bar->addWidget(m_state);
    bar->addWidget(m_change, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_server);
}

void StatusLine::setChange(const QString &text)
{
    m_change->setText(text);
}

QString StatusLine::change() const
{
    return m_change->text();
}

void StatusLine::showRun(const RunResult *run, bool isSample)
{
    if (!run) {
        m_state->setText(isSample ? tr("Sample data · no run yet") : tr("No run yet"));
        return;
    }
    m_state->setText((isSample ? tr("SAMPLE DATA · ") : QString())
                     + tr("%1 posts in window · %2 clusters · %3 trends · run %4 ms")
                           .arg(uifmt::integer(run->postsInWindow), uifmt::integer(run->clusters.size()),
                                QString::number(run->trendCount()), QString::number(run->durationMs)));
}

void StatusLine::setServer(const QString &address)
{
    m_server->setText(address.isEmpty() ? tr("server: off") : tr("server: %1").arg(address));
}

void StatusLine::setBusy(const QString &what, bool cancellable)
{
    m_runningDelay->stop(); // an import or export owns the bar now
    showBusy(what, cancellable);
}

void StatusLine::showBusy(const QString &what, bool cancellable)
{
    m_progress->setVisible(!what.isEmpty());
    m_cancel->setVisible(!what.isEmpty() && cancellable);
    if (!what.isEmpty() && !cancellable) {
        m_progress->setRange(0, 0); // indeterminate: a run has no meaningful fraction
        m_progress->setFormat(what);
    }
}

void StatusLine::setRunning(bool running)
{
    if (running) {
        if (!m_progress->isVisible() && !m_runningDelay->isActive())
            m_runningDelay->start();
    } else if (m_runningDelay->isActive()) {
        m_runningDelay->stop(); // quick: never shown
    } else {
        showBusy({}, false);
    }
}

bool StatusLine::isProgressShown() const
{
    return m_progress->isVisible();
}

void StatusLine::setProgress(int value, int maximum, const QString &format)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    if (!format.isNull())
        m_progress->setFormat(format);
}
