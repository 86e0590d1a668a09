#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QStringList>

#include "core/model/runresult.h"
#include "ui/exportjob.h"

class QWidget;

/// File → Export, from the menu entry to the job: the scope is always said, never implied by what happens to be
/// selected ("all 20 tiles", "2 selected tiles") — in the file dialog's title, while the job runs and when it is
/// done. It starts the ExportJob on the run on screen; MainWindow shows what it says.
class ExportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFlow)

public:
    using RunFn = std::function<std::shared_ptr<const RunResult>()>;
    using SelectionFn = std::function<QStringList()>; ///< the trend ids selected on the Trends page

    ExportFlow(ExportJob *job, RunFn run, SelectionFn selection, QWidget *dialogParent);

    /// Asks where to write (the dialog's title names the scope), then start()s.
    void choose(ExportJob::Format format, bool selectedOnly);
    /// Exports the run on screen to `path`: every tile, or the selected ones (nothing, and says so, when none is).
    void start(ExportJob::Format format, const QString &path, bool selectedOnly);
    /// What the running (or last) export writes, in words.
    const QString &scope() const { return m_scope; }

Q_SIGNALS:
    void started(const QString &text); ///< "Exporting all 20 tiles…"
    void refused(const QString &text); ///< nothing was exported, and why

private:
    QString scopeText(bool selectedOnly, int count) const;

    ExportJob *m_job;
    RunFn m_run;
    SelectionFn m_selection;
    QWidget *m_dialogParent;
    QString m_scope;
};
