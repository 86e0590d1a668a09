#pragma once

#include <time.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// Measures how long the GUI event loop is blocked: a timer asks to fire every `intervalMs`;
/// any extra delay before it does is time the loop spent on something else. maxLagMs() is the
/// worst extra delay since reset(), i.e. the longest freeze the user could have felt.
///
/// On a loaded machine that wall-clock gap also counts time the GUI thread was runnable but not
/// scheduled. maxCpuBlockMs() is the GUI thread's own CPU time between two ticks (minus the
/// interval's share it may use): the longest block our code caused, whatever the machine's load.
class LagMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagMonitor)

public:
    explicit LagMonitor(int intervalMs = 5, QObject *parent = nullptr) : QObject(parent), m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap - m_interval > m_max) {
                m_max = gap - m_interval;
                m_maxEndedMs = m_since.elapsed();
            }
            const qint64 cpu = threadCpuUs();
            m_maxCpuUs = qMax(m_maxCpuUs, cpu - m_lastCpuUs);
            m_lastCpuUs = cpu;
        });
    }

    void start()
    {
        reset();
        m_timer.start();
    }
    void reset()
    {
        m_max = 0;
        m_maxEndedMs = 0;
        m_since.start();
        m_maxCpuUs = 0;
        m_lastCpuUs = threadCpuUs();
        m_clock.start();
    }
    qint64 maxLagMs() const { return m_max; }
    /// When the worst gap ended, in ms since reset(): to tell which step of a measured flow it was.
    qint64 maxLagEndedMs() const { return m_maxEndedMs; }
    qint64 maxCpuBlockMs() const { return m_maxCpuUs / 1000; }

private:
    static qint64 threadCpuUs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    int m_interval;
    qint64 m_max = 0;
    qint64 m_maxEndedMs = 0;
    qint64 m_maxCpuUs = 0;
    qint64 m_lastCpuUs = 0;
};
