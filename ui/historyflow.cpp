#include "ui/historyflow.h"

#include <QDateTime>
#include <QInputDialog>

#include "core/log/log.h"
#include "core/service/discoveryscheduler.h"
#include "core/service/discoveryservice.h"
#include "core/service/storedruncomparison.h"
#include "core/storage/projectstore.h"
#include "core/storage/runstore.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/historydialog.h"
#include "ui/mainmenus.h"
#include "ui/models/historymodel.h"
#include "ui/pipelinerunner.h"
#include "ui/poolreply.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char16_t *kScheduleKey = u"schedule";

/// What a worker hands back: a value or the error's message.
template <typename T> struct Answer
{
    T value{};
    QString error;
};

QString runLabel(qint64 asOfMs)
{
    return HistoryFlow::tr("the run as of %1 UTC").arg(uifmt::dateTime(asOfMs));
}

} // namespace

HistoryFlow::HistoryFlow(PipelineRunner *runner, ParamsFn params, int scheduleS, QWidget *window)
    : QObject(window), m_runner(runner), m_params(std::move(params)), m_configScheduleS(scheduleS), m_window(window),
      m_model(new HistoryModel(this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_model, &HistoryModel::noteEdited, this, &HistoryFlow::setNote);
}

HistoryFlow::~HistoryFlow()
{
    m_scheduler.reset(); // waits for a scheduled run in flight
    m_pool.waitForDone();
}

void HistoryFlow::attach(MainMenus *menus)
{
    connect(menus, &MainMenus::pinRequested, this, &HistoryFlow::pin);
    connect(menus, &MainMenus::historyRequested, this, &HistoryFlow::showHistory);
    connect(menus, &MainMenus::compareRequested, this, &HistoryFlow::chooseCompare);
    connect(menus, &MainMenus::scheduleRequested, this, &HistoryFlow::chooseSchedule);
}

void HistoryFlow::setWorkspace(const Workspace &workspace, const ProjectSettings &settings)
{
    ++m_project;
    m_pool.waitForDone();
    m_workspace = workspace;
    m_history = RunHistory::fromValue(settings.stored.value(QString::fromUtf16(RunHistory::kKey)));
    bool ok = false;
    const int schedule = settings.stored.value(QString::fromUtf16(kScheduleKey)).toInt(&ok);
    m_projectScheduleS = ok ? std::optional<int>(schedule) : std::nullopt;
    m_model->setEntries({});
    if (m_compare)
        m_compare->close();
    if (m_dialog && m_dialog->isVisible())
        refresh();
    updateScheduler();
}

bool HistoryFlow::canKeep() const
{
    return m_workspace.runs && m_workspace.project && !m_workspace.isSample;
}

QString HistoryFlow::refusal() const
{
    if (m_workspace.isSample)
        return tr("The sample data is read-only: runs are kept in a project of your own (File → New project…).");
    return tr("This project keeps no runs.");
}

void HistoryFlow::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    updateScheduler();
}

int HistoryFlow::scheduleS() const
{
    return m_projectScheduleS.value_or(m_configScheduleS);
}

void HistoryFlow::setScheduleS(int seconds)
{
    m_projectScheduleS = std::max(0, seconds);
    saveValue(QString::fromUtf16(kScheduleKey), QString::number(*m_projectScheduleS));
    updateScheduler();
}

void HistoryFlow::updateScheduler()
{
    const int every = scheduleS();
    const bool on = m_live && every > 0 && canKeep() && m_workspace.discovery;
    if (m_scheduler && on && m_scheduler->intervalMs() == every * 1000)
        return;
    m_scheduler.reset();
    if (!on)
        return;
    m_scheduler = std::make_unique<DiscoveryScheduler>(m_workspace.discovery, every * 1000);
    // The project's parameters as on screen, at the newest post: a schedule follows the feeds.
    m_scheduler->setRequest([params = m_params] {
        DiscoverRequest request;
        PipelineParams p = params();
        p.asOfMs.reset();
        request.params = p;
        return request;
    });
    connect(m_scheduler.get(), &DiscoveryScheduler::stored, this, [this](const std::shared_ptr<const RunResult> &run) {
        keep(run, HistoryMark::Kind::Scheduled, true);
        Q_EMIT scheduledRunStored(run);
    });
    connect(m_scheduler.get(), &DiscoveryScheduler::runFailed, this,
            [this](const QString &error) { Q_EMIT message(tr("Scheduled discovery failed: %1").arg(error)); });
    m_scheduler->start();
    gtlog::ui()->info("scheduled discovery every {} s while live feeds are on", every);
}

