#include "ui/importjob.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

struct ImportOutcome
{
    QList<ImportReport> reports;
    QStringList errors;
    bool cancelled = false;
};

} // namespace

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progress(m_progress->done.load(), m_progress->total.load(), m_progress->item.load(),
                            m_progress->items.load());
    });
}

ImportJob::~ImportJob()
{
    m_token.cancel();
    m_pool.waitForDone();
}

bool ImportJob::start(const Workspace &workspace, const QStringList &files,
                      std::shared_ptr<const ColumnMapping> mapping, const QString &platform)
{
    if (m_running || !workspace.importFile || files.isEmpty())
        return false;
    Workspace::ImportFn importFile = workspace.importFile;
    if ((mapping || !platform.isEmpty()) && workspace.importFileWith) {
        importFile = [with = workspace.importFileWith, mapping, platform](
                         const QString &path, const ImportService::ProgressFn &progress, const CancelToken &cancel) {
            return with(path, mapping, platform, progress, cancel);
        };
    }
    m_running = true;
    m_token = CancelToken();
    m_progress = std::make_shared<JobProgress>();
    m_progress->items = int(files.size());
    m_poll.start();

    const CancelToken token = m_token;
    const std::shared_ptr<JobProgress> state = m_progress;
    QtConcurrent::run(&m_pool, [importFile, files, token, state] {
        ImportOutcome out;
        for (int i = 0; i < files.size() && !token.cancelled(); ++i) {
            state->item = i;
            state->done = 0;
            const auto onProgress = [state](const ImportProgress &p) {
                state->done = p.bytesRead;
                state->total = p.bytesTotal;
            };
            Result<ImportReport> report = importFile(files[i], onProgress, token);
            if (report) {
                out.reports.append(report.value());
                out.cancelled = out.cancelled || report.value().cancelled;
            } else {
                out.errors.append(files[i] + u": "_s + report.error().message); // core's message (English)
            }
        }
        out.cancelled = out.cancelled || token.cancelled();
        return out;
    }).then(this, [this](const ImportOutcome &out) {
        m_poll.stop();
        m_running = false;
        Q_EMIT finished(out.reports, out.errors, out.cancelled);
    });
    return true;
}

void ImportJob::cancel()
{
    m_token.cancel();
}
