#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

#include "core/config/pollsettings.h"
#include "core/model/importreport.h"
#include "core/model/result.h"
#include "core/poll/feedstatus.h"
#include "ui/dialogs/feedsdialog.h"

class FeedPoller;
class QWidget;

/// The desktop's live feeds: owns the FeedPoller of the open database, opens the Feeds dialog over
/// it, saves its sources to the configuration, and says when polled data arrived while "auto
/// re-run" is on. MainWindow only adds a menu
/// entry and reloads the window on newData().
class FeedsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsController)

public:
    /// Builds a poller over the open database's services (app/ supplies it with the Workspace).
    using PollerFactory = std::function<std::unique_ptr<FeedPoller>(const PollSettings &)>;
    /// Writes poll.* into the configuration file (app/ supplies savePollSettings on config.yaml).
    using SaveFn = std::function<Status(const PollSettings &)>;

    explicit FeedsController(PollSettings settings, SaveFn save = {}, QObject *parent = nullptr);
    ~FeedsController() override;

    /// Another database was opened: polling moves to it (an import in flight on the old one finishes).
    void setFactory(PollerFactory factory);
    /// Opens (or raises) the Feeds dialog.
    void showDialog(QWidget *parent);

    const PollSettings &settings() const { return m_settings; }
    bool autoRerun() const { return m_autoRerun; }
    void setAutoRerun(bool on) { m_autoRerun = on; }
    FeedPoller *poller() const { return m_poller.get(); }
    /// Whether live feeds are on: the open database's poller is running.
    bool isLive() const;
    FeedsDialog *dialog() const { return m_dialog; }

    /// The dialog's "Save to config": writes the current settings; empty save function = an error.
    Status save();

Q_SIGNALS:
    /// Polled posts were stored and "auto re-run" is on: reload the window and re-run.
    void newData(const ImportReport &report);
    /// Every batch, whether or not it triggers a re-run (for the status line).
    void batchImported(const ImportReport &report);
    /// The settings were written to the configuration file.
    void saved(const PollSettings &settings);
    /// Live feeds went on or off (isLive()).
    void liveChanged(bool live);

private:
    void rebuild();
    void updateLive();

    PollSettings m_settings;
    SaveFn m_save;
    bool m_autoRerun = false;
    PollerFactory m_factory;
    std::unique_ptr<FeedPoller> m_poller;
    QList<FeedStatus> m_status;
    QPointer<FeedsDialog> m_dialog;
    bool m_live = false;
};
