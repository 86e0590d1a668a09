#include "ui/logsink.h"

#include <chrono>

std::vector<LogEntry> LogSink::drain(qint64 *dropped)
{
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<LogEntry> out;
    out.swap(m_pending);
    if (dropped)
        *dropped = m_dropped;
    m_dropped = 0;
    return out;
}

void LogSink::sink_it_(const spdlog::details::log_msg &msg)
{
    // base_sink already holds mutex_ here.
    if (m_pending.size() >= m_capacity) {
        ++m_dropped;
        return;
    }
    LogEntry e;
    e.timeMs = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
    e.level = int(msg.level);
    e.logger = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
    e.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
    m_pending.push_back(std::move(e));
}
