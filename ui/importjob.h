#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include "core/model/canceltoken.h"
#include "core/model/importreport.h"
#include "ui/jobprogress.h"
#include "ui/workspace.h"

/// Imports files one after another on a worker thread (ImportService::importFile), reporting
/// progress to the GUI ten times a second and stopping at the next batch when cancelled.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    /// Starts importing `files` into `workspace`; false when a job is already running. With a
    /// `mapping` or `platform` (a file no reader knows: the mapping dialog), Workspace::importFileWith
    /// reads them.
    bool start(const Workspace &workspace, const QStringList &files,
               std::shared_ptr<const ColumnMapping> mapping = {}, const QString &platform = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// bytes done/total of the current file, and which file of how many.
    void progress(qint64 done, qint64 total, int file, int files);
    /// One report per file that could be read; `errors` names files that could not.
    void finished(const QList<ImportReport> &reports, const QStringList &errors, bool cancelled);

private:
    QThreadPool m_pool;
    QTimer m_poll;
    CancelToken m_token;
    std::shared_ptr<JobProgress> m_progress;
    bool m_running = false;
};
