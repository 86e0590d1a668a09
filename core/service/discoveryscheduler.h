#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

class DiscoveryService;
struct DiscoverRequest;
struct RunResult;

/// `discovery.schedule`: runs a discovery every `intervalMs` on a thread of its own, through
/// DiscoveryService::discover, so each scheduled run is stored like any other (and seen by whoever
/// listens to stored runs, e.g. the alerts). A tick that comes while the previous run is still going
/// is skipped and logged, never queued: runs are not doubled when discovery takes longer than the
/// interval. Used by the server (roles all and discover); the desktop app can use it the same way.
class DiscoveryScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryScheduler)

public:
    DiscoveryScheduler(std::shared_ptr<const DiscoveryService> discovery, int intervalMs, QObject *parent = nullptr);
    /// Waits for a run in flight (its result is stored; nobody is told).
    ~DiscoveryScheduler() override;

    /// What each tick asks for (the desktop: its project's parameters, as_of latest); default: the
    /// service's defaults. Called on this object's thread at every tick.
    using RequestFn = std::function<DiscoverRequest()>;
    void setRequest(RequestFn request) { m_request = std::move(request); }
    int intervalMs() const { return m_timer.interval(); }

    /// Starts the timer; the first run comes one interval after start.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    /// One tick now: starts a run unless one is going (then the tick is skipped). The timer calls it.
    void tick();
    /// Whether a scheduled run is going.
    bool isRunning() const { return m_running; }
    /// Ticks skipped because a run was still going, since construction.
    int skippedTicks() const { return m_skipped; }

Q_SIGNALS:
    /// A scheduled run was stored with this run id.
    void runStored(const QString &runId);
    /// The same run, for listeners that want more than its id (the desktop's alerts and history).
    void stored(const std::shared_ptr<const RunResult> &run);
    /// A scheduled run failed (e.g. no posts yet); the message is also logged.
    void runFailed(const QString &message);

private:
    std::shared_ptr<const DiscoveryService> m_discovery;
    RequestFn m_request;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_running = false;
    int m_skipped = 0;
};
