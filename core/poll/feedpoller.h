#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThreadPool>

#include "core/config/pollsettings.h"
#include "core/model/canceltoken.h"
#include "core/model/importreport.h"
#include "core/poll/feedstatus.h"

class PollStateStore;
class ImportService;

/// Polls the `poll.sources` (folders and URLs) in the background and imports what is new through
/// the shared ImportService: the live feeds of the desktop app and of `--serve`.
///
/// Every source has its own single-shot timer: after a poll it waits `interval_s`, or
/// interval × 2^failures (at most 1 h) while it keeps failing (see poll::pollDelayMs). HTTP runs
/// asynchronously on the owner's thread; reading, importing and the poll state (file offsets,
/// ETags, in the database's poll state: Storage::pollState) run on a private pool of two threads, one poll at a
/// time per source, so the owner's event loop never waits for the disk or the database.
/// Folder rules: poll::pollFolder(); URL rules: UrlFetch and poll::importUrlBody().
class FeedPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedPoller)

public:
    FeedPoller(PollSettings settings, std::shared_ptr<const ImportService> importer,
               std::shared_ptr<const PollStateStore> state, QObject *parent = nullptr);
    /// Cancels an import in flight at its next record (what was stored stays; the file's offset
    /// does not move, so it is read again next time) and waits for the workers.
    ~FeedPoller() override;

    /// Replaces the sources. A source whose id (sourceId()) is kept keeps its status, its timer
    /// and its stored state; new sources are polled at once when running.
    void setSettings(const PollSettings &settings);
    const PollSettings &settings() const { return m_settings; }

    /// Polls every source now, then on its interval.
    void start();
    /// Stops the timers and aborts HTTP requests; an import in flight runs to its end and is
    /// recorded. `stopped()` follows once nothing is in flight (at once when idle).
    void stop();
    /// Polls every source now (running or not), or, for a source busy polling, once more right
    /// after the poll in flight.
    void pollNow();
    /// pollNow() for one source, by id; unknown ids are ignored.
    void pollNow(const QString &sourceId);

    bool isRunning() const { return m_running; }
    /// True when no fetch or import is in flight.
    bool isIdle() const { return m_inFlight == 0; }
    /// One snapshot per source, in the order of settings().sources.
    QList<FeedStatus> status() const;

Q_SIGNALS:
    /// After any change of any source's status.
    void statusChanged(const QList<FeedStatus> &status);
    /// After a poll of one source stored posts (accepted > 0): one report for the whole poll (a
    /// folder's files together, the URL's body). The app re-runs discovery on it when the analyst
    /// chose "auto re-run".
    void batchImported(const ImportReport &report);
    /// After stop(), once the last fetch or import in flight has ended.
    void stopped();

private:
    struct Source;
    struct Outcome;

    Source *find(const QString &id) const;
    void poll(Source &source);
    void fetch(Source &source);
    void finish(const QString &id, const Outcome &outcome);
    void schedule(Source &source);
    void loadValidators(const QStringList &ids);
    void publish();

    PollSettings m_settings;
    std::shared_ptr<const ImportService> m_importer;
    std::shared_ptr<const PollStateStore> m_state;
    QThreadPool m_pool;
    QNetworkAccessManager m_network;
    CancelToken m_shutdown;
    std::vector<std::unique_ptr<Source>> m_sources;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_stopping = false;
};
