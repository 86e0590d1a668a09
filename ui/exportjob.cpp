#include "ui/exportjob.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "core/report/csvexport.h"
#include "core/report/pdfexport.h"

using namespace Qt::StringLiterals;

ExportJob::ExportJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progress(int(m_progress->done.load()), int(m_progress->total.load()));
    });
}

ExportJob::~ExportJob()
{
    m_token.cancel();
    m_pool.waitForDone();
}

bool ExportJob::start(std::shared_ptr<const RunResult> run, Format format, const QString &path,
                      const QStringList &trendIds)
{
    if (m_running || !run)
        return false;
    m_running = true;
    m_token = CancelToken();
    m_progress = std::make_shared<JobProgress>();
    m_poll.start();
    const CancelToken token = m_token;
    const std::shared_ptr<JobProgress> state = m_progress;
    QtConcurrent::run(&m_pool, [run, format, path, trendIds, token, state]() -> QString {
        Status status = Status(Ok{});
        if (format == Format::Csv) {
            CsvOptions options;
            options.trendIds = trendIds;
            status = writeTilesCsv(*run, path, options);
        } else {
            PdfOptions options;
            options.trendIds = trendIds;
            options.cancel = token;
            options.progress = [state](int done, int total) {
                state->done = done;
                state->total = total;
            };
            // The PDF's labels follow the UI's language (the translators installed on the application).
            options.translate = [](const char *english) { return QCoreApplication::translate("PdfReport", english); };
            status = writeTilesPdf(*run, path, options);
        }
        return status ? QString() : status.error().message;
    }).then(this, [this, path](const QString &error) {
        m_poll.stop();
        m_running = false;
        Q_EMIT finished(path, error);
    });
    return true;
}

void ExportJob::cancel()
{
    m_token.cancel();
}
