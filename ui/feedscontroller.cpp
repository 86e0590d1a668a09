#include "ui/feedscontroller.h"

#include "core/poll/feedpoller.h"
#include "ui/dialogs/feedsdialog.h"

using namespace Qt::StringLiterals;

FeedsController::FeedsController(PollSettings settings, SaveFn save, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_save(std::move(save))
{
}

FeedsController::~FeedsController() = default;

void FeedsController::setFactory(PollerFactory factory)
{
    m_factory = std::move(factory);
    rebuild();
}

void FeedsController::rebuild()
{
    m_poller.reset(); // FeedPoller's destructor cancels and waits for its import in flight
    m_status.clear();
    if (m_factory)
        m_poller = m_factory(m_settings);
    if (!m_poller) {
        updateLive();
        return;
    }
    connect(m_poller.get(), &FeedPoller::stopped, this, &FeedsController::updateLive);
    connect(m_poller.get(), &FeedPoller::statusChanged, this, [this](const QList<FeedStatus> &status) {
        m_status = status;
        if (m_dialog)
            m_dialog->setStatus(status);
    });
    connect(m_poller.get(), &FeedPoller::batchImported, this, [this](const ImportReport &report) {
        Q_EMIT batchImported(report);
        if (m_autoRerun)
            Q_EMIT newData(report);
    });
    if (!m_settings.sources.isEmpty())
        m_poller->start();
    updateLive();
}

bool FeedsController::isLive() const
{
    return m_poller && m_poller->isRunning();
}

void FeedsController::updateLive()
{
    if (isLive() != m_live) {
        m_live = isLive();
        Q_EMIT liveChanged(m_live);
    }
}

Status FeedsController::save()
{
    if (!m_save)
        return Error{u"unavailable"_s, tr("There is no configuration file to save to."), {}};
    Status result = m_save(m_settings);
    if (result)
        Q_EMIT saved(m_settings);
    return result;
}

void FeedsController::showDialog(QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new FeedsDialog(m_settings, m_autoRerun, parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setStatus(m_status);
    m_dialog->setSaveEnabled(bool(m_save));
    connect(m_dialog, &FeedsDialog::settingsChanged, this, [this](const PollSettings &settings) {
        m_settings = settings;
        if (!m_poller)
            return;
        m_poller->setSettings(settings);
        if (!settings.sources.isEmpty() && !m_poller->isRunning())
            m_poller->start();
        updateLive();
    });
    connect(m_dialog, &FeedsDialog::saveRequested, this, [this](const PollSettings &settings) {
        m_settings = settings; // the same value settingsChanged already applied
        const Status result = save();
        if (m_dialog)
            m_dialog->showSaveResult(result);
    });
    connect(m_dialog, &FeedsDialog::autoRerunChanged, this, [this](bool on) { m_autoRerun = on; });
    connect(m_dialog, &FeedsDialog::pollNowRequested, this, [this](const QString &sourceId) {
        if (!m_poller)
            return;
        if (!m_poller->isRunning())
            m_poller->start();
        updateLive();
        if (sourceId.isEmpty())
            m_poller->pollNow();
        else
            m_poller->pollNow(sourceId);
    });
    m_dialog->show();
}
