#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// Measures how long the GUI event loop is blocked: a timer asks to fire every `intervalMs`;
/// any extra delay before it does is time the loop spent on something else. maxLagMs() is the
/// worst extra delay since reset(), i.e. the longest freeze the user could have felt.
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
            m_max = qMax(m_max, gap - m_interval);
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
        m_clock.start();
    }
    qint64 maxLagMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_interval;
    qint64 m_max = 0;
};
