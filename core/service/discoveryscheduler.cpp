#include "core/service/discoveryscheduler.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"
#include "core/log/qstringformatter.h"
#include "core/service/discoveryservice.h"

using namespace Qt::StringLiterals;

DiscoveryScheduler::DiscoveryScheduler(std::shared_ptr<const DiscoveryService> discovery, int intervalMs,
                                       QObject *parent)
    : QObject(parent), m_discovery(std::move(discovery))
{
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DiscoveryScheduler::tick);
}

DiscoveryScheduler::~DiscoveryScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void DiscoveryScheduler::start()
{
    m_timer.start();
}

void DiscoveryScheduler::stop()
{
    m_timer.stop();
}

void DiscoveryScheduler::tick()
{
    if (m_running) {
        ++m_skipped;
        gtlog::service()->warn("scheduled discovery skipped: the previous one is still running");
        return;
    }
    m_running = true;
    const DiscoverRequest request = m_request ? m_request() : DiscoverRequest{};
    QtConcurrent::run(&m_pool, [discovery = m_discovery, request] {
        return discovery->discover(request);
    }).then(this, [this](const Result<std::shared_ptr<const RunResult>> &stored) {
        m_running = false;
        if (stored) {
            gtlog::service()->info("scheduled discovery stored run {}", stored.value()->runId);
            Q_EMIT runStored(stored.value()->runId);
            Q_EMIT this->stored(stored.value());
        } else {
            gtlog::service()->warn("scheduled discovery failed: {}", stored.error().message);
            Q_EMIT runFailed(stored.error().message);
        }
    });
}
