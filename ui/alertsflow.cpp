#include "ui/alertsflow.h"

#include <algorithm>

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

#include "core/model/runresult.h"
#include "core/service/alertservice.h"
#include "core/storage/alertstore.h"
#include "core/storage/projectstore.h"
#include "ui/dialogs/watchlistdialog.h"
#include "ui/historyflow.h"
#include "ui/mainmenus.h"
#include "ui/models/alertmodel.h"
#include "ui/pipelinerunner.h"
#include "ui/poolreply.h"
#include "ui/watchsettings.h"
#include "ui/widgets/alertsdock.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kListed = 500; ///< the dock lists this many of the newest alerts

} // namespace

AlertsFlow::AlertsFlow(PipelineRunner *runner, HistoryFlow *history, WatchList defaults, QMainWindow *window)
    : QObject(window), m_runner(runner), m_history(history), m_dock(new AlertsDock(window)),
      m_defaults(std::move(defaults)), m_watch(m_defaults), m_window(window)
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_pool.setMaxThreadCount(1);
    connect(m_runner, &PipelineRunner::finished, this, [this](const RunSnapshot &current) {
        if (current.run && !current.stored)
            evaluate(current.run, false);
    });
    connect(m_history, &HistoryFlow::scheduledRunStored, this,
            [this](const std::shared_ptr<const RunResult> &run) { evaluate(run, true); });
    connect(m_dock, &AlertsDock::openRequested, m_history,
            [this](const QString &runId, const QString &trendId) { m_history->open(runId, trendId); });
    connect(m_dock, &AlertsDock::watchListRequested, this, &AlertsFlow::chooseWatchList);
}

AlertsFlow::~AlertsFlow()
{
    m_pool.waitForDone();
}

void AlertsFlow::attach(MainMenus *menus)
{
    connect(menus, &MainMenus::watchListRequested, this, &AlertsFlow::chooseWatchList);
}

void AlertsFlow::setWorkspace(const Workspace &workspace, const ProjectSettings &settings)
{
    ++m_project;
    m_workspace = workspace;
    m_unstored.clear();
    m_service.reset();
    m_watch = watchsettings::fromValue(settings.stored.value(QString::fromUtf16(watchsettings::kKey)), m_defaults);
    m_dock->model()->setAlerts({});
    if (workspace.isSample || !workspace.alerts) {
        m_dock->setNote(workspace.isSample
                            ? tr("The sample data is read-only: alerts are kept in a project of your own.")
                            : tr("This project keeps no alerts."));
        return;
    }
    // No webhooks in the desktop: the dock and the notification are where its alerts go.
    m_service = std::make_unique<AlertService>(workspace.alerts, m_watch, WebhookSettings{}, QString());
    connect(m_service.get(), &AlertService::alertRaised, this, &AlertsFlow::raised);
    connect(m_service.get(), &AlertService::runEvaluated, this,
            [this](const QString &runId) { m_unstored.remove(runId); });
    m_dock->setNote(m_watch.tags.isEmpty() && !m_watch.onActNow
                        ? tr("No tag is watched: Watched tags… chooses the tags to alert on.")
                        : QString());
    reload();
}

void AlertsFlow::reload()
{
    runOnPool(
        &m_pool, this, [store = m_workspace.alerts] { return store->list(kListed); },
        [this, id = m_project](const Result<QList<AlertRecord>> &stored) {
            if (id != m_project)
                return;
            if (!stored) {
                Q_EMIT message(tr("The alerts could not be read: %1").arg(stored.error().message));
                return;
            }
            // An alert raised while the list was read is kept (once): newest first, by id.
            QList<AlertRecord> merged = stored.value();
            for (const AlertRecord &shown : m_dock->model()->alerts()) {
                if (std::none_of(merged.begin(), merged.end(), [&](const AlertRecord &r) { return r.id == shown.id; }))
                    merged.append(shown);
            }
            std::sort(merged.begin(), merged.end(),
                      [](const AlertRecord &a, const AlertRecord &b) { return a.id > b.id; });
            m_dock->model()->setAlerts(std::move(merged));
            Q_EMIT listed();
        });
}

void AlertsFlow::evaluate(const std::shared_ptr<const RunResult> &run, bool stored)
{
    if (!m_service || !run || run->runId.isEmpty())
        return;
    if (!stored)
        m_unstored.insert(run->runId, run);
    m_service->runStored(run);
}

void AlertsFlow::raised(const AlertRecord &record)
{
    // The run on screen is kept, so that the alert can open it later.
    if (const auto run = m_unstored.value(record.alert.runId); run && !m_history->history().contains(run->runId))
        m_history->keep(run, HistoryMark::Kind::Alert);
    m_dock->model()->prepend(record);
    notify(record);
    Q_EMIT alertShown(record);
}

void AlertsFlow::notify(const AlertRecord &record)
{
    m_lastNotification = tr("%1 — %2").arg(record.alert.title, AlertModel::reasonLabel(record.alert));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            // The app has no icon of its own yet; a tray icon needs one to be shown.
            const QIcon icon = qApp->windowIcon().isNull()
                                   ? m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                   : qApp->windowIcon();
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(u"GlassTrend"_s);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                m_dock->show();
                m_dock->raise();
            });
            m_tray->show();
        }
        m_tray->showMessage(tr("GlassTrend alert"), m_lastNotification, QSystemTrayIcon::Information, 10000);
    } else {
        m_window->statusBar()->showMessage(tr("Alert: %1").arg(m_lastNotification), 15000);
    }
}

void AlertsFlow::chooseWatchList()
{
    if (!m_service) {
        Q_EMIT message(m_workspace.isSample
                           ? tr("The sample data is read-only: alerts are kept in a project of your own.")
                           : tr("This project keeps no alerts."));
        return;
    }
    auto *dialog = new WatchListDialog(m_watch, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setWatchList(dialog->watchList()); });
    dialog->open();
}

void AlertsFlow::setWatchList(const WatchList &watch)
{
    if (!m_service)
        return;
    m_watch = watch;
    m_service->setWatchList(watch);
    m_dock->setNote(watch.tags.isEmpty() && !watch.onActNow
                        ? tr("No tag is watched: Watched tags… chooses the tags to alert on.")
                        : QString());
    runOnPool(
        &m_pool, this,
        [project = m_workspace.project, value = watchsettings::toValue(watch)]() -> QString {
            if (!project)
                return {};
            const Status s = project->saveSettings({{QString::fromUtf16(watchsettings::kKey), value}});
            return s ? QString() : s.error().message;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT message(tr("The watch list was not saved: %1").arg(error));
        });
    Q_EMIT message(watch.tags.isEmpty() ? tr("No tag is watched.")
                                        : tr("Watching %1.").arg(u"#"_s + watch.tags.join(u", #"_s)));
    // The run on screen, seen with the new list (a stored one was evaluated when it was made).
    const RunSnapshot &shown = m_runner->snapshot();
    if (shown.run && !shown.stored)
        evaluate(shown.run, false);
}

void AlertsFlow::waitForIdle()
{
    m_pool.waitForDone();
    m_history->waitForIdle();
}
