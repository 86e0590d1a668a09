#include "ui/importflow.h"

#include <QFileInfo>

#include "core/log/log.h"
#include "core/storage/storagelocation.h"
#include "ui/importjob.h"
#include "ui/mappingflow.h"
#include "ui/platformquestion.h"
#include "ui/widgets/importsummarydialog.h"
#include "ui/workspace.h"

using namespace Qt::StringLiterals;

ImportFlow::ImportFlow(std::function<const Workspace &()> workspace, std::shared_ptr<const MappingStore> mappings,
                       QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(std::move(workspace)), m_dialogParent(dialogParent), m_job(new ImportJob(this)),
      m_mappings(new MappingFlow(std::move(mappings), dialogParent)), m_platforms(new PlatformQuestion(dialogParent))
{
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total, int file, int files) {
        Q_EMIT progress(total > 0 ? int(1000 * done / total) : 0, 1000,
                        tr("Importing file %1 of %2: %p%").arg(file + 1).arg(files));
    });
    connect(m_mappings, &MappingFlow::message, this, &ImportFlow::message);
    connect(m_mappings, &MappingFlow::importRequested, this,
            [this](const QString &file, std::shared_ptr<const ColumnMapping> mapping, const QString &platform) {
                startJob({file}, std::move(mapping), platform);
            });
    // A file that does not say its platform (and no rule decides it): the app asks, then imports it again.
    connect(m_platforms, &PlatformQuestion::message, this, &ImportFlow::message);
    connect(m_platforms, &PlatformQuestion::importRequested, this,
            [this](const QString &file, const QString &platform) { startJob({file}, nullptr, platform); });
    connect(m_job, &ImportJob::finished, this,
            [this](const QList<ImportReport> &reports, const QStringList &errors, bool cancelled) {
                QString summary = ImportSummaryDialog::summaryText(reports, cancelled);
                for (const ImportReport &r : reports) {
                    if (!r.mapping.isEmpty() && r.mapping != u"given"_s)
                        summary += u' ' + tr("%1 was read with the saved mapping \"%2\".").arg(QFileInfo(r.file).fileName(),
                                                                                       r.mapping);
                }
                gtlog::ui()->info("{}", summary);
                if (!std::exchange(m_quiet, false)) {
                    auto *dialog = new ImportSummaryDialog(reports, errors, cancelled, m_dialogParent);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->open();
                }
                Q_EMIT finished(summary);
                m_platforms->enqueue(reports);
                m_mappings->askNext(); // files that wait for a mapping come after
                if (!m_mappings->dialog() && !m_job->isRunning())
                    m_platforms->askNext();
            });
}

void ImportFlow::start(const QStringList &files, bool quiet)
{
    if (m_workspace().readOnly) {
        // A team database is written to only when the analyst said so (File → Connect to a team database…).
        const QString refusal = tr("Not imported: %1 is open read-only. To import into it, connect again with "
                                   "\"Allow importing into this database\" ticked.")
                                    .arg(storagelocation::displayName(m_workspace().databasePath));
        gtlog::ui()->warn("import refused: {} is read-only", m_workspace().databasePath);
        Q_EMIT message(refusal);
        return;
    }
    QStringList ready;
    QStringList unknown;
    for (const QString &file : files)
        (m_mappings->needsMapping(file) ? unknown : ready).append(file);
    m_mappings->enqueue(unknown);
    if (!ready.isEmpty() && startJob(ready))
        m_quiet = quiet;
    else if (!m_job->isRunning())
        m_mappings->askNext();
}

bool ImportFlow::startJob(const QStringList &files, std::shared_ptr<const ColumnMapping> mapping, const QString &platform)
{
    if (!m_job->start(m_workspace(), files, std::move(mapping), platform))
        return false;
    Q_EMIT started(tr("Importing…"));
    return true;
}

void ImportFlow::cancel()
{
    m_job->cancel();
}

bool ImportFlow::isRunning() const
{
    return m_job->isRunning();
}
