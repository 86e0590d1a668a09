#pragma once

#include <mutex>
#include <vector>

#include <spdlog/sinks/base_sink.h>

#include <QString>

/// One formatted log line as the log dock shows it.
struct LogEntry
{
    qint64 timeMs = 0;
    int level = 0; ///< spdlog::level::level_enum
    QString logger;
    QString message;
};

/// An spdlog sink that keeps the newest lines for the log dock. Loggers call it from any thread;
/// the dock drains it on a GUI timer, so a burst of a million debug lines costs the GUI thread
/// one bounded batch per tick instead of a million queued events.
class LogSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit LogSink(size_t capacity = 20000) : m_capacity(capacity) {}

    /// Takes every line logged since the last call (at most `capacity`); `dropped` counts the rest.
    std::vector<LogEntry> drain(qint64 *dropped = nullptr);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override {}

private:
    std::vector<LogEntry> m_pending;
    size_t m_capacity;
    qint64 m_dropped = 0;
};
