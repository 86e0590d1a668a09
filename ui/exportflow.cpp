#include "ui/exportflow.h"

#include <QMessageBox>
#include <QWidget>

#include "ui/filedialogs.h"

using namespace Qt::StringLiterals;

ExportFlow::ExportFlow(ExportJob *job, RunFn run, SelectionFn selection, QWidget *dialogParent)
    : QObject(dialogParent), m_job(job), m_run(std::move(run)), m_selection(std::move(selection)),
      m_dialogParent(dialogParent)
{
}

void ExportFlow::choose(ExportJob::Format format, bool selectedOnly)
{
    const bool pdf = format == ExportJob::Format::Pdf;
    const std::shared_ptr<const RunResult> run = m_run();
    const int count = selectedOnly ? int(m_selection().size()) : (run ? run->trendCount() : 0);
    if (selectedOnly && count == 0) {
        QMessageBox::information(m_dialogParent, tr("Export"),
                                 tr("No tile is selected. Select tiles on the Trends page (Ctrl+click for several), "
                                    "or export all tiles."));
        return;
    }
    const QString caption = pdf ? tr("Export %1 to PDF").arg(scopeText(selectedOnly, count))
                                : tr("Export %1 to CSV").arg(scopeText(selectedOnly, count));
    const QString suggested = (selectedOnly ? u"glasstrend-selected-tiles"_s : u"glasstrend-tiles"_s)
                              + (pdf ? u".pdf"_s : u".csv"_s);
    const QString path = filedialogs::getSaveFileName(m_dialogParent, u"export"_s, caption, suggested,
                                                      pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        start(format, path, selectedOnly);
}

void ExportFlow::start(ExportJob::Format format, const QString &path, bool selectedOnly)
{
    const QStringList ids = selectedOnly ? m_selection() : QStringList();
    if (selectedOnly && ids.isEmpty()) {
        Q_EMIT refused(tr("Nothing exported: no tile is selected on the Trends page."));
        return;
    }
    const std::shared_ptr<const RunResult> run = m_run();
    if (m_job->start(run, format, path, ids)) {
        m_scope = scopeText(selectedOnly, selectedOnly ? int(ids.size()) : run->trendCount());
        Q_EMIT started(tr("Exporting %1…").arg(m_scope));
    }
}

QString ExportFlow::scopeText(bool selectedOnly, int count) const
{
    if (selectedOnly)
        return count == 1 ? tr("the selected tile") : tr("%1 selected tiles").arg(count);
    return count == 1 ? tr("the one tile") : tr("all %1 tiles").arg(count);
}
