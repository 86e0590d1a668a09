#pragma once

#include <memory>

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include "core/model/canceltoken.h"
#include "core/model/runresult.h"
#include "ui/jobprogress.h"

/// Writes proof tiles to PDF or CSV (core/report) on a worker thread, with progress and cancel.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    enum class Format { Pdf, Csv };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    /// `trendIds` empty = every tile. False when an export is already running.
    bool start(std::shared_ptr<const RunResult> run, Format format, const QString &path, const QStringList &trendIds);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    /// `error` empty = written.
    void finished(const QString &path, const QString &error);

private:
    QThreadPool m_pool;
    QTimer m_poll;
    CancelToken m_token;
    std::shared_ptr<JobProgress> m_progress;
    bool m_running = false;
};
