#include "core/log/log.h"

#include <mutex>
#include <string>

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gtlog {

namespace {

// The shared sink list and the level must outlive every logger and be reachable from any thread;
// they live beside spdlog's registry (which already holds the loggers) and are reached only
// through the functions of this file.
struct State
{
    std::mutex mutex; // guards the members below and logger creation
    std::shared_ptr<spdlog::sinks::dist_sink_mt> shared = std::make_shared<spdlog::sinks::dist_sink_mt>();
    spdlog::sink_ptr stderrSink;
    spdlog::sink_ptr fileSink;
    spdlog::level::level_enum level = spdlog::level::info;
    std::vector<std::shared_ptr<spdlog::logger>> loggers;

    State()
    {
        // Messages logged before setup() (tests, early start-up) still reach a terminal.
        stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        shared->add_sink(stderrSink);
    }
};

State &state()
{
    static State s;
    return s;
}

} // namespace

std::shared_ptr<spdlog::logger> named(std::string_view name)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    const std::string key(name);
    if (auto existing = spdlog::get(key))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(key, s.shared);
    logger->set_level(s.level);
    // Warnings should reach the file even if the process dies right after them.
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    s.loggers.push_back(logger);
    return logger;
}

// Each module's logger is looked up once: these are called on hot paths (one per decision).
std::shared_ptr<spdlog::logger> app()
{
    static const auto logger = named("app");
    return logger;
}

std::shared_ptr<spdlog::logger> config()
{
    static const auto logger = named("config");
    return logger;
}

std::shared_ptr<spdlog::logger> ingest()
{
    static const auto logger = named("ingest");
    return logger;
}

std::shared_ptr<spdlog::logger> pipeline()
{
    static const auto logger = named("pipeline");
    return logger;
}

std::shared_ptr<spdlog::logger> storage()
{
    static const auto logger = named("storage");
    return logger;
}

std::shared_ptr<spdlog::logger> report()
{
    static const auto logger = named("report");
    return logger;
}

std::shared_ptr<spdlog::logger> service()
{
    static const auto logger = named("service");
    return logger;
}

std::shared_ptr<spdlog::logger> api()
{
    static const auto logger = named("api");
    return logger;
}

std::shared_ptr<spdlog::logger> ui()
{
    static const auto logger = named("ui");
    return logger;
}

std::shared_ptr<spdlog::logger> poll()
{
    static const auto logger = named("poll");
    return logger;
}

std::shared_ptr<spdlog::logger> qt()
{
    static const auto logger = named("qt");
    return logger;
}

Result<spdlog::level::level_enum> parseLevel(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"trace"_s)
        return spdlog::level::trace;
    if (n == u"debug"_s)
        return spdlog::level::debug;
    if (n == u"info"_s)
        return spdlog::level::info;
    if (n == u"warn"_s || n == u"warning"_s)
        return spdlog::level::warn;
    if (n == u"error"_s || n == u"err"_s)
        return spdlog::level::err;
    if (n == u"critical"_s)
        return spdlog::level::critical;
    if (n == u"off"_s)
        return spdlog::level::off;
    return Error{u"invalid_value"_s,
                 u"unknown log level \"%1\" (expected trace, debug, info, warn, error, critical or off)"_s.arg(name),
                 {}};
}

Status setup(const LogSettings &settings)
{
    const auto level = parseLevel(settings.level);
    if (!level)
        return level.error();
    if (settings.maxSizeMb < 1)
        return Error{u"invalid_value"_s, u"log file size must be at least 1 MB, got %1"_s.arg(settings.maxSizeMb), {}};
    if (settings.maxFiles < 0)
        return Error{u"invalid_value"_s, u"number of log files must be ≥ 0, got %1"_s.arg(settings.maxFiles), {}};

    // Build the new file sink before touching the shared state, so a failure changes nothing.
    spdlog::sink_ptr fileSink;
    if (!settings.file.isEmpty()) {
        const QFileInfo info(settings.file);
        if (!QDir().mkpath(info.absolutePath()))
            return Error{u"io"_s, u"cannot create the log directory %1"_s.arg(info.absolutePath()), {}};
        try {
            fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(info.absoluteFilePath()).toStdString(),
                std::size_t(settings.maxSizeMb) * 1024 * 1024, std::size_t(settings.maxFiles));
        } catch (const spdlog::spdlog_ex &e) {
            return Error{u"io"_s, u"cannot open the log file %1: %2"_s.arg(settings.file, QString::fromUtf8(e.what())), {}};
        }
    }

    State &s = state();
    std::lock_guard lock(s.mutex);
    if (s.fileSink)
        s.shared->remove_sink(s.fileSink);
    s.shared->remove_sink(s.stderrSink);
    s.stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    s.shared->add_sink(s.stderrSink);
    s.fileSink = fileSink;
    if (s.fileSink)
        s.shared->add_sink(s.fileSink);
    s.level = level.value();
    for (const auto &logger : s.loggers)
        logger->set_level(s.level);
    return Ok{};
}

spdlog::level::level_enum level()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.level;
}

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::level::level_enum lvl = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        lvl = spdlog::level::debug;
        break;
    case QtInfoMsg:
        lvl = spdlog::level::info;
        break;
    case QtWarningMsg:
        lvl = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        lvl = spdlog::level::err;
        break;
    case QtFatalMsg:
        lvl = spdlog::level::critical;
        break;
    }
    const auto logger = qt();
    const char *category = context.category;
    if (category && std::string_view(category) != "default")
        logger->log(lvl, "[{}] {}", category, message);
    else
        logger->log(lvl, "{}", message);
    // Qt aborts right after a fatal message: get it onto disk first.
    if (type == QtFatalMsg)
        logger->flush();
}

} // namespace

void installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

void addSink(spdlog::sink_ptr sink)
{
    if (sink)
        state().shared->add_sink(std::move(sink));
}

void removeSink(const spdlog::sink_ptr &sink)
{
    state().shared->remove_sink(sink);
}

} // namespace gtlog
