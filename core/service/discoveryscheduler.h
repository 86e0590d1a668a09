#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

class DiscoveryService;
class ScheduleClaims;
struct DiscoverRequest;
struct RunResult;

/// `discovery.schedule`: runs a discovery every `intervalMs` on a thread of its own, through
/// DiscoveryService::discover, so each scheduled run is stored like any other (and seen by whoever
/// listens to stored runs, e.g. the alerts). A tick that comes while the previous run is still going
/// is skipped and logged, never queued: runs are not doubled when discovery takes longer than the
/// interval. Used by the server (roles all and discover); the desktop app can use it the same way.
///
/// With `claims` (Storage::schedule) the ticks are those of the clock — tick n is the moment n × interval
/// since the epoch, and the timer fires at those moments on every instance — and a tick is run only by
/// the instance that claims it (README "Scaling out": once per tick across every discover instance on
/// one database; the others serve the stored run). Without, every tick runs here.
class DiscoveryScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryScheduler)

public:
    DiscoveryScheduler(std::shared_ptr<const DiscoveryService> discovery, int intervalMs,
                       std::shared_ptr<const ScheduleClaims> claims = nullptr, QObject *parent = nullptr);
    /// Waits for a run in flight (its result is stored; nobody is told).
    ~DiscoveryScheduler() override;

    /// What each tick asks for (the desktop: its project's parameters, as_of latest); default: the
    /// service's defaults. Called on this object's thread at every tick.
    using RequestFn = std::function<DiscoverRequest()>;
    void setRequest(RequestFn request) { m_request = std::move(request); }
    int intervalMs() const { return int(m_intervalMs); }

    /// Starts the timer; the first run comes at an interval boundary half an interval to 1.5 intervals after start.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    /// One tick now (the tick of the nearest interval boundary): runTick(). The timer calls it.
    void tick();
    /// Tick `tick`: unless a run is going (then the tick is skipped), claims it (with claims) and runs a
    /// discovery if this instance got it.
    void runTick(qint64 tick);
    /// Whether a scheduled run is going.
    bool isRunning() const { return m_running; }
    /// Ticks skipped because a run was still going, since construction.
    int skippedTicks() const { return m_skipped; }
    /// Ticks another instance claimed (their run is served from the database), since construction.
    int ticksTakenElsewhere() const { return m_takenElsewhere; }

Q_SIGNALS:
    /// This instance claimed `tick` and runs it (runStored or runFailed follows).
    void tickClaimed(qint64 tick);
    /// Another instance claimed `tick`; nothing is run here.
    void tickTakenElsewhere(qint64 tick);
    /// A scheduled run was stored with this run id.
    void runStored(const QString &runId);
    /// The same run, for listeners that want more than its id (the desktop's alerts and history).
    void stored(const std::shared_ptr<const RunResult> &run);
    /// A scheduled run failed (e.g. no posts yet); the message is also logged.
    void runFailed(const QString &message);

private:
    /// Arms the timer for the next interval boundary.
    void armTimer();

    std::shared_ptr<const DiscoveryService> m_discovery;
    RequestFn m_request;
    std::shared_ptr<const ScheduleClaims> m_claims;
    qint64 m_intervalMs;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_running = false;
    int m_skipped = 0;
    int m_takenElsewhere = 0;
};