void HistoryFlow::chooseSchedule()
{
    if (!canKeep()) {
        Q_EMIT message(refusal());
        return;
    }
    const QList<std::pair<int, QString>> choices{
        {0, tr("Off")},           {15 * 60, tr("Every 15 minutes")}, {30 * 60, tr("Every 30 minutes")},
        {3600, tr("Every hour")}, {6 * 3600, tr("Every 6 hours")},   {24 * 3600, tr("Every day")}};
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"scheduleDialog"_s);
    dialog->setWindowTitle(tr("Scheduled discovery"));
    dialog->setLabelText(tr("While live feeds are on, run and keep a discovery of this project:"));
    QStringList labels;
    int current = 0;
    for (const auto &[seconds, label] : choices) {
        if (seconds == scheduleS())
            current = int(labels.size());
        labels.append(label);
    }
    dialog->setComboBoxItems(labels);
    dialog->setTextValue(labels.value(current));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, choices](const QString &text) {
        for (const auto &[seconds, label] : choices) {
            if (label == text)
                setScheduleS(seconds);
        }
    });
    dialog->open();
}

bool HistoryFlow::pin()
{
    const RunSnapshot &shown = m_runner->snapshot();
    if (!canKeep()) {
        Q_EMIT message(refusal());
        return false;
    }
    if (!shown.run || shown.run->runId.isEmpty()) {
        Q_EMIT message(tr("There is no run to pin yet."));
        return false;
    }
    keep(shown.run, HistoryMark::Kind::Pinned, shown.stored);
    Q_EMIT message(tr("Pinned %1. Run → History… lists it.").arg(runLabel(shown.run->asOfMs)));
    return true;
}

void HistoryFlow::keep(std::shared_ptr<const RunResult> run, HistoryMark::Kind kind, bool stored)
{
    if (!run || !canKeep())
        return;
    const QString runId = run->runId;
    m_history.mark(runId, kind, QDateTime::currentMSecsSinceEpoch());
    const std::shared_ptr<const RunStore> runs = m_workspace.runs;
    const std::shared_ptr<ProjectStore> project = m_workspace.project;
    const QString value = m_history.toValue();
    runOnPool(
        &m_pool, this,
        [run = std::move(run), runs, project, value, stored]() -> QString {
            if (!stored) {
                if (Status s = runs->save(run); !s)
                    return s.error().message;
            }
            const Status s = project->saveSettings({{QString::fromUtf16(RunHistory::kKey), value}});
            return s ? QString() : s.error().message;
        },
        [this, id = m_project, runId, kind](const QString &error) {
            if (id != m_project)
                return;
            if (!error.isEmpty()) {
                gtlog::ui()->error("keeping run {}: {}", runId, error);
                Q_EMIT message(tr("The run was not kept: %1").arg(error));
                return;
            }
            Q_EMIT kept(runId, kind);
            if (m_dialog && m_dialog->isVisible())
                refresh();
        });
}

void HistoryFlow::saveHistory()
{
    saveValue(QString::fromUtf16(RunHistory::kKey), m_history.toValue());
}

void HistoryFlow::saveValue(const QString &key, const QString &value)
{
    if (!canKeep())
        return;
    runOnPool(
        &m_pool, this,
        [project = m_workspace.project, key, value]() -> QString {
            const Status s = project->saveSettings({{key, value}});
            return s ? QString() : s.error().message;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT message(tr("Project settings not saved: %1").arg(error));
        });
}

void HistoryFlow::showHistory()
{
    if (!m_dialog) {
        m_dialog = new HistoryDialog(m_model, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &HistoryDialog::openRequested, this, [this](const QString &runId) { open(runId); });
        connect(m_dialog, &HistoryDialog::compareWithCurrentRequested, this, &HistoryFlow::compareWithCurrent);
        connect(m_dialog, &HistoryDialog::compareRequested, this, &HistoryFlow::compare);
        connect(m_dialog, &HistoryDialog::removeRequested, this, &HistoryFlow::remove);
    }
    m_dialog->show();
    m_dialog->raise();
    refresh();
}

void HistoryFlow::chooseCompare()
{
    if (m_history.pinned().isEmpty()) {
        Q_EMIT message(
            tr("No run is pinned yet: pin one (Run → Pin this run), then compare the runs that follow with it."));
        return;
    }
    showHistory();
}

void HistoryFlow::refresh()
{
    if (!m_workspace.runs) {
        m_model->setEntries({});
        return;
    }
    QList<std::pair<QString, HistoryMark>> marks;
    for (const QString &runId : m_history.runIds())
        marks.append({runId, m_history.markOf(runId)});
    runOnPool(
        &m_pool, this,
        [runs = m_workspace.runs, marks] {
            QList<HistoryEntry> entries;
            for (const auto &[runId, mark] : marks) {
                Result<RunSummary> summary = runs->summary(runId);
                if (summary) // a run whose write failed is not listed (its failure was reported then)
                    entries.append(HistoryEntry{summary.value(), mark});
            }
            return entries;
        },
        [this, id = m_project](QList<HistoryEntry> entries) {
            if (id != m_project)
                return;
            const QStringList selected = m_dialog ? m_dialog->selectedRunIds() : QStringList();
            m_model->setEntries(std::move(entries));
            if (m_dialog && !selected.isEmpty())
                m_dialog->selectRun(selected.first());
            else if (m_dialog && !m_history.pinned().isEmpty()) {
                for (const HistoryEntry &e : m_model->entries()) {
                    if (e.mark.kind == HistoryMark::Kind::Pinned) {
                        m_dialog->selectRun(e.summary.runId);
                        break;
                    }
                }
            }
            Q_EMIT listed();
        });
}

