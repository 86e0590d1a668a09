#include "core/service/discoveryscheduler.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"
#include "core/log/qstringformatter.h"
#include "core/service/discoveryservice.h"
#include "core/service/threadpriority.h"
#include "core/storage/scheduleclaims.h"

using namespace Qt::StringLiterals;

namespace {

/// What became of one tick on the worker.
struct TickOutcome
{
    enum class Kind { Stored, Failed, TakenElsewhere } kind = Kind::Failed;
    QString text; ///< the run id, or why it failed
    std::shared_ptr<const RunResult> run; ///< Kind::Stored: the stored run
};

} // namespace

DiscoveryScheduler::DiscoveryScheduler(std::shared_ptr<const DiscoveryService> discovery, int intervalMs,
                                       std::shared_ptr<const ScheduleClaims> claims, QObject *parent)
    : QObject(parent), m_discovery(std::move(discovery)), m_claims(std::move(claims)), m_intervalMs(std::max(1, intervalMs))
{
    m_pool.setMaxThreadCount(1);
    // Single shots at the interval boundaries, precise: every instance's timer fires at the same moments,
    // and each firing maps to the tick of its boundary.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        tick();
        armTimer();
    });
}

DiscoveryScheduler::~DiscoveryScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void DiscoveryScheduler::armTimer()
{
    // The boundary after the nearest one: a timer that fired a moment early does not fire twice for its tick.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 next = ((now + m_intervalMs / 2) / m_intervalMs + 1) * m_intervalMs;
    m_timer.start(int(std::min<qint64>(next - now, std::numeric_limits<int>::max())));
}

void DiscoveryScheduler::start()
{
    armTimer();
}

void DiscoveryScheduler::stop()
{
    m_timer.stop();
}

void DiscoveryScheduler::tick()
{
    // The nearest boundary: a timer firing a little early or late still names its own tick.
    runTick((QDateTime::currentMSecsSinceEpoch() + m_intervalMs / 2) / m_intervalMs);
}

void DiscoveryScheduler::runTick(qint64 tick)
{
    if (m_running) {
        ++m_skipped;
        gtlog::service()->warn("scheduled discovery skipped: the previous one is still running");
        return;
    }
    m_running = true;
    const DiscoverRequest request = m_request ? m_request() : DiscoverRequest{};
    QtConcurrent::run(&m_pool, [this, discovery = m_discovery, claims = m_claims, interval = m_intervalMs, tick, request] {
        if (claims) {
            const Result<bool> claimed = claims->claim(interval, tick);
            if (!claimed)
                return TickOutcome{TickOutcome::Kind::Failed, u"cannot claim tick %1: %2"_s.arg(tick).arg(claimed.error().message), nullptr};
            if (!claimed.value())
                return TickOutcome{TickOutcome::Kind::TakenElsewhere, {}, nullptr};
        }
        QMetaObject::invokeMethod(this, [this, tick] { Q_EMIT tickClaimed(tick); }, Qt::QueuedConnection);
        lowerThreadPriority(kDiscoveryNiceness); // this pool's thread only discovers: as the API's runs
        auto run = discovery->discover(request);
        return run ? TickOutcome{TickOutcome::Kind::Stored, run.value()->runId, run.value()}
                   : TickOutcome{TickOutcome::Kind::Failed, run.error().message, nullptr};
    }).then(this, [this, tick](const TickOutcome &outcome) {
        m_running = false;
        switch (outcome.kind) {
        case TickOutcome::Kind::Stored:
            gtlog::service()->info("scheduled discovery stored run {}", outcome.text);
            Q_EMIT runStored(outcome.text);
            Q_EMIT stored(outcome.run);
            break;
        case TickOutcome::Kind::TakenElsewhere:
            ++m_takenElsewhere;
            gtlog::service()->info("scheduled discovery: tick {} is run by another instance", tick);
            Q_EMIT tickTakenElsewhere(tick);
            break;
        case TickOutcome::Kind::Failed:
            gtlog::service()->warn("scheduled discovery failed: {}", outcome.text);
            Q_EMIT runFailed(outcome.text);
            break;
        }
    });
}
