#pragma once

#include <QDialog>
#include <QList>

#include "core/config/pollsettings.h"
#include "core/poll/feedstatus.h"
#include "core/model/result.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class FeedStatusModel;

/// Live feeds: the polled folders and URLs with their last success, last error, posts imported and
/// next poll; Add folder…, Add URL…, Remove, Poll now; "Auto re-run discovery on new data"; and
/// "Save to config". It edits a PollSettings value and says so (settingsChanged, autoRerunChanged,
/// pollNowRequested, saveRequested); whoever opened it applies that to the poller, writes the
/// config and reports back through showSaveResult(), and feeds it the poller's status snapshots
/// through setStatus(). It knows nothing of the poller or the config file itself.
class FeedsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsDialog)

public:
    FeedsDialog(const PollSettings &settings, bool autoRerun, QWidget *parent = nullptr);

    PollSettings settings() const { return m_settings; }
    bool autoRerun() const;
    FeedStatusModel *model() const { return m_model; }
    QPushButton *saveButton() const { return m_save; }
    /// The line under the table that says whether the last save worked.
    QString saveMessage() const;

    /// "Save to config" is offered only when there is a config file to write.
    void setSaveEnabled(bool enabled);
    /// The outcome of a save the dialog asked for (saveRequested).
    void showSaveResult(const Status &saved);

    /// Adds a source (the Add buttons end here): a URL must be http(s) and valid, a folder must
    /// exist, and the same folder or URL is refused twice. An interval ≤ 0 means "not given": the
    /// source takes poll.interval_s. Emits settingsChanged on success.
    Status addSource(const PollSource &source);
    /// Removes the source in `row`; emits settingsChanged.
    void removeSource(int row);

public Q_SLOTS:
    /// The poller's latest snapshots (FeedPoller::statusChanged).
    void setStatus(const QList<FeedStatus> &status);

Q_SIGNALS:
    void settingsChanged(const PollSettings &settings);
    void autoRerunChanged(bool on);
    /// "Poll now": the selected source's id, or an empty id for all sources.
    void pollNowRequested(const QString &sourceId);
    /// "Save to config": write these settings into the configuration file.
    void saveRequested(const PollSettings &settings);

private:
    void addFolder();
    void addUrl();
    void updateButtons();
    void markUnsaved();
    int selectedRow() const;

    PollSettings m_settings;
    FeedStatusModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    QPushButton *m_pollNow;
    QCheckBox *m_autoRerun;
    QPushButton *m_save;
    QLabel *m_saveMessage;
};