void HistoryFlow::open(const QString &runId, const QString &trendId)
{
    if (!m_workspace.runs || runId.isEmpty())
        return;
    runOnPool(
        &m_pool, this,
        [runs = m_workspace.runs, runId]() -> Answer<RunSnapshot> {
            Result<std::shared_ptr<RunResult>> run = runs->loadRun(runId);
            if (!run)
                return {{}, run.error().message};
            // The decision log is not part of a loaded run; the evidence panel lists a trend's decisions from it.
            DecisionQuery all;
            all.limit = 0;
            if (Result<DecisionPage> page = runs->decisions(runId, all); page)
                run.value()->decisions = std::move(page.value().items);
            return {RunSnapshot::make(std::move(*run.value())), {}};
        },
        [this, id = m_project, runId, trendId](Answer<RunSnapshot> answer) {
            if (id != m_project)
                return;
            if (!answer.error.isEmpty()) {
                Q_EMIT message(tr("The run could not be opened: %1").arg(answer.error));
                return;
            }
            const qint64 asOf = answer.value.run->asOfMs;
            m_runner->show(std::move(answer.value));
            Q_EMIT opened(runId);
            if (!trendId.isEmpty())
                Q_EMIT trendRequested(trendId);
            Q_EMIT message(tr("Showing the stored run as of %1 UTC, read-only: move a knob or Re-run to run again.")
                               .arg(uifmt::dateTime(asOf)));
        });
}

void HistoryFlow::compareWithCurrent(const QString &baseRunId)
{
    const std::shared_ptr<const RunResult> current = m_runner->snapshot().run;
    if (!current || !m_workspace.runs) {
        Q_EMIT message(tr("There is no run on screen to compare."));
        return;
    }
    runOnPool(
        &m_pool, this,
        [runs = m_workspace.runs, baseRunId, current]() -> Answer<RunComparison> {
            Result<std::shared_ptr<RunResult>> base = runs->loadRun(baseRunId);
            if (!base)
                return {{}, base.error().message};
            // A trend that left the tiles is looked up among the run's clusters, to say which checks it fails now.
            const auto clusterNow = [current](const QString &trendId) -> std::optional<ClusterResult> {
                for (const ClusterResult &c : current->clusters) {
                    if (c.trendId == trendId)
                        return c;
                }
                return std::nullopt;
            };
            return {compareRuns(RunTrends::of(*base.value()), RunTrends::of(*current), clusterNow), {}};
        },
        [this, id = m_project](const Answer<RunComparison> &answer) {
            if (id != m_project)
                return;
            if (!answer.error.isEmpty()) {
                Q_EMIT message(tr("The runs could not be compared: %1").arg(answer.error));
                return;
            }
            showComparison(answer.value, runLabel(answer.value.baseAsOfMs), tr("The run on screen"));
        });
}

void HistoryFlow::compare(const QString &baseRunId, const QString &runId)
{
    if (!m_workspace.runs)
        return;
    runOnPool(
        &m_pool, this,
        [runs = m_workspace.runs, baseRunId, runId]() -> Answer<RunComparison> {
            Result<RunComparison> comparison = compareStoredRuns(*runs, runId, baseRunId);
            if (!comparison)
                return {{}, comparison.error().message};
            return {comparison.value(), {}};
        },
        [this, id = m_project](const Answer<RunComparison> &answer) {
            if (id != m_project)
                return;
            if (!answer.error.isEmpty()) {
                Q_EMIT message(tr("The runs could not be compared: %1").arg(answer.error));
                return;
            }
            showComparison(answer.value, runLabel(answer.value.baseAsOfMs),
                           tr("The run as of %1 UTC").arg(uifmt::dateTime(answer.value.asOfMs)));
        });
}

void HistoryFlow::showComparison(const RunComparison &comparison, const QString &baseLabel, const QString &label)
{
    if (!m_compare) {
        m_compare = new CompareDialog(m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_compare, &CompareDialog::trendActivated, this, &HistoryFlow::trendRequested);
    }
    m_compare->setComparison(comparison, baseLabel, label);
    m_compare->show();
    m_compare->raise();
    Q_EMIT message(m_compare->summary());
    Q_EMIT compared(comparison);
}

void HistoryFlow::remove(const QStringList &runIds)
{
    for (const QString &runId : runIds)
        m_history.remove(runId);
    saveHistory();
    refresh();
    Q_EMIT message(tr("%n run(s) removed from the history.", nullptr, int(runIds.size())));
}

void HistoryFlow::setNote(const QString &runId, const QString &note)
{
    if (!m_history.contains(runId))
        return;
    m_history.setNote(runId, note);
    saveHistory();
}

HistoryDialog *HistoryFlow::dialog() const
{
    return m_dialog;
}

CompareDialog *HistoryFlow::compareDialog() const
{
    return m_compare;
}

void HistoryFlow::waitForIdle()
{
    m_pool.waitForDone();
}
